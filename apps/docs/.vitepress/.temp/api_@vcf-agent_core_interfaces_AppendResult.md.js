import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AppendResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/AppendResult.md","filePath":"api/@vcf-agent/core/interfaces/AppendResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/AppendResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AppendResult</p><h1 id="interface-appendresult" tabindex="-1">Interface: AppendResult <a class="header-anchor" href="#interface-appendresult" aria-label="Permalink to &quot;Interface: AppendResult&quot;">​</a></h1><p>Outcome of <a href="./BatchSink.html#appendbatch">BatchSink.appendBatch</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="changed" tabindex="-1">changed <a class="header-anchor" href="#changed" aria-label="Permalink to &quot;changed&quot;">​</a></h3><blockquote><p><strong>changed</strong>: <code>number</code></p></blockquote><p>Rows whose key was stored with different CLNSIG, QUAL, FILTER or INFO; left as stored.</p><hr><h3 id="inserted" tabindex="-1">inserted <a class="header-anchor" href="#inserted" aria-label="Permalink to &quot;inserted&quot;">​</a></h3><blockquote><p><strong>inserted</strong>: <code>number</code></p></blockquote><p>Rows whose key was new and were inserted.</p><hr><h3 id="unchanged" tabindex="-1">unchanged <a class="header-anchor" href="#unchanged" aria-label="Permalink to &quot;unchanged&quot;">​</a></h3><blockquote><p><strong>unchanged</strong>: <code>number</code></p></blockquote><p>Rows whose key was stored with the same content; left as they were.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>Table version after the write.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/AppendResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AppendResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AppendResult as default
};
