import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: openApiConfig()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/functions/openApiConfig.md","filePath":"api/@vcf-agent/server/functions/openApiConfig.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/functions/openApiConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / openApiConfig</p><h1 id="function-openapiconfig" tabindex="-1">Function: openApiConfig() <a class="header-anchor" href="#function-openapiconfig" aria-label="Permalink to &quot;Function: openApiConfig()&quot;">​</a></h1><blockquote><p><strong>openApiConfig</strong>(): <a href="./../type-aliases/OpenApiConfig.html"><code>OpenApiConfig</code></a></p></blockquote><p>The document&#39;s fixed parts: version, title, description and tags.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/OpenApiConfig.html"><code>OpenApiConfig</code></a></p><p>the config passed to <code>app.doc()</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">app.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">getOpenAPIDocument</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">openApiConfig</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()).info.version </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;1.0.0&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/functions/openApiConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const openApiConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  openApiConfig as default
};
