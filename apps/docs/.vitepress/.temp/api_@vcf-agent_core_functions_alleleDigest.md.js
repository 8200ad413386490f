import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: alleleDigest()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/alleleDigest.md","filePath":"api/@vcf-agent/core/functions/alleleDigest.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/alleleDigest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / alleleDigest</p><h1 id="function-alleledigest" tabindex="-1">Function: alleleDigest() <a class="header-anchor" href="#function-alleledigest" aria-label="Permalink to &quot;Function: alleleDigest()&quot;">​</a></h1><blockquote><p><strong>alleleDigest</strong>(<code>allele</code>): <code>string</code></p></blockquote><p>A stable short stand-in for a long allele: <code>&lt;length&gt;bp_sha256_&lt;first 16 hex digits&gt;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="allele" tabindex="-1">allele <a class="header-anchor" href="#allele" aria-label="Permalink to &quot;allele&quot;">​</a></h3><p><code>string</code></p><p>any allele text</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><p>the digest form</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">alleleDigest</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;ACGT&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">repeat</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">100</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;400bp_sha256_…&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/alleleDigest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const alleleDigest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  alleleDigest as default
};
