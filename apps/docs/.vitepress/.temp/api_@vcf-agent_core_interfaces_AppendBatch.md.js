import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AppendBatch","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/AppendBatch.md","filePath":"api/@vcf-agent/core/interfaces/AppendBatch.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/AppendBatch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AppendBatch</p><h1 id="interface-appendbatch" tabindex="-1">Interface: AppendBatch <a class="header-anchor" href="#interface-appendbatch" aria-label="Permalink to &quot;Interface: AppendBatch&quot;">​</a></h1><p>One batch to append: column buffers in schema order and the primary keys in row order.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="buffers" tabindex="-1">buffers <a class="header-anchor" href="#buffers" aria-label="Permalink to &quot;buffers&quot;">​</a></h3><blockquote><p><strong>buffers</strong>: <code>BatchBuffers</code></p></blockquote><p>The rows as column buffers (built from <code>COLUMNS</code>).</p><hr><h3 id="candidates" tabindex="-1">candidates? <a class="header-anchor" href="#candidates" aria-label="Permalink to &quot;candidates?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>candidates?</strong>: <code>string</code></p></blockquote><p>A SQL predicate (built with <code>sqlIdent</code>/<code>sqlString</code>) that every stored row sharing a key with the batch satisfies, so the sink can look up existing keys with one scan; undefined means &quot;look the keys up&quot;.</p><hr><h3 id="keys" tabindex="-1">keys <a class="header-anchor" href="#keys" aria-label="Permalink to &quot;keys&quot;">​</a></h3><blockquote><p><strong>keys</strong>: readonly <code>string</code>[]</p></blockquote><p><code>variant_id</code> of every row, in row order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/AppendBatch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AppendBatch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AppendBatch as default
};
