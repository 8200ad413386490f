import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MaskOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/MaskOptions.md","filePath":"api/@vcf-agent/core/interfaces/MaskOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/MaskOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MaskOptions</p><h1 id="interface-maskoptions" tabindex="-1">Interface: MaskOptions <a class="header-anchor" href="#interface-maskoptions" aria-label="Permalink to &quot;Interface: MaskOptions&quot;">​</a></h1><p>Options shared by <a href="./../functions/maskValue.html">maskValue</a> and <a href="./../functions/maskDetails.html">maskDetails</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="columns" tabindex="-1">columns? <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>columns?</strong>: readonly <code>string</code>[]</p></blockquote><p>The table&#39;s column names, handed to <code>maskFilter</code> for SQL found in details (see <code>MaskFilterOptions.columns</code>).</p><hr><h3 id="sensitivecolumns" tabindex="-1">sensitiveColumns? <a class="header-anchor" href="#sensitivecolumns" aria-label="Permalink to &quot;sensitiveColumns?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>sensitiveColumns?</strong>: readonly <code>string</code>[]</p></blockquote><p>Extra sensitive column names, added to <a href="./../variables/DEFAULT_SENSITIVE_COLUMNS.html">DEFAULT_SENSITIVE_COLUMNS</a> (case-insensitive), e.g. a configured PII column <code>participant_code</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/MaskOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MaskOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MaskOptions as default
};
