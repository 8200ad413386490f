import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: InternalErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/InternalErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/InternalErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/InternalErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / InternalErrorCode</p><h1 id="type-alias-internalerrorcode" tabindex="-1">Type Alias: InternalErrorCode <a class="header-anchor" href="#type-alias-internalerrorcode" aria-label="Permalink to &quot;Type Alias: InternalErrorCode&quot;">​</a></h1><blockquote><p><strong>InternalErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>&quot;INTERNAL&quot;</code>&gt;</p></blockquote><p>The code <code>INTERNAL</code>, carried by <code>InternalError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/InternalErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InternalErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InternalErrorCode as default
};
