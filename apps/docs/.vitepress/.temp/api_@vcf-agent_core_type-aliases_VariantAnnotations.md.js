import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VariantAnnotations","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VariantAnnotations.md","filePath":"api/@vcf-agent/core/type-aliases/VariantAnnotations.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VariantAnnotations.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VariantAnnotations</p><h1 id="type-alias-variantannotations" tabindex="-1">Type Alias: VariantAnnotations <a class="header-anchor" href="#type-alias-variantannotations" aria-label="Permalink to &quot;Type Alias: VariantAnnotations&quot;">​</a></h1><blockquote><p><strong>VariantAnnotations</strong> = <code>Required</code>&lt;<code>Pick</code>&lt;<a href="./../interfaces/Variant.html"><code>Variant</code></a>, <code>&quot;clinical_significance&quot;</code> | <code>&quot;gene&quot;</code> | <code>&quot;af&quot;</code> | <code>&quot;variant_class&quot;</code> | <code>&quot;rlen&quot;</code> | <code>&quot;het_samples&quot;</code> | <code>&quot;hom_alt_samples&quot;</code>&gt;&gt;</p></blockquote><p>What a split record adds to the spec fields, named as the storage columns they fill (so the record↔row mapping copies them as they are). Missing values are null, as stored.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VariantAnnotations.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VariantAnnotations = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VariantAnnotations as default
};
