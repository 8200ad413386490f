import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_AUTO_OPTIMIZE","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DEFAULT_AUTO_OPTIMIZE.md","filePath":"api/@vcf-agent/core/variables/DEFAULT_AUTO_OPTIMIZE.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DEFAULT_AUTO_OPTIMIZE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DEFAULT_AUTO_OPTIMIZE</p><h1 id="variable-default-auto-optimize" tabindex="-1">Variable: DEFAULT_AUTO_OPTIMIZE <a class="header-anchor" href="#variable-default-auto-optimize" aria-label="Permalink to &quot;Variable: DEFAULT\\_AUTO\\_OPTIMIZE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_AUTO_OPTIMIZE</strong>: <code>Readonly</code>&lt;<a href="./../interfaces/AutoOptimize.html"><code>AutoOptimize</code></a>&gt;</p></blockquote><p>The default <a href="./../interfaces/AutoOptimize.html">AutoOptimize</a>: 20 commits or 100 000 rows.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DEFAULT_AUTO_OPTIMIZE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_AUTO_OPTIMIZE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_AUTO_OPTIMIZE as default
};
