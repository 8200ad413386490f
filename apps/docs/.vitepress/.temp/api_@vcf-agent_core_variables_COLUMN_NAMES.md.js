import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: COLUMN_NAMES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/COLUMN_NAMES.md","filePath":"api/@vcf-agent/core/variables/COLUMN_NAMES.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/COLUMN_NAMES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / COLUMN_NAMES</p><h1 id="variable-column-names" tabindex="-1">Variable: COLUMN_NAMES <a class="header-anchor" href="#variable-column-names" aria-label="Permalink to &quot;Variable: COLUMN\\_NAMES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>COLUMN_NAMES</strong>: readonly <a href="./../type-aliases/ColumnName.html"><code>ColumnName</code></a>[]</p></blockquote><p>Column names, in storage order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/COLUMN_NAMES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const COLUMN_NAMES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  COLUMN_NAMES as default
};
