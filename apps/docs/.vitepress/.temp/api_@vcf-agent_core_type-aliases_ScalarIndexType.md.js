import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScalarIndexType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/ScalarIndexType.md","filePath":"api/@vcf-agent/core/type-aliases/ScalarIndexType.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/ScalarIndexType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ScalarIndexType</p><h1 id="type-alias-scalarindextype" tabindex="-1">Type Alias: ScalarIndexType <a class="header-anchor" href="#type-alias-scalarindextype" aria-label="Permalink to &quot;Type Alias: ScalarIndexType&quot;">​</a></h1><blockquote><p><strong>ScalarIndexType</strong> = <code>&quot;BTREE&quot;</code> | <code>&quot;BITMAP&quot;</code> | <code>&quot;LABEL_LIST&quot;</code></p></blockquote><p>Scalar index types (LanceDB <code>Index.btree()</code>, <code>Index.bitmap()</code>, <code>Index.labelList()</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/ScalarIndexType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScalarIndexType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScalarIndexType as default
};
