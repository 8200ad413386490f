import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: hasScope()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/hasScope.md","filePath":"api/@vcf-agent/core/functions/hasScope.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/hasScope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / hasScope</p><h1 id="function-hasscope" tabindex="-1">Function: hasScope() <a class="header-anchor" href="#function-hasscope" aria-label="Permalink to &quot;Function: hasScope()&quot;">​</a></h1><blockquote><p><strong>hasScope</strong>(<code>principal</code>, <code>required</code>): <code>boolean</code></p></blockquote><p>Whether a principal may act with <code>required</code> scope (<code>admin</code> implies <code>write</code> implies <code>read</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="principal" tabindex="-1">principal <a class="header-anchor" href="#principal" aria-label="Permalink to &quot;principal&quot;">​</a></h3><p><a href="./../interfaces/Principal.html"><code>Principal</code></a></p><p>the caller</p><h3 id="required" tabindex="-1">required <a class="header-anchor" href="#required" aria-label="Permalink to &quot;required&quot;">​</a></h3><p><a href="./../type-aliases/Scope.html"><code>Scope</code></a></p><p>the scope the route needs</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p><p>true when one of the principal&#39;s scopes is at least <code>required</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">hasScope</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ name: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;ops&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, scopes: [</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;admin&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">] }, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;read&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// true</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/hasScope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hasScope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hasScope as default
};
