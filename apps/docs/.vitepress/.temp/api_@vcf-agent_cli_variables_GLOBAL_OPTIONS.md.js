import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: GLOBAL_OPTIONS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/cli/variables/GLOBAL_OPTIONS.md","filePath":"api/@vcf-agent/cli/variables/GLOBAL_OPTIONS.md"}');
const _sfc_main = { name: "api/@vcf-agent/cli/variables/GLOBAL_OPTIONS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/cli</a> / GLOBAL_OPTIONS</p><h1 id="variable-global-options" tabindex="-1">Variable: GLOBAL_OPTIONS <a class="header-anchor" href="#variable-global-options" aria-label="Permalink to &quot;Variable: GLOBAL\\_OPTIONS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>GLOBAL_OPTIONS</strong>: <a href="./../type-aliases/OptionName.html"><code>OptionName</code></a>[]</p></blockquote><p>Options every command takes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/cli/variables/GLOBAL_OPTIONS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GLOBAL_OPTIONS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GLOBAL_OPTIONS as default
};
