import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SCOPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/SCOPES.md","filePath":"api/@vcf-agent/core/variables/SCOPES.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/SCOPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SCOPES</p><h1 id="variable-scopes" tabindex="-1">Variable: SCOPES <a class="header-anchor" href="#variable-scopes" aria-label="Permalink to &quot;Variable: SCOPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SCOPES</strong>: readonly <a href="./../type-aliases/Scope.html"><code>Scope</code></a>[]</p></blockquote><p>Scopes in increasing order of power.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/SCOPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SCOPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SCOPES as default
};
