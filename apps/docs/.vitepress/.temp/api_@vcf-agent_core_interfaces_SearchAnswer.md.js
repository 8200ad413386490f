import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SearchAnswer","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/SearchAnswer.md","filePath":"api/@vcf-agent/core/interfaces/SearchAnswer.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/SearchAnswer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SearchAnswer</p><h1 id="interface-searchanswer" tabindex="-1">Interface: SearchAnswer <a class="header-anchor" href="#interface-searchanswer" aria-label="Permalink to &quot;Interface: SearchAnswer&quot;">​</a></h1><p>The answer of a search request: the hits and the table version they were read from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hits" tabindex="-1">hits <a class="header-anchor" href="#hits" aria-label="Permalink to &quot;hits&quot;">​</a></h3><blockquote><p><strong>hits</strong>: <a href="./../type-aliases/SearchHit.html"><code>SearchHit</code></a>[]</p></blockquote><p>Hits, nearest first.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>The table version searched.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/SearchAnswer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SearchAnswer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SearchAnswer as default
};
