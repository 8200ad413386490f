import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReadPoint","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/ReadPoint.md","filePath":"api/@vcf-agent/core/interfaces/ReadPoint.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/ReadPoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ReadPoint</p><h1 id="interface-readpoint" tabindex="-1">Interface: ReadPoint <a class="header-anchor" href="#interface-readpoint" aria-label="Permalink to &quot;Interface: ReadPoint&quot;">​</a></h1><p>Where reading stopped, for the messages of <a href="./../functions/checkEnding.html">checkEnding</a> and <a href="./../functions/afterLastGood.html">afterLastGood</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="line" tabindex="-1">line <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line&quot;">​</a></h3><blockquote><p><strong>line</strong>: <code>number</code></p></blockquote><p>1-based line number of the last line read; 0 before any.</p><hr><h3 id="records" tabindex="-1">records? <a class="header-anchor" href="#records" aria-label="Permalink to &quot;records?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>records?</strong>: <code>number</code></p></blockquote><p>Data records (lines) read, when known.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/ReadPoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReadPoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReadPoint as default
};
