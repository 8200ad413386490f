import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: StoreErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/StoreErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/StoreErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/StoreErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / StoreErrorCode</p><h1 id="type-alias-storeerrorcode" tabindex="-1">Type Alias: StoreErrorCode <a class="header-anchor" href="#type-alias-storeerrorcode" aria-label="Permalink to &quot;Type Alias: StoreErrorCode&quot;">​</a></h1><blockquote><p><strong>StoreErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`STORE_\${string}\`</code>&gt;</p></blockquote><p>Codes <code>STORE_*</code>, carried by <code>StoreError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/StoreErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StoreErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StoreErrorCode as default
};
