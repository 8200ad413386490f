import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FilterCheckResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/FilterCheckResult.md","filePath":"api/@vcf-agent/core/interfaces/FilterCheckResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/FilterCheckResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / FilterCheckResult</p><h1 id="interface-filtercheckresult" tabindex="-1">Interface: FilterCheckResult <a class="header-anchor" href="#interface-filtercheckresult" aria-label="Permalink to &quot;Interface: FilterCheckResult&quot;">​</a></h1><p>Result of <a href="./../functions/checkFilter.html">checkFilter</a>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> r</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> FilterCheckResult</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> checkFilter</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;1=1&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, { columns: [] }) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { problems: [], tautology: true }</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="problems" tabindex="-1">problems <a class="header-anchor" href="#problems" aria-label="Permalink to &quot;problems&quot;">​</a></h3><blockquote><p><strong>problems</strong>: <a href="./FilterProblem.html"><code>FilterProblem</code></a>[]</p></blockquote><p>Why the filter is refused; empty when it is acceptable.</p><hr><h3 id="tautology" tabindex="-1">tautology <a class="header-anchor" href="#tautology" aria-label="Permalink to &quot;tautology&quot;">​</a></h3><blockquote><p><strong>tautology</strong>: <code>boolean</code></p></blockquote><p>Whether the filter (or one of its top-level OR branches) matches every row.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/FilterCheckResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FilterCheckResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FilterCheckResult as default
};
