import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AddResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/AddResult.md","filePath":"api/@vcf-agent/core/interfaces/AddResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/AddResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AddResult</p><h1 id="interface-addresult" tabindex="-1">Interface: AddResult <a class="header-anchor" href="#interface-addresult" aria-label="Permalink to &quot;Interface: AddResult&quot;">​</a></h1><p>Result of <a href="./../classes/VariantStore.html#addvariants">VariantStore.addVariants</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="added" tabindex="-1">added <a class="header-anchor" href="#added" aria-label="Permalink to &quot;added&quot;">​</a></h3><blockquote><p><strong>added</strong>: <code>number</code></p></blockquote><p>Rows written.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>Table version after the write.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/AddResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AddResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AddResult as default
};
