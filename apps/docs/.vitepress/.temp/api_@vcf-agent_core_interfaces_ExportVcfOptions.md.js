import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExportVcfOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/ExportVcfOptions.md","filePath":"api/@vcf-agent/core/interfaces/ExportVcfOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/ExportVcfOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ExportVcfOptions</p><h1 id="interface-exportvcfoptions" tabindex="-1">Interface: ExportVcfOptions <a class="header-anchor" href="#interface-exportvcfoptions" aria-label="Permalink to &quot;Interface: ExportVcfOptions&quot;">​</a></h1><p>Options of <a href="./../functions/exportVcf.html">exportVcf</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="filter" tabindex="-1">filter? <a class="header-anchor" href="#filter" aria-label="Permalink to &quot;filter?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>filter?</strong>: <code>string</code></p></blockquote><p>SQL filter selecting the rows; omit for every row.</p><hr><h3 id="info" tabindex="-1">info? <a class="header-anchor" href="#info" aria-label="Permalink to &quot;info?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>info?</strong>: <code>boolean</code></p></blockquote><p>Include the stored INFO (JSON) as the INFO column. The default is true.</p><hr><h3 id="query" tabindex="-1">query? <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>query?</strong>: <a href="./../classes/VariantQuery.html"><code>VariantQuery</code></a></p></blockquote><p>The query selecting the rows (regions, samples, genes, SQL); wins over <code>filter</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/ExportVcfOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExportVcfOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExportVcfOptions as default
};
