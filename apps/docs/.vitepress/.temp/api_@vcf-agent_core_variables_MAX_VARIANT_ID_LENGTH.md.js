import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_VARIANT_ID_LENGTH","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/MAX_VARIANT_ID_LENGTH.md","filePath":"api/@vcf-agent/core/variables/MAX_VARIANT_ID_LENGTH.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/MAX_VARIANT_ID_LENGTH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MAX_VARIANT_ID_LENGTH</p><h1 id="variable-max-variant-id-length" tabindex="-1">Variable: MAX_VARIANT_ID_LENGTH <a class="header-anchor" href="#variable-max-variant-id-length" aria-label="Permalink to &quot;Variable: MAX\\_VARIANT\\_ID\\_LENGTH&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_VARIANT_ID_LENGTH</strong>: <code>256</code> = <code>256</code></p></blockquote><p>Longest id produced by <a href="./../functions/makeVariantId.html">makeVariantId</a>, in characters.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/MAX_VARIANT_ID_LENGTH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_VARIANT_ID_LENGTH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_VARIANT_ID_LENGTH as default
};
