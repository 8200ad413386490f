import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VariantClass","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VariantClass.md","filePath":"api/@vcf-agent/core/type-aliases/VariantClass.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VariantClass.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VariantClass</p><h1 id="type-alias-variantclass" tabindex="-1">Type Alias: VariantClass <a class="header-anchor" href="#type-alias-variantclass" aria-label="Permalink to &quot;Type Alias: VariantClass&quot;">​</a></h1><blockquote><p><strong>VariantClass</strong> = <em>typeof</em> <a href="./../variables/VARIANT_CLASSES.html"><code>VARIANT_CLASSES</code></a>[<code>number</code>]</p></blockquote><p>Variant classes assigned at ingest (see <code>classifyAllele</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VariantClass.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VariantClass = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VariantClass as default
};
