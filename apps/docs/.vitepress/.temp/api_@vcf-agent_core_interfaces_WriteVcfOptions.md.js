import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WriteVcfOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/WriteVcfOptions.md","filePath":"api/@vcf-agent/core/interfaces/WriteVcfOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/WriteVcfOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / WriteVcfOptions</p><h1 id="interface-writevcfoptions" tabindex="-1">Interface: WriteVcfOptions <a class="header-anchor" href="#interface-writevcfoptions" aria-label="Permalink to &quot;Interface: WriteVcfOptions&quot;">​</a></h1><p>Options of <a href="./../functions/writeVcf.html">writeVcf</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="source" tabindex="-1">source? <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>source?</strong>: <code>string</code></p></blockquote><p>Value of the <code>##source</code> header line; omitted when not given.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/WriteVcfOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WriteVcfOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WriteVcfOptions as default
};
