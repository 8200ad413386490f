import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RequestOptionName","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/RequestOptionName.md","filePath":"api/@vcf-agent/core/type-aliases/RequestOptionName.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/RequestOptionName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RequestOptionName</p><h1 id="type-alias-requestoptionname" tabindex="-1">Type Alias: RequestOptionName <a class="header-anchor" href="#type-alias-requestoptionname" aria-label="Permalink to &quot;Type Alias: RequestOptionName&quot;">​</a></h1><blockquote><p><strong>RequestOptionName</strong> = keyof <em>typeof</em> <a href="./../variables/REQUEST_OPTIONS.html"><code>REQUEST_OPTIONS</code></a></p></blockquote><p>Name of a request option.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/RequestOptionName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestOptionName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestOptionName as default
};
