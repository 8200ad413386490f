import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FilterOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/FilterOptions.md","filePath":"api/@vcf-agent/core/interfaces/FilterOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/FilterOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / FilterOptions</p><h1 id="interface-filteroptions" tabindex="-1">Interface: FilterOptions <a class="header-anchor" href="#interface-filteroptions" aria-label="Permalink to &quot;Interface: FilterOptions&quot;">​</a></h1><p>Options of <a href="./../classes/VariantStore.html#filtervariants">VariantStore.filterVariants</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="limit" tabindex="-1">limit? <a class="header-anchor" href="#limit" aria-label="Permalink to &quot;limit?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>limit?</strong>: <code>number</code></p></blockquote><p>Maximum number of rows. The default is no limit.</p><hr><h3 id="offset" tabindex="-1">offset? <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>offset?</strong>: <code>number</code></p></blockquote><p>Rows to skip first.</p><hr><h3 id="select" tabindex="-1">select? <a class="header-anchor" href="#select" aria-label="Permalink to &quot;select?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>select?</strong>: readonly <code>string</code>[]</p></blockquote><p>Columns to return. The default is every column except <code>embedding</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/FilterOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FilterOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FilterOptions as default
};
