import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VcfRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VcfRow.md","filePath":"api/@vcf-agent/core/type-aliases/VcfRow.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VcfRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VcfRow</p><h1 id="type-alias-vcfrow" tabindex="-1"><s>Type Alias: VcfRow</s> <a class="header-anchor" href="#type-alias-vcfrow" aria-label="Permalink to &quot;~~Type Alias: VcfRow~~&quot;">​</a></h1><blockquote><p><strong>VcfRow</strong> = <a href="./../interfaces/ReadRecord.html"><code>ReadRecord</code></a></p></blockquote><h2 id="deprecated" tabindex="-1">Deprecated <a class="header-anchor" href="#deprecated" aria-label="Permalink to &quot;Deprecated&quot;">​</a></h2><p>Renamed <a href="./../interfaces/ReadRecord.html">ReadRecord</a>; the fields now use the VCF spec&#39;s names (<code>CHROM</code>, <code>POS</code> …).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VcfRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VcfRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VcfRow as default
};
