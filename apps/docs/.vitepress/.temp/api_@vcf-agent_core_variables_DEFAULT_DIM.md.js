import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_DIM","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DEFAULT_DIM.md","filePath":"api/@vcf-agent/core/variables/DEFAULT_DIM.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DEFAULT_DIM.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DEFAULT_DIM</p><h1 id="variable-default-dim" tabindex="-1">Variable: DEFAULT_DIM <a class="header-anchor" href="#variable-default-dim" aria-label="Permalink to &quot;Variable: DEFAULT\\_DIM&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_DIM</strong>: <code>1024</code> = <code>1024</code></p></blockquote><p>Default embedding dimension, as in the original tool.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DEFAULT_DIM.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_DIM = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_DIM as default
};
