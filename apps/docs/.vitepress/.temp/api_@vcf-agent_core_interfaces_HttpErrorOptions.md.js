import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HttpErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/HttpErrorOptions.md","filePath":"api/@vcf-agent/core/interfaces/HttpErrorOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/HttpErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / HttpErrorOptions</p><h1 id="interface-httperroroptions" tabindex="-1">Interface: HttpErrorOptions <a class="header-anchor" href="#interface-httperroroptions" aria-label="Permalink to &quot;Interface: HttpErrorOptions&quot;">​</a></h1><p>Options of <a href="./../classes/HttpError.html">HttpError</a>: those of every error plus response headers.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./VcfAgentErrorOptions.html"><code>VcfAgentErrorOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><p>The underlying error, kept for debugging.</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./VcfAgentErrorOptions.html"><code>VcfAgentErrorOptions</code></a>.<a href="./VcfAgentErrorOptions.html#cause"><code>cause</code></a></p><hr><h3 id="details" tabindex="-1">details? <a class="header-anchor" href="#details" aria-label="Permalink to &quot;details?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>details?</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>Machine-readable context (file, line, field, row index …). Never holds raw sensitive values.</p><h4 id="inherited-from-1" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from-1" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./VcfAgentErrorOptions.html"><code>VcfAgentErrorOptions</code></a>.<a href="./VcfAgentErrorOptions.html#details"><code>details</code></a></p><hr><h3 id="headers" tabindex="-1">headers? <a class="header-anchor" href="#headers" aria-label="Permalink to &quot;headers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>headers?</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Extra response headers, e.g. <code>WWW-Authenticate</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/HttpErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HttpErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HttpErrorOptions as default
};
