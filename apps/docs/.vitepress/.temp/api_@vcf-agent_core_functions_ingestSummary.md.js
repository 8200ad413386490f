import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: ingestSummary()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/ingestSummary.md","filePath":"api/@vcf-agent/core/functions/ingestSummary.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/ingestSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ingestSummary</p><h1 id="function-ingestsummary" tabindex="-1">Function: ingestSummary() <a class="header-anchor" href="#function-ingestsummary" aria-label="Permalink to &quot;Function: ingestSummary()&quot;">​</a></h1><blockquote><p><strong>ingestSummary</strong>(<code>r</code>): <a href="./../interfaces/IngestSummary.html"><code>IngestSummary</code></a></p></blockquote><p>An ingest result as JSON.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="r" tabindex="-1">r <a class="header-anchor" href="#r" aria-label="Permalink to &quot;r&quot;">​</a></h3><p><a href="./../interfaces/IngestResult.html"><code>IngestResult</code></a></p><p>the result of <code>ingestVcf</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/IngestSummary.html"><code>IngestSummary</code></a></p><p>the snake_case summary</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">ingestSummary</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ingestVcf</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(store, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;calls.vcf.gz&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)).new_rows</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/ingestSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ingestSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ingestSummary as default
};
