import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: findColumn()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/findColumn.md","filePath":"api/@vcf-agent/core/functions/findColumn.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/findColumn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / findColumn</p><h1 id="function-findcolumn" tabindex="-1">Function: findColumn() <a class="header-anchor" href="#function-findcolumn" aria-label="Permalink to &quot;Function: findColumn()&quot;">​</a></h1><blockquote><p><strong>findColumn</strong>(<code>name</code>): <a href="./../interfaces/ColumnSpec.html"><code>ColumnSpec</code></a> | <code>undefined</code></p></blockquote><p>Looks up a column by name.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><p>storage column name</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ColumnSpec.html"><code>ColumnSpec</code></a> | <code>undefined</code></p><p>the spec, or undefined if the column is not part of the Variant schema</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/findColumn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const findColumn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  findColumn as default
};
