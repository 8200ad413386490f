import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_SENSITIVE_COLUMNS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DEFAULT_SENSITIVE_COLUMNS.md","filePath":"api/@vcf-agent/core/variables/DEFAULT_SENSITIVE_COLUMNS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DEFAULT_SENSITIVE_COLUMNS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DEFAULT_SENSITIVE_COLUMNS</p><h1 id="variable-default-sensitive-columns" tabindex="-1">Variable: DEFAULT_SENSITIVE_COLUMNS <a class="header-anchor" href="#variable-default-sensitive-columns" aria-label="Permalink to &quot;Variable: DEFAULT\\_SENSITIVE\\_COLUMNS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_SENSITIVE_COLUMNS</strong>: readonly <code>string</code>[]</p></blockquote><p>Columns and detail keys whose values are always masked. The genotype columns of the Variant table (<code>het_samples</code>, <code>hom_alt_samples</code>) plus the usual names of personal data columns. Matching is case-insensitive. Add site-specific columns with the <code>sensitiveColumns</code> option of <code>createAuditLog</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DEFAULT_SENSITIVE_COLUMNS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_SENSITIVE_COLUMNS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_SENSITIVE_COLUMNS as default
};
