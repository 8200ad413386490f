import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UnauditedErrorMark","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/UnauditedErrorMark.md","filePath":"api/@vcf-agent/core/interfaces/UnauditedErrorMark.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/UnauditedErrorMark.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / UnauditedErrorMark</p><h1 id="interface-unauditederrormark" tabindex="-1">Interface: UnauditedErrorMark <a class="header-anchor" href="#interface-unauditederrormark" aria-label="Permalink to &quot;Interface: UnauditedErrorMark&quot;">​</a></h1><p>What <a href="./../functions/audited.html">audited</a> sets on an operation&#39;s error when even the error could not be audited.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="auditcode" tabindex="-1">auditCode <a class="header-anchor" href="#auditcode" aria-label="Permalink to &quot;auditCode&quot;">​</a></h3><blockquote><p><strong>auditCode</strong>: <code>string</code></p></blockquote><p>The code of the audit failure, e.g. <code>LOCK_TIMEOUT</code>.</p><hr><h3 id="auditfailed" tabindex="-1">auditFailed <a class="header-anchor" href="#auditfailed" aria-label="Permalink to &quot;auditFailed&quot;">​</a></h3><blockquote><p><strong>auditFailed</strong>: <code>true</code></p></blockquote><p>Always true.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/UnauditedErrorMark.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnauditedErrorMark = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnauditedErrorMark as default
};
