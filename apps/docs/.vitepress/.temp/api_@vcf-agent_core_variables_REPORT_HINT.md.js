import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: REPORT_HINT","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/REPORT_HINT.md","filePath":"api/@vcf-agent/core/variables/REPORT_HINT.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/REPORT_HINT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / REPORT_HINT</p><h1 id="variable-report-hint" tabindex="-1">Variable: REPORT_HINT <a class="header-anchor" href="#variable-report-hint" aria-label="Permalink to &quot;Variable: REPORT\\_HINT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>REPORT_HINT</strong>: <code>&quot;This is a bug in vcf-agent: please report it with the command you ran.&quot;</code> = <code>&#39;This is a bug in vcf-agent: please report it with the command you ran.&#39;</code></p></blockquote><p>The hint shown with an <code>INTERNAL</code> error or any error that is not a <a href="./../classes/VcfAgentError.html">VcfAgentError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/REPORT_HINT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const REPORT_HINT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  REPORT_HINT as default
};
