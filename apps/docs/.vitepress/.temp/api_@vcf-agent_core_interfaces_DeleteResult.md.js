import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeleteResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/DeleteResult.md","filePath":"api/@vcf-agent/core/interfaces/DeleteResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/DeleteResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DeleteResult</p><h1 id="interface-deleteresult" tabindex="-1">Interface: DeleteResult <a class="header-anchor" href="#interface-deleteresult" aria-label="Permalink to &quot;Interface: DeleteResult&quot;">​</a></h1><p>Result of <a href="./../classes/VariantStore.html#deletevariants">VariantStore.deleteVariants</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deleted" tabindex="-1">deleted <a class="header-anchor" href="#deleted" aria-label="Permalink to &quot;deleted&quot;">​</a></h3><blockquote><p><strong>deleted</strong>: <code>number</code></p></blockquote><p>Rows deleted.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/DeleteResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeleteResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeleteResult as default
};
