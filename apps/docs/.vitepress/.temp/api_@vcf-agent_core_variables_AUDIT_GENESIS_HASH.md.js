import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: AUDIT_GENESIS_HASH","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/AUDIT_GENESIS_HASH.md","filePath":"api/@vcf-agent/core/variables/AUDIT_GENESIS_HASH.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/AUDIT_GENESIS_HASH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AUDIT_GENESIS_HASH</p><h1 id="variable-audit-genesis-hash" tabindex="-1">Variable: AUDIT_GENESIS_HASH <a class="header-anchor" href="#variable-audit-genesis-hash" aria-label="Permalink to &quot;Variable: AUDIT\\_GENESIS\\_HASH&quot;">​</a></h1><blockquote><p><code>const</code> <strong>AUDIT_GENESIS_HASH</strong>: <code>string</code></p></blockquote><p>The <code>prev</code> of the first line of an audit log: 64 zeros (the width of a SHA-256 hex digest).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/AUDIT_GENESIS_HASH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AUDIT_GENESIS_HASH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AUDIT_GENESIS_HASH as default
};
