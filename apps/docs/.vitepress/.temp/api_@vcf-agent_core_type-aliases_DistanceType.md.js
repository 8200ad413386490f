import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DistanceType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/DistanceType.md","filePath":"api/@vcf-agent/core/type-aliases/DistanceType.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/DistanceType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DistanceType</p><h1 id="type-alias-distancetype" tabindex="-1">Type Alias: DistanceType <a class="header-anchor" href="#type-alias-distancetype" aria-label="Permalink to &quot;Type Alias: DistanceType&quot;">​</a></h1><blockquote><p><strong>DistanceType</strong> = <code>&quot;l2&quot;</code> | <code>&quot;cosine&quot;</code> | <code>&quot;dot&quot;</code></p></blockquote><p>Distance metric of a vector search (LanceDB <code>DistanceType</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/DistanceType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DistanceType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DistanceType as default
};
