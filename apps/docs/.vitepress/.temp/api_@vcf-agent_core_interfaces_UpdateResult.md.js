import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UpdateResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/UpdateResult.md","filePath":"api/@vcf-agent/core/interfaces/UpdateResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/UpdateResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / UpdateResult</p><h1 id="interface-updateresult" tabindex="-1">Interface: UpdateResult <a class="header-anchor" href="#interface-updateresult" aria-label="Permalink to &quot;Interface: UpdateResult&quot;">​</a></h1><p>Result of <a href="./../classes/VariantStore.html#updatevariant">VariantStore.updateVariant</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="updated" tabindex="-1">updated <a class="header-anchor" href="#updated" aria-label="Permalink to &quot;updated&quot;">​</a></h3><blockquote><p><strong>updated</strong>: <code>number</code></p></blockquote><p>Rows changed: 0 when no variant has that id.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/UpdateResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UpdateResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UpdateResult as default
};
