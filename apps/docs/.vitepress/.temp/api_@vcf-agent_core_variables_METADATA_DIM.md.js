import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: METADATA_DIM","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/METADATA_DIM.md","filePath":"api/@vcf-agent/core/variables/METADATA_DIM.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/METADATA_DIM.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / METADATA_DIM</p><h1 id="variable-metadata-dim" tabindex="-1">Variable: METADATA_DIM <a class="header-anchor" href="#variable-metadata-dim" aria-label="Permalink to &quot;Variable: METADATA\\_DIM&quot;">​</a></h1><blockquote><p><code>const</code> <strong>METADATA_DIM</strong>: <code>&quot;vcf_agent.dim&quot;</code> = <code>&#39;vcf_agent.dim&#39;</code></p></blockquote><p>Table metadata key holding the embedding dimension.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/METADATA_DIM.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const METADATA_DIM = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  METADATA_DIM as default
};
