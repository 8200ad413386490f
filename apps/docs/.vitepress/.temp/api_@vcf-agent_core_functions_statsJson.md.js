import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: statsJson()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/statsJson.md","filePath":"api/@vcf-agent/core/functions/statsJson.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/statsJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / statsJson</p><h1 id="function-statsjson" tabindex="-1">Function: statsJson() <a class="header-anchor" href="#function-statsjson" aria-label="Permalink to &quot;Function: statsJson()&quot;">​</a></h1><blockquote><p><strong>statsJson</strong>(<code>s</code>): <a href="./../interfaces/StatsJson.html"><code>StatsJson</code></a></p></blockquote><p>Statistics as JSON.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="s" tabindex="-1">s <a class="header-anchor" href="#s" aria-label="Permalink to &quot;s&quot;">​</a></h3><p><a href="./../interfaces/StoreStats.html"><code>StoreStats</code></a></p><p>the statistics</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/StatsJson.html"><code>StatsJson</code></a></p><p>the snake_case document</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">statsJson</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> store.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">stats</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()).by_chrom</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/statsJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const statsJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  statsJson as default
};
