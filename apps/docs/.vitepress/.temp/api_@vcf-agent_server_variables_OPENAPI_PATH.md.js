import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: OPENAPI_PATH","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/variables/OPENAPI_PATH.md","filePath":"api/@vcf-agent/server/variables/OPENAPI_PATH.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/variables/OPENAPI_PATH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / OPENAPI_PATH</p><h1 id="variable-openapi-path" tabindex="-1">Variable: OPENAPI_PATH <a class="header-anchor" href="#variable-openapi-path" aria-label="Permalink to &quot;Variable: OPENAPI\\_PATH&quot;">​</a></h1><blockquote><p><code>const</code> <strong>OPENAPI_PATH</strong>: <code>&quot;/openapi.json&quot;</code> = <code>&#39;/openapi.json&#39;</code></p></blockquote><p>Path of the OpenAPI document.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/variables/OPENAPI_PATH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OPENAPI_PATH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OPENAPI_PATH as default
};
