import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ColumnName","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/ColumnName.md","filePath":"api/@vcf-agent/core/type-aliases/ColumnName.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/ColumnName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ColumnName</p><h1 id="type-alias-columnname" tabindex="-1">Type Alias: ColumnName <a class="header-anchor" href="#type-alias-columnname" aria-label="Permalink to &quot;Type Alias: ColumnName&quot;">​</a></h1><blockquote><p><strong>ColumnName</strong> = <em>typeof</em> <a href="./../variables/COLUMNS.html"><code>COLUMNS</code></a>[<code>number</code>][<code>&quot;name&quot;</code>]</p></blockquote><p>Name of a Variant table column.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/ColumnName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ColumnName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ColumnName as default
};
