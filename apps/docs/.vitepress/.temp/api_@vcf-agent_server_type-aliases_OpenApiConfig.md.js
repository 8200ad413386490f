import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OpenApiConfig","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/type-aliases/OpenApiConfig.md","filePath":"api/@vcf-agent/server/type-aliases/OpenApiConfig.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/type-aliases/OpenApiConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / OpenApiConfig</p><h1 id="type-alias-openapiconfig" tabindex="-1">Type Alias: OpenApiConfig <a class="header-anchor" href="#type-alias-openapiconfig" aria-label="Permalink to &quot;Type Alias: OpenApiConfig&quot;">​</a></h1><blockquote><p><strong>OpenApiConfig</strong> = <code>Parameters</code>&lt;<code>OpenAPIHono</code>&lt;<a href="./../interfaces/AppEnv.html"><code>AppEnv</code></a>&gt;[<code>&quot;getOpenAPIDocument&quot;</code>]&gt;[<code>0</code>]</p></blockquote><p>The <code>openapi</code>, <code>info</code> and <code>tags</code> of the document.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/type-aliases/OpenApiConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OpenApiConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OpenApiConfig as default
};
