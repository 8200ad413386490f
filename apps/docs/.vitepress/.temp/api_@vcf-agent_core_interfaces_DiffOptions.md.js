import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DiffOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/DiffOptions.md","filePath":"api/@vcf-agent/core/interfaces/DiffOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/DiffOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DiffOptions</p><h1 id="interface-diffoptions" tabindex="-1">Interface: DiffOptions <a class="header-anchor" href="#interface-diffoptions" aria-label="Permalink to &quot;Interface: DiffOptions&quot;">​</a></h1><p>Options of <a href="./../classes/VariantStore.html#diff">VariantStore.diff</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxids" tabindex="-1">maxIds? <a class="header-anchor" href="#maxids" aria-label="Permalink to &quot;maxIds?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxIds?</strong>: <code>number</code></p></blockquote><p>List at most this many ids of each kind (the counts are always complete); 0 lists all. The default is 1000.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/DiffOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DiffOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DiffOptions as default
};
