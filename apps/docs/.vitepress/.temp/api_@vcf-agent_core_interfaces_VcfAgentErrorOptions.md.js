import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VcfAgentErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VcfAgentErrorOptions.md","filePath":"api/@vcf-agent/core/interfaces/VcfAgentErrorOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VcfAgentErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VcfAgentErrorOptions</p><h1 id="interface-vcfagenterroroptions" tabindex="-1">Interface: VcfAgentErrorOptions <a class="header-anchor" href="#interface-vcfagenterroroptions" aria-label="Permalink to &quot;Interface: VcfAgentErrorOptions&quot;">​</a></h1><p>Options every <a href="./../classes/VcfAgentError.html">VcfAgentError</a> accepts.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./HttpErrorOptions.html"><code>HttpErrorOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><p>The underlying error, kept for debugging.</p><hr><h3 id="details" tabindex="-1">details? <a class="header-anchor" href="#details" aria-label="Permalink to &quot;details?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>details?</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>Machine-readable context (file, line, field, row index …). Never holds raw sensitive values.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VcfAgentErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VcfAgentErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VcfAgentErrorOptions as default
};
