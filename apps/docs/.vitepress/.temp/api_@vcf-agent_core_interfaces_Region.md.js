import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Region","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/Region.md","filePath":"api/@vcf-agent/core/interfaces/Region.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/Region.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / Region</p><h1 id="interface-region" tabindex="-1">Interface: Region <a class="header-anchor" href="#interface-region" aria-label="Permalink to &quot;Interface: Region&quot;">​</a></h1><p>A region on one contig: <code>beg</code>..<code>end</code> are 1-based and inclusive, like VCF POS and <code>bcftools -r</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="beg" tabindex="-1">beg <a class="header-anchor" href="#beg" aria-label="Permalink to &quot;beg&quot;">​</a></h3><blockquote><p><strong>beg</strong>: <code>number</code></p></blockquote><p>First base, 1-based, inclusive. 1 when the region names a whole contig.</p><hr><h3 id="chrom" tabindex="-1">chrom <a class="header-anchor" href="#chrom" aria-label="Permalink to &quot;chrom&quot;">​</a></h3><blockquote><p><strong>chrom</strong>: <code>string</code></p></blockquote><p>Contig name (VCF CHROM).</p><hr><h3 id="end" tabindex="-1">end <a class="header-anchor" href="#end" aria-label="Permalink to &quot;end&quot;">​</a></h3><blockquote><p><strong>end</strong>: <code>number</code></p></blockquote><p>Last base, 1-based, inclusive. <code>Infinity</code> when open-ended.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/Region.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Region = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Region as default
};
