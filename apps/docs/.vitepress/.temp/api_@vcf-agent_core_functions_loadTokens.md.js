import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadTokens()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/loadTokens.md","filePath":"api/@vcf-agent/core/functions/loadTokens.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/loadTokens.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / loadTokens</p><h1 id="function-loadtokens" tabindex="-1">Function: loadTokens() <a class="header-anchor" href="#function-loadtokens" aria-label="Permalink to &quot;Function: loadTokens()&quot;">​</a></h1><blockquote><p><strong>loadTokens</strong>(<code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/TokenConfig.html"><code>TokenConfig</code></a>[]&gt;</p></blockquote><p>Loads the token list from <code>tokensFile</code> or, when none is given, from the <code>VCF_AGENT_TOKENS</code> environment variable (the same JSON). Refuses to return an empty configuration, so a server never starts without auth.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/LoadTokensOptions.html"><code>LoadTokensOptions</code></a> = <code>{}</code></p><p>file path and environment</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TokenConfig.html"><code>TokenConfig</code></a>[]&gt;</p><p>the validated tokens</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>CONFIG_INVALID</code> when neither source is set, the file cannot be read, or the JSON is invalid</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> tokens</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> loadTokens</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ tokensFile: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;tokens.json&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> })</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/loadTokens.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadTokens = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadTokens as default
};
