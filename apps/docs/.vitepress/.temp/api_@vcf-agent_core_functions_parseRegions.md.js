import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseRegions()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/parseRegions.md","filePath":"api/@vcf-agent/core/functions/parseRegions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/parseRegions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / parseRegions</p><h1 id="function-parseregions" tabindex="-1">Function: parseRegions() <a class="header-anchor" href="#function-parseregions" aria-label="Permalink to &quot;Function: parseRegions()&quot;">​</a></h1><blockquote><p><strong>parseRegions</strong>(<code>texts</code>, <code>contigs?</code>): <a href="./../interfaces/Region.html"><code>Region</code></a>[]</p></blockquote><p>Parses regions given as bcftools does: a comma-separated list, and/or several texts.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="texts" tabindex="-1">texts <a class="header-anchor" href="#texts" aria-label="Permalink to &quot;texts&quot;">​</a></h3><p>readonly <code>string</code>[]</p><p>e.g. <code>[&#39;1:100-200,2&#39;]</code></p><h3 id="contigs" tabindex="-1">contigs? <a class="header-anchor" href="#contigs" aria-label="Permalink to &quot;contigs?&quot;">​</a></h3><p><code>ReadonlySet</code>&lt;<code>string</code>&gt;</p><p>known contig names</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Region.html"><code>Region</code></a>[]</p><p>the regions in order</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>USAGE_INVALID_ARGUMENT</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">parseRegions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">([</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;1:100-200,X&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">]) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// two regions</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/parseRegions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseRegions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseRegions as default
};
