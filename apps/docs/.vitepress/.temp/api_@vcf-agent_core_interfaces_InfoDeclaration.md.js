import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InfoDeclaration","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/InfoDeclaration.md","filePath":"api/@vcf-agent/core/interfaces/InfoDeclaration.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/InfoDeclaration.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / InfoDeclaration</p><h1 id="interface-infodeclaration" tabindex="-1">Interface: InfoDeclaration <a class="header-anchor" href="#interface-infodeclaration" aria-label="Permalink to &quot;Interface: InfoDeclaration&quot;">​</a></h1><p>An INFO declaration from <code>##INFO=&lt;ID=…,Number=…,Type=…&gt;</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="number" tabindex="-1">Number <a class="header-anchor" href="#number" aria-label="Permalink to &quot;Number&quot;">​</a></h3><blockquote><p><strong>Number</strong>: <code>string</code></p></blockquote><p><code>Number</code>: an integer, or <code>A</code> (one per ALT), <code>R</code> (one per allele incl. REF), <code>G</code> (one per genotype), <code>.</code>.</p><hr><h3 id="type" tabindex="-1">Type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;Type&quot;">​</a></h3><blockquote><p><strong>Type</strong>: <code>string</code></p></blockquote><p><code>Type</code>: Integer, Float, Flag, Character or String.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/InfoDeclaration.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InfoDeclaration = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InfoDeclaration as default
};
