import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SearchHit","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/SearchHit.md","filePath":"api/@vcf-agent/core/type-aliases/SearchHit.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/SearchHit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SearchHit</p><h1 id="type-alias-searchhit" tabindex="-1">Type Alias: SearchHit <a class="header-anchor" href="#type-alias-searchhit" aria-label="Permalink to &quot;Type Alias: SearchHit&quot;">​</a></h1><blockquote><p><strong>SearchHit</strong> = <a href="./../interfaces/Variant.html"><code>Variant</code></a> &amp; <code>object</code></p></blockquote><p>One search hit: the selected columns plus its distance to the query (smaller is nearer).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="distance" tabindex="-1">distance <a class="header-anchor" href="#distance" aria-label="Permalink to &quot;distance&quot;">​</a></h3><blockquote><p><strong>distance</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/SearchHit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SearchHit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SearchHit as default
};
