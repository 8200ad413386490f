import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: UNKNOWN_ERROR_MESSAGE","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/UNKNOWN_ERROR_MESSAGE.md","filePath":"api/@vcf-agent/core/variables/UNKNOWN_ERROR_MESSAGE.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/UNKNOWN_ERROR_MESSAGE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / UNKNOWN_ERROR_MESSAGE</p><h1 id="variable-unknown-error-message" tabindex="-1">Variable: UNKNOWN_ERROR_MESSAGE <a class="header-anchor" href="#variable-unknown-error-message" aria-label="Permalink to &quot;Variable: UNKNOWN\\_ERROR\\_MESSAGE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>UNKNOWN_ERROR_MESSAGE</strong>: <code>&quot;Internal error: something failed that vcf-agent did not expect.&quot;</code> = <code>&#39;Internal error: something failed that vcf-agent did not expect.&#39;</code></p></blockquote><p>The message an error that is not a <a href="./../classes/VcfAgentError.html">VcfAgentError</a> gets: its own text may hold paths or secrets.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/UNKNOWN_ERROR_MESSAGE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UNKNOWN_ERROR_MESSAGE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UNKNOWN_ERROR_MESSAGE as default
};
