import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ColumnKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/ColumnKind.md","filePath":"api/@vcf-agent/core/type-aliases/ColumnKind.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/ColumnKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ColumnKind</p><h1 id="type-alias-columnkind" tabindex="-1">Type Alias: ColumnKind <a class="header-anchor" href="#type-alias-columnkind" aria-label="Permalink to &quot;Type Alias: ColumnKind&quot;">​</a></h1><blockquote><p><strong>ColumnKind</strong> = <code>&quot;utf8&quot;</code> | <code>&quot;int64&quot;</code> | <code>&quot;float64&quot;</code> | <code>&quot;utf8_list&quot;</code> | <code>&quot;embedding&quot;</code></p></blockquote><p>Storage type of a column. <code>embedding</code> is <code>FixedSizeList&lt;Float32&gt;(dim)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/ColumnKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ColumnKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ColumnKind as default
};
