import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: REQUEST_ID_HEADER","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/variables/REQUEST_ID_HEADER.md","filePath":"api/@vcf-agent/server/variables/REQUEST_ID_HEADER.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/variables/REQUEST_ID_HEADER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / REQUEST_ID_HEADER</p><h1 id="variable-request-id-header" tabindex="-1">Variable: REQUEST_ID_HEADER <a class="header-anchor" href="#variable-request-id-header" aria-label="Permalink to &quot;Variable: REQUEST\\_ID\\_HEADER&quot;">​</a></h1><blockquote><p><code>const</code> <strong>REQUEST_ID_HEADER</strong>: <code>&quot;x-request-id&quot;</code> = <code>&#39;x-request-id&#39;</code></p></blockquote><p>Response header carrying the request id.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/variables/REQUEST_ID_HEADER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const REQUEST_ID_HEADER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  REQUEST_ID_HEADER as default
};
