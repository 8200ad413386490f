import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/ErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/ErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/ErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ErrorCode</p><h1 id="type-alias-errorcode" tabindex="-1">Type Alias: ErrorCode <a class="header-anchor" href="#type-alias-errorcode" aria-label="Permalink to &quot;Type Alias: ErrorCode&quot;">​</a></h1><blockquote><p><strong>ErrorCode</strong> = keyof <em>typeof</em> <a href="./../variables/ERROR_TABLE.html"><code>ERROR_TABLE</code></a></p></blockquote><p>One of the stable string codes: a key of <a href="./../variables/ERROR_TABLE.html">ERROR_TABLE</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/ErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ErrorCode as default
};
