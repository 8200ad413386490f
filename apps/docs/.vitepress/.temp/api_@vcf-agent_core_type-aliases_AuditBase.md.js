import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AuditBase","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/AuditBase.md","filePath":"api/@vcf-agent/core/type-aliases/AuditBase.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/AuditBase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AuditBase</p><h1 id="type-alias-auditbase" tabindex="-1">Type Alias: AuditBase <a class="header-anchor" href="#type-alias-auditbase" aria-label="Permalink to &quot;Type Alias: AuditBase&quot;">​</a></h1><blockquote><p><strong>AuditBase</strong> = <code>Omit</code>&lt;<a href="./../interfaces/AuditEvent.html"><code>AuditEvent</code></a>, <code>&quot;outcome&quot;</code> | <code>&quot;durationMs&quot;</code> | <code>&quot;code&quot;</code>&gt;</p></blockquote><p>What the caller of <a href="./../functions/audited.html">audited</a> says about the operation; <code>outcome</code>, <code>code</code> and <code>durationMs</code> are measured.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/AuditBase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AuditBase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AuditBase as default
};
