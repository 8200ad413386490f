import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VerifyAuditLogResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VerifyAuditLogResult.md","filePath":"api/@vcf-agent/core/type-aliases/VerifyAuditLogResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VerifyAuditLogResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VerifyAuditLogResult</p><h1 id="type-alias-verifyauditlogresult" tabindex="-1">Type Alias: VerifyAuditLogResult <a class="header-anchor" href="#type-alias-verifyauditlogresult" aria-label="Permalink to &quot;Type Alias: VerifyAuditLogResult&quot;">​</a></h1><blockquote><p><strong>VerifyAuditLogResult</strong> = { <code>lastHash</code>: <code>string</code> | <code>undefined</code>; <code>lines</code>: <code>number</code>; <code>ok</code>: <code>true</code>; } | { <code>firstBadLine</code>: <code>number</code>; <code>lines</code>: <code>number</code>; <code>ok</code>: <code>false</code>; <code>reason</code>: <code>string</code>; }</p></blockquote><p>Result of <a href="./../functions/verifyAuditLog.html">verifyAuditLog</a>. <code>lines</code> counts every line of the file (complete or not). <code>firstBadLine</code> is 1-based. <code>lastHash</code> is the hash of the last line (undefined for an empty file): keep it somewhere else to detect later truncation or wholesale replacement of the file.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VerifyAuditLogResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifyAuditLogResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifyAuditLogResult as default
};
