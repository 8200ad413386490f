import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: HttpErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/HttpErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/HttpErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/HttpErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / HttpErrorCode</p><h1 id="type-alias-httperrorcode" tabindex="-1">Type Alias: HttpErrorCode <a class="header-anchor" href="#type-alias-httperrorcode" aria-label="Permalink to &quot;Type Alias: HttpErrorCode&quot;">​</a></h1><blockquote><p><strong>HttpErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`AUTH_\${string}\`</code> | <code>\`HTTP_\${string}\`</code>&gt;</p></blockquote><p>The HTTP-only codes <code>AUTH_*</code> and <code>HTTP_*</code>, carried by <code>HttpError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/HttpErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HttpErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HttpErrorCode as default
};
