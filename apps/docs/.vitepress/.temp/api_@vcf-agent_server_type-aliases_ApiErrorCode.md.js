import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ApiErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/type-aliases/ApiErrorCode.md","filePath":"api/@vcf-agent/server/type-aliases/ApiErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/type-aliases/ApiErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / ApiErrorCode</p><h1 id="type-alias-apierrorcode" tabindex="-1">Type Alias: ApiErrorCode <a class="header-anchor" href="#type-alias-apierrorcode" aria-label="Permalink to &quot;Type Alias: ApiErrorCode&quot;">​</a></h1><blockquote><p><strong>ApiErrorCode</strong> = <a href="./../../core/type-aliases/ErrorCode.html"><code>ErrorCode</code></a></p></blockquote><p>Any code that can appear in an error response: every code of core&#39;s error table.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/type-aliases/ApiErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ApiErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ApiErrorCode as default
};
