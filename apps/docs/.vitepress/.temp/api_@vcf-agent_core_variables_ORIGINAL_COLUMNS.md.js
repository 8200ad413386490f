import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ORIGINAL_COLUMNS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/ORIGINAL_COLUMNS.md","filePath":"api/@vcf-agent/core/variables/ORIGINAL_COLUMNS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/ORIGINAL_COLUMNS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ORIGINAL_COLUMNS</p><h1 id="variable-original-columns" tabindex="-1">Variable: ORIGINAL_COLUMNS <a class="header-anchor" href="#variable-original-columns" aria-label="Permalink to &quot;Variable: ORIGINAL\\_COLUMNS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>ORIGINAL_COLUMNS</strong>: readonly <a href="./../type-aliases/ColumnName.html"><code>ColumnName</code></a>[]</p></blockquote><p>Columns of the original Python tool&#39;s table (schema version 1).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/ORIGINAL_COLUMNS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ORIGINAL_COLUMNS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ORIGINAL_COLUMNS as default
};
