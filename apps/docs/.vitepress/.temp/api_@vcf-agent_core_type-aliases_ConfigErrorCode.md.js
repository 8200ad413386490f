import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ConfigErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/ConfigErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/ConfigErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/ConfigErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ConfigErrorCode</p><h1 id="type-alias-configerrorcode" tabindex="-1">Type Alias: ConfigErrorCode <a class="header-anchor" href="#type-alias-configerrorcode" aria-label="Permalink to &quot;Type Alias: ConfigErrorCode&quot;">​</a></h1><blockquote><p><strong>ConfigErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`CONFIG_\${string}\`</code>&gt;</p></blockquote><p>Codes <code>CONFIG_*</code>, carried by <code>ConfigError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/ConfigErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ConfigErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ConfigErrorCode as default
};
