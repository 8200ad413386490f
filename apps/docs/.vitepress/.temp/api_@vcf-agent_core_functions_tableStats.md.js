import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tableStats()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/tableStats.md","filePath":"api/@vcf-agent/core/functions/tableStats.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/tableStats.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / tableStats</p><h1 id="function-tablestats" tabindex="-1">Function: tableStats() <a class="header-anchor" href="#function-tablestats" aria-label="Permalink to &quot;Function: tableStats()&quot;">​</a></h1><blockquote><p><strong>tableStats</strong>(<code>store</code>, <code>req</code>, <code>files</code>): <code>Promise</code>&lt;<a href="./../interfaces/StoreStats.html"><code>StoreStats</code></a>&gt;</p></blockquote><p>Statistics of the rows a stats request selects, in one table version (<code>as_of</code>, else the latest); <code>version</code> names it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../classes/VariantStore.html"><code>VariantStore</code></a></p><p>the store</p><h3 id="req" tabindex="-1">req <a class="header-anchor" href="#req" aria-label="Permalink to &quot;req&quot;">​</a></h3><p><a href="./../type-aliases/RequestOf.html"><code>RequestOf</code></a>&lt;<code>&quot;stats&quot;</code>&gt;</p><p>the typed <code>stats</code> request</p><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><p><a href="./../interfaces/RequestFiles.html"><code>RequestFiles</code></a></p><p>how <code>regions_file</code> is given</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/StoreStats.html"><code>StoreStats</code></a>&gt;</p><p>the statistics</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> tableStats</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(store, {}, { regionsFile: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;path&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> })).rows</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/tableStats.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tableStats = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tableStats as default
};
