import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerifyAuditLogOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VerifyAuditLogOptions.md","filePath":"api/@vcf-agent/core/interfaces/VerifyAuditLogOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VerifyAuditLogOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VerifyAuditLogOptions</p><h1 id="interface-verifyauditlogoptions" tabindex="-1">Interface: VerifyAuditLogOptions <a class="header-anchor" href="#interface-verifyauditlogoptions" aria-label="Permalink to &quot;Interface: VerifyAuditLogOptions&quot;">​</a></h1><p>Options of <a href="./../functions/verifyAuditLog.html">verifyAuditLog</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="locktimeoutms" tabindex="-1">lockTimeoutMs? <a class="header-anchor" href="#locktimeoutms" aria-label="Permalink to &quot;lockTimeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lockTimeoutMs?</strong>: <code>number</code></p></blockquote><p>How long to wait for the audit lock (held by writers only for one append), in ms. The default is 30 000 ms.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VerifyAuditLogOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifyAuditLogOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifyAuditLogOptions as default
};
