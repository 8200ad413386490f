import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VcfParseErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VcfParseErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/VcfParseErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VcfParseErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VcfParseErrorCode</p><h1 id="type-alias-vcfparseerrorcode" tabindex="-1">Type Alias: VcfParseErrorCode <a class="header-anchor" href="#type-alias-vcfparseerrorcode" aria-label="Permalink to &quot;Type Alias: VcfParseErrorCode&quot;">​</a></h1><blockquote><p><strong>VcfParseErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`VCF_PARSE_\${string}\`</code>&gt;</p></blockquote><p>Codes <code>VCF_PARSE_*</code>, carried by <code>VcfParseError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VcfParseErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VcfParseErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VcfParseErrorCode as default
};
