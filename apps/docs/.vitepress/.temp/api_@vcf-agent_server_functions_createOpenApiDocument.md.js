import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createOpenApiDocument()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/functions/createOpenApiDocument.md","filePath":"api/@vcf-agent/server/functions/createOpenApiDocument.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/functions/createOpenApiDocument.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / createOpenApiDocument</p><h1 id="function-createopenapidocument" tabindex="-1">Function: createOpenApiDocument() <a class="header-anchor" href="#function-createopenapidocument" aria-label="Permalink to &quot;Function: createOpenApiDocument()&quot;">​</a></h1><blockquote><p><strong>createOpenApiDocument</strong>(): <code>OpenAPIObject</code></p></blockquote><p>The OpenAPI 3.0 document of the HTTP API, exactly as <code>GET /openapi.json</code> serves it.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>OpenAPIObject</code></p><p>the document as a plain JSON-safe object</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> doc</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createOpenApiDocument</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">Object.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">keys</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(doc.paths) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [&#39;/healthz&#39;, &#39;/tables&#39;, …]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/functions/createOpenApiDocument.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createOpenApiDocument = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createOpenApiDocument as default
};
