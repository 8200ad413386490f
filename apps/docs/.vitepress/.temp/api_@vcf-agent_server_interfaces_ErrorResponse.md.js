import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ErrorResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/interfaces/ErrorResponse.md","filePath":"api/@vcf-agent/server/interfaces/ErrorResponse.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/interfaces/ErrorResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / ErrorResponse</p><h1 id="interface-errorresponse" tabindex="-1">Interface: ErrorResponse <a class="header-anchor" href="#interface-errorresponse" aria-label="Permalink to &quot;Interface: ErrorResponse&quot;">​</a></h1><p>What <a href="./../functions/toErrorResponse.html">toErrorResponse</a> decided for one error.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="body" tabindex="-1">body <a class="header-anchor" href="#body" aria-label="Permalink to &quot;body&quot;">​</a></h3><blockquote><p><strong>body</strong>: <a href="./ErrorBody.html"><code>ErrorBody</code></a></p></blockquote><p>JSON body.</p><hr><h3 id="headers" tabindex="-1">headers <a class="header-anchor" href="#headers" aria-label="Permalink to &quot;headers&quot;">​</a></h3><blockquote><p><strong>headers</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Extra headers.</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <code>number</code></p></blockquote><p>HTTP status.</p><hr><h3 id="unexpected" tabindex="-1">unexpected <a class="header-anchor" href="#unexpected" aria-label="Permalink to &quot;unexpected&quot;">​</a></h3><blockquote><p><strong>unexpected</strong>: <code>boolean</code></p></blockquote><p>True when the error is a bug or an unexpected failure that must be logged in full.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/interfaces/ErrorResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ErrorResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ErrorResponse as default
};
