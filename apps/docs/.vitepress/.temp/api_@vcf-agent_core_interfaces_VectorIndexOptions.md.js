import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VectorIndexOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VectorIndexOptions.md","filePath":"api/@vcf-agent/core/interfaces/VectorIndexOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VectorIndexOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VectorIndexOptions</p><h1 id="interface-vectorindexoptions" tabindex="-1">Interface: VectorIndexOptions <a class="header-anchor" href="#interface-vectorindexoptions" aria-label="Permalink to &quot;Interface: VectorIndexOptions&quot;">​</a></h1><p>Options of <a href="./../classes/VariantStore.html#createvectorindex">VariantStore.createVectorIndex</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="distancetype" tabindex="-1">distanceType? <a class="header-anchor" href="#distancetype" aria-label="Permalink to &quot;distanceType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>distanceType?</strong>: <a href="./../type-aliases/DistanceType.html"><code>DistanceType</code></a></p></blockquote><p>Distance metric the index is built for. The default is <code>l2</code>.</p><hr><h3 id="numpartitions" tabindex="-1">numPartitions? <a class="header-anchor" href="#numpartitions" aria-label="Permalink to &quot;numPartitions?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numPartitions?</strong>: <code>number</code></p></blockquote><p>IVF partitions. The default is about √rows, at least 1.</p><hr><h3 id="numsubvectors" tabindex="-1">numSubVectors? <a class="header-anchor" href="#numsubvectors" aria-label="Permalink to &quot;numSubVectors?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numSubVectors?</strong>: <code>number</code></p></blockquote><p>PQ sub-vectors; must divide <code>dim</code>. The default is <code>dim / 16</code> (or <code>dim / 8</code>, <code>dim / 4</code>…).</p><hr><h3 id="replace" tabindex="-1">replace? <a class="header-anchor" href="#replace" aria-label="Permalink to &quot;replace?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>replace?</strong>: <code>boolean</code></p></blockquote><p>Replace an existing index. The default is false.</p><hr><h3 id="type" tabindex="-1">type? <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>type?</strong>: <a href="./../type-aliases/VectorIndexType.html"><code>VectorIndexType</code></a></p></blockquote><p>The default is <code>IVF_PQ</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VectorIndexOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VectorIndexOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VectorIndexOptions as default
};
