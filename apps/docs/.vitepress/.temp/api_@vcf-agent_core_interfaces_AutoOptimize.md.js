import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AutoOptimize","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/AutoOptimize.md","filePath":"api/@vcf-agent/core/interfaces/AutoOptimize.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/AutoOptimize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / AutoOptimize</p><h1 id="interface-autooptimize" tabindex="-1">Interface: AutoOptimize <a class="header-anchor" href="#interface-autooptimize" aria-label="Permalink to &quot;Interface: AutoOptimize&quot;">​</a></h1><p>When a store optimizes its table by itself: after <code>writes</code> commits or <code>rows</code> rows written since the last optimize, whichever comes first (0 turns a trigger off). The defaults, 20 commits and 100 000 rows, are LanceDB&#39;s rule of thumb (&quot;run optimize if you have added or modified 100,000 or more records or run more than 20 data modification operations&quot;, <code>Table.optimize</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><blockquote><p><strong>rows</strong>: <code>number</code></p></blockquote><p>Rows written (inserted, updated or deleted) since the last optimize. The default is 100 000.</p><hr><h3 id="writes" tabindex="-1">writes <a class="header-anchor" href="#writes" aria-label="Permalink to &quot;writes&quot;">​</a></h3><blockquote><p><strong>writes</strong>: <code>number</code></p></blockquote><p>Commits since the last optimize. The default is 20.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/AutoOptimize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AutoOptimize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AutoOptimize as default
};
