import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VariantRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VariantRow.md","filePath":"api/@vcf-agent/core/type-aliases/VariantRow.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VariantRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VariantRow</p><h1 id="type-alias-variantrow" tabindex="-1">Type Alias: VariantRow <a class="header-anchor" href="#type-alias-variantrow" aria-label="Permalink to &quot;Type Alias: VariantRow&quot;">​</a></h1><blockquote><p><strong>VariantRow</strong> = <code>Required</code>&lt;<code>Omit</code>&lt;<a href="./../interfaces/Variant.html"><code>Variant</code></a>, <code>&quot;embedding&quot;</code>&gt;&gt;</p></blockquote><p>A Variant-table row without its embedding: every column of <code>COLUMNS</code> but <code>embedding</code>, missing values null.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VariantRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VariantRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VariantRow as default
};
