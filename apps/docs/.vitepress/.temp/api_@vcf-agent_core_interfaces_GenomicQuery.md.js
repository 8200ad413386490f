import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GenomicQuery","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/GenomicQuery.md","filePath":"api/@vcf-agent/core/interfaces/GenomicQuery.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/GenomicQuery.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / GenomicQuery</p><h1 id="interface-genomicquery" tabindex="-1">Interface: GenomicQuery <a class="header-anchor" href="#interface-genomicquery" aria-label="Permalink to &quot;Interface: GenomicQuery&quot;">​</a></h1><p>Criteria of <a href="./../functions/genomicFilter.html">genomicFilter</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="filter" tabindex="-1">filter? <a class="header-anchor" href="#filter" aria-label="Permalink to &quot;filter?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>filter?</strong>: <code>string</code></p></blockquote><p>An extra SQL filter, ANDed.</p><hr><h3 id="genes" tabindex="-1">genes? <a class="header-anchor" href="#genes" aria-label="Permalink to &quot;genes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>genes?</strong>: readonly <code>string</code>[]</p></blockquote><p>Gene symbols (the <code>gene</code> column).</p><hr><h3 id="hasrlen" tabindex="-1">hasRlen? <a class="header-anchor" href="#hasrlen" aria-label="Permalink to &quot;hasRlen?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>hasRlen?</strong>: <code>boolean</code></p></blockquote><p>Whether the table has the <code>rlen</code> column (tables of the original tool do not: then the span is len(REF)). The default is true.</p><hr><h3 id="regions" tabindex="-1">regions? <a class="header-anchor" href="#regions" aria-label="Permalink to &quot;regions?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>regions?</strong>: readonly <a href="./Region.html"><code>Region</code></a>[]</p></blockquote><p>Regions: a variant matches when its reference span touches any of them.</p><hr><h3 id="samples" tabindex="-1">samples? <a class="header-anchor" href="#samples" aria-label="Permalink to &quot;samples?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>samples?</strong>: readonly <code>string</code>[]</p></blockquote><p>Samples: a variant matches when any of them carries the ALT (het or hom-alt).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/GenomicQuery.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GenomicQuery = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GenomicQuery as default
};
