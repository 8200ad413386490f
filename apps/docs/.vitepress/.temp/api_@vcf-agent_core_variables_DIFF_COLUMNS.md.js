import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DIFF_COLUMNS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DIFF_COLUMNS.md","filePath":"api/@vcf-agent/core/variables/DIFF_COLUMNS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DIFF_COLUMNS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DIFF_COLUMNS</p><h1 id="variable-diff-columns" tabindex="-1">Variable: DIFF_COLUMNS <a class="header-anchor" href="#variable-diff-columns" aria-label="Permalink to &quot;Variable: DIFF\\_COLUMNS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DIFF_COLUMNS</strong>: readonly <code>string</code>[]</p></blockquote><p>The columns that make a row&#39;s content — every column except the key (<code>variant_id</code>), the <code>embedding</code> (derived from the content) and the bookkeeping of where a row came from (<code>source_file</code>, <code>source_line</code>, <code>ingest_id</code>). A re-ingested record that moved to another line of a newer file is unchanged; one whose CLNSIG, QUAL, FILTER, INFO, ID, genotypes or annotations differ is changed. <code>diff</code> and <code>ingest --update-changed</code> compare these.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DIFF_COLUMNS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DIFF_COLUMNS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DIFF_COLUMNS as default
};
