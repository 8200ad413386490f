import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IngestWriterOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/IngestWriterOptions.md","filePath":"api/@vcf-agent/core/interfaces/IngestWriterOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/IngestWriterOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / IngestWriterOptions</p><h1 id="interface-ingestwriteroptions" tabindex="-1">Interface: IngestWriterOptions <a class="header-anchor" href="#interface-ingestwriteroptions" aria-label="Permalink to &quot;Interface: IngestWriterOptions&quot;">​</a></h1><p>The options of <a href="./BatchSink.html#beginingest">BatchSink.beginIngest</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="ingestid" tabindex="-1">ingestId <a class="header-anchor" href="#ingestid" aria-label="Permalink to &quot;ingestId&quot;">​</a></h3><blockquote><p><strong>ingestId</strong>: <code>string</code></p></blockquote><p>Id written to the <code>ingest_id</code> column of every row the ingest writes.</p><hr><h3 id="tag" tabindex="-1">tag <a class="header-anchor" href="#tag" aria-label="Permalink to &quot;tag&quot;">​</a></h3><blockquote><p><strong>tag</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>Tag to give the version the ingest ends at.</p><hr><h3 id="updatechanged" tabindex="-1">updateChanged <a class="header-anchor" href="#updatechanged" aria-label="Permalink to &quot;updateChanged&quot;">​</a></h3><blockquote><p><strong>updateChanged</strong>: <code>boolean</code></p></blockquote><p>Replace stored rows whose content changed (else leave them and count them as changed).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/IngestWriterOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IngestWriterOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IngestWriterOptions as default
};
