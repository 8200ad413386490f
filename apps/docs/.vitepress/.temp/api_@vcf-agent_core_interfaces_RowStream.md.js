import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowStream","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RowStream.md","filePath":"api/@vcf-agent/core/interfaces/RowStream.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RowStream.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RowStream</p><h1 id="interface-rowstream" tabindex="-1">Interface: RowStream <a class="header-anchor" href="#interface-rowstream" aria-label="Permalink to &quot;Interface: RowStream&quot;">​</a></h1><p>Rows of a filter request, streamed; <a href="#truncated">RowStream.truncated</a> is known once the stream has ended.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><code>AsyncIterable</code>&lt;<a href="./Variant.html"><code>Variant</code></a>&gt;</li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="limit" tabindex="-1">limit <a class="header-anchor" href="#limit" aria-label="Permalink to &quot;limit&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>limit</strong>: <code>number</code></p></blockquote><p>The limit applied (0: none).</p><hr><h3 id="truncated" tabindex="-1">truncated <a class="header-anchor" href="#truncated" aria-label="Permalink to &quot;truncated&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>truncated</strong>: <code>boolean</code></p></blockquote><p>True when more rows matched than the limit let through (known after iteration).</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>version</strong>: <code>number</code> | <code>undefined</code></p></blockquote><p>The table version the rows are read from (known once the first row, or the end, was read).</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="asynciterator" tabindex="-1">[asyncIterator]() <a class="header-anchor" href="#asynciterator" aria-label="Permalink to &quot;\\[asyncIterator\\]()&quot;">​</a></h3><blockquote><p><strong>[asyncIterator]</strong>(): <code>AsyncIterator</code>&lt;<a href="./Variant.html"><code>Variant</code></a>, <code>any</code>, <code>any</code>&gt;</p></blockquote><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>AsyncIterator</code>&lt;<a href="./Variant.html"><code>Variant</code></a>, <code>any</code>, <code>any</code>&gt;</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><code>AsyncIterable.[asyncIterator]</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RowStream.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowStream = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowStream as default
};
