import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RequestSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/RequestSource.md","filePath":"api/@vcf-agent/core/type-aliases/RequestSource.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/RequestSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RequestSource</p><h1 id="type-alias-requestsource" tabindex="-1">Type Alias: RequestSource <a class="header-anchor" href="#type-alias-requestsource" aria-label="Permalink to &quot;Type Alias: RequestSource&quot;">​</a></h1><blockquote><p><strong>RequestSource</strong> = <code>&quot;text&quot;</code> | <code>&quot;json&quot;</code></p></blockquote><p>Where the raw values come from: text (CLI flags, URL query parameters: strings, comma lists, repeats) or a JSON document (typed values).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/RequestSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestSource as default
};
