import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LockErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/LockErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/LockErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/LockErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / LockErrorCode</p><h1 id="type-alias-lockerrorcode" tabindex="-1">Type Alias: LockErrorCode <a class="header-anchor" href="#type-alias-lockerrorcode" aria-label="Permalink to &quot;Type Alias: LockErrorCode&quot;">​</a></h1><blockquote><p><strong>LockErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`LOCK_\${string}\`</code>&gt;</p></blockquote><p>Codes <code>LOCK_*</code>, carried by <code>LockError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/LockErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LockErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LockErrorCode as default
};
