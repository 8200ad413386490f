import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: READ_CHECK_MS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/READ_CHECK_MS.md","filePath":"api/@vcf-agent/core/variables/READ_CHECK_MS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/READ_CHECK_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / READ_CHECK_MS</p><h1 id="variable-read-check-ms" tabindex="-1">Variable: READ_CHECK_MS <a class="header-anchor" href="#variable-read-check-ms" aria-label="Permalink to &quot;Variable: READ\\_CHECK\\_MS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>READ_CHECK_MS</strong>: <code>100</code> = <code>100</code></p></blockquote><p>How long a passed check serves the reads that follow it, in ms (see <a href="./../interfaces/AuditLog.html#check">AuditLog.check</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/READ_CHECK_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const READ_CHECK_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  READ_CHECK_MS as default
};
