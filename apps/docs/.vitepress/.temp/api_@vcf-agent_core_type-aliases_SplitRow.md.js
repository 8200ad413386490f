import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SplitRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/SplitRow.md","filePath":"api/@vcf-agent/core/type-aliases/SplitRow.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/SplitRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SplitRow</p><h1 id="type-alias-splitrow" tabindex="-1"><s>Type Alias: SplitRow</s> <a class="header-anchor" href="#type-alias-splitrow" aria-label="Permalink to &quot;~~Type Alias: SplitRow~~&quot;">​</a></h1><blockquote><p><strong>SplitRow</strong> = <a href="./../interfaces/SplitRecord.html"><code>SplitRecord</code></a></p></blockquote><h2 id="deprecated" tabindex="-1">Deprecated <a class="header-anchor" href="#deprecated" aria-label="Permalink to &quot;Deprecated&quot;">​</a></h2><p>Renamed <a href="./../interfaces/SplitRecord.html">SplitRecord</a>; the fields now use the VCF spec&#39;s names (<code>CHROM</code>, <code>POS</code> …).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/SplitRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SplitRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SplitRow as default
};
