import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PRIMARY_KEY","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/PRIMARY_KEY.md","filePath":"api/@vcf-agent/core/variables/PRIMARY_KEY.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/PRIMARY_KEY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / PRIMARY_KEY</p><h1 id="variable-primary-key" tabindex="-1">Variable: PRIMARY_KEY <a class="header-anchor" href="#variable-primary-key" aria-label="Permalink to &quot;Variable: PRIMARY\\_KEY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PRIMARY_KEY</strong>: <code>&quot;variant_id&quot;</code></p></blockquote><p>The primary-key column.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/PRIMARY_KEY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PRIMARY_KEY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PRIMARY_KEY as default
};
