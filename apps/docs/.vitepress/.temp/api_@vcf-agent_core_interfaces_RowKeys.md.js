import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowKeys","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RowKeys.md","filePath":"api/@vcf-agent/core/interfaces/RowKeys.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RowKeys.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RowKeys</p><h1 id="interface-rowkeys" tabindex="-1">Interface: RowKeys <a class="header-anchor" href="#interface-rowkeys" aria-label="Permalink to &quot;Interface: RowKeys&quot;">​</a></h1><p>What a row needs besides the record: its key and where it came from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="ingest-id" tabindex="-1">ingest_id <a class="header-anchor" href="#ingest-id" aria-label="Permalink to &quot;ingest\\_id&quot;">​</a></h3><blockquote><p><strong>ingest_id</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Id of the ingest run writing the row, or null.</p><hr><h3 id="source-file" tabindex="-1">source_file <a class="header-anchor" href="#source-file" aria-label="Permalink to &quot;source\\_file&quot;">​</a></h3><blockquote><p><strong>source_file</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Base name of the source VCF, or null.</p><hr><h3 id="variant-id" tabindex="-1">variant_id <a class="header-anchor" href="#variant-id" aria-label="Permalink to &quot;variant\\_id&quot;">​</a></h3><blockquote><p><strong>variant_id</strong>: <code>string</code></p></blockquote><p>Primary key of the row (ingest builds it as <code>CHROM-POS-REF-ALT</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RowKeys.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowKeys = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowKeys as default
};
