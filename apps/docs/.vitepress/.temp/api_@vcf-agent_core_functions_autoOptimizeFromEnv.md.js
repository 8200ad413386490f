import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: autoOptimizeFromEnv()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/autoOptimizeFromEnv.md","filePath":"api/@vcf-agent/core/functions/autoOptimizeFromEnv.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/autoOptimizeFromEnv.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / autoOptimizeFromEnv</p><h1 id="function-autooptimizefromenv" tabindex="-1">Function: autoOptimizeFromEnv() <a class="header-anchor" href="#function-autooptimizefromenv" aria-label="Permalink to &quot;Function: autoOptimizeFromEnv()&quot;">​</a></h1><blockquote><p><strong>autoOptimizeFromEnv</strong>(<code>value</code>): <code>false</code> | <a href="./../interfaces/AutoOptimize.html"><code>AutoOptimize</code></a></p></blockquote><p>The automatic optimize setting from <code>VCF_AGENT_AUTO_OPTIMIZE</code>: unset for the defaults, <code>off</code> (or <code>0</code>, <code>false</code>) to turn it off, or <code>WRITES,ROWS</code> (e.g. <code>50,1000000</code>; 0 turns one trigger off).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>string</code> | <code>undefined</code></p><p>the variable&#39;s value</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>false</code> | <a href="./../interfaces/AutoOptimize.html"><code>AutoOptimize</code></a></p><p>the setting, or false for off</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>CONFIG_INVALID</code> for any other value</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">autoOptimizeFromEnv</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(process.env.</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">VCF_AGENT_AUTO_OPTIMIZE</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { writes: 20, rows: 100000 } when unset</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/autoOptimizeFromEnv.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const autoOptimizeFromEnv = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  autoOptimizeFromEnv as default
};
