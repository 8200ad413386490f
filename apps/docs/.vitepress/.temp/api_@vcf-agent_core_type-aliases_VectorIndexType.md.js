import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VectorIndexType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VectorIndexType.md","filePath":"api/@vcf-agent/core/type-aliases/VectorIndexType.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VectorIndexType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VectorIndexType</p><h1 id="type-alias-vectorindextype" tabindex="-1">Type Alias: VectorIndexType <a class="header-anchor" href="#type-alias-vectorindextype" aria-label="Permalink to &quot;Type Alias: VectorIndexType&quot;">​</a></h1><blockquote><p><strong>VectorIndexType</strong> = <code>&quot;IVF_PQ&quot;</code> | <code>&quot;IVF_FLAT&quot;</code></p></blockquote><p>Vector index types (LanceDB <code>Index.ivfPq()</code>, <code>Index.ivfFlat()</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VectorIndexType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VectorIndexType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VectorIndexType as default
};
