import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: API_VERSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/variables/API_VERSION.md","filePath":"api/@vcf-agent/server/variables/API_VERSION.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/variables/API_VERSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / API_VERSION</p><h1 id="variable-api-version" tabindex="-1">Variable: API_VERSION <a class="header-anchor" href="#variable-api-version" aria-label="Permalink to &quot;Variable: API\\_VERSION&quot;">​</a></h1><blockquote><p><code>const</code> <strong>API_VERSION</strong>: <code>&quot;1.0.0&quot;</code> = <code>&#39;1.0.0&#39;</code></p></blockquote><p>Version of the HTTP API (not of the npm package): bumped on breaking changes to routes or shapes, so the committed <code>openapi.json</code> does not change on every release.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/variables/API_VERSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const API_VERSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  API_VERSION as default
};
