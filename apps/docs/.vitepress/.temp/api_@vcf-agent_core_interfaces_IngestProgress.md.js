import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IngestProgress","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/IngestProgress.md","filePath":"api/@vcf-agent/core/interfaces/IngestProgress.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/IngestProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / IngestProgress</p><h1 id="interface-ingestprogress" tabindex="-1">Interface: IngestProgress <a class="header-anchor" href="#interface-ingestprogress" aria-label="Permalink to &quot;Interface: IngestProgress&quot;">​</a></h1><p>Progress of an ingest, shaped like LanceDB&#39;s <code>WriteProgress</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytesread" tabindex="-1">bytesRead <a class="header-anchor" href="#bytesread" aria-label="Permalink to &quot;bytesRead&quot;">​</a></h3><blockquote><p><strong>bytesRead</strong>: <code>number</code></p></blockquote><p>Input bytes (compressed, as stored) read so far.</p><hr><h3 id="done" tabindex="-1">done <a class="header-anchor" href="#done" aria-label="Permalink to &quot;done&quot;">​</a></h3><blockquote><p><strong>done</strong>: <code>boolean</code></p></blockquote><p>True on the last event.</p><hr><h3 id="elapsedseconds" tabindex="-1">elapsedSeconds <a class="header-anchor" href="#elapsedseconds" aria-label="Permalink to &quot;elapsedSeconds&quot;">​</a></h3><blockquote><p><strong>elapsedSeconds</strong>: <code>number</code></p></blockquote><p>Time since the ingest started, in seconds.</p><hr><h3 id="outputrows" tabindex="-1">outputRows <a class="header-anchor" href="#outputrows" aria-label="Permalink to &quot;outputRows&quot;">​</a></h3><blockquote><p><strong>outputRows</strong>: <code>number</code></p></blockquote><p>Split rows written (inserted or found unchanged) so far.</p><hr><h3 id="recordsread" tabindex="-1">recordsRead <a class="header-anchor" href="#recordsread" aria-label="Permalink to &quot;recordsRead&quot;">​</a></h3><blockquote><p><strong>recordsRead</strong>: <code>number</code></p></blockquote><p>VCF records read so far.</p><hr><h3 id="totalbytes" tabindex="-1">totalBytes <a class="header-anchor" href="#totalbytes" aria-label="Permalink to &quot;totalBytes&quot;">​</a></h3><blockquote><p><strong>totalBytes</strong>: <code>number</code> | <code>undefined</code></p></blockquote><p>Input size in bytes when it is a regular file; undefined when reading a pipe or stream (standard input).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/IngestProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IngestProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IngestProgress as default
};
