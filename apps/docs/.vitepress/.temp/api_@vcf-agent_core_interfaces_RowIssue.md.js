import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowIssue","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RowIssue.md","filePath":"api/@vcf-agent/core/interfaces/RowIssue.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RowIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RowIssue</p><h1 id="interface-rowissue" tabindex="-1">Interface: RowIssue <a class="header-anchor" href="#interface-rowissue" aria-label="Permalink to &quot;Interface: RowIssue&quot;">​</a></h1><p>One problem found by <a href="./../functions/validateRows.html">validateRows</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="field" tabindex="-1">field <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field&quot;">​</a></h3><blockquote><p><strong>field</strong>: <code>string</code></p></blockquote><p>Column name, or the unknown key.</p><hr><h3 id="problem" tabindex="-1">problem <a class="header-anchor" href="#problem" aria-label="Permalink to &quot;problem&quot;">​</a></h3><blockquote><p><strong>problem</strong>: <code>string</code></p></blockquote><p>What is wrong, without the offending value.</p><hr><h3 id="row" tabindex="-1">row <a class="header-anchor" href="#row" aria-label="Permalink to &quot;row&quot;">​</a></h3><blockquote><p><strong>row</strong>: <code>number</code></p></blockquote><p>0-based index of the row in the batch.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RowIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowIssue as default
};
