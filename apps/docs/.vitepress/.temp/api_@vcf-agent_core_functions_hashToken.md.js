import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: hashToken()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/hashToken.md","filePath":"api/@vcf-agent/core/functions/hashToken.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/hashToken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / hashToken</p><h1 id="function-hashtoken" tabindex="-1">Function: hashToken() <a class="header-anchor" href="#function-hashtoken" aria-label="Permalink to &quot;Function: hashToken()&quot;">​</a></h1><blockquote><p><strong>hashToken</strong>(<code>token</code>): <code>string</code></p></blockquote><p>Hex SHA-256 of a token, the form the tokens file stores. The shell equivalent is <code>printf %s &quot;$TOKEN&quot; | sha256sum</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="token" tabindex="-1">token <a class="header-anchor" href="#token" aria-label="Permalink to &quot;token&quot;">​</a></h3><p><code>string</code></p><p>the secret token</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><p>64 lowercase hex characters</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">hashToken</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;s3cret&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/hashToken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hashToken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hashToken as default
};
