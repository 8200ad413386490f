import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: STDIN_NAME","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/STDIN_NAME.md","filePath":"api/@vcf-agent/core/variables/STDIN_NAME.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/STDIN_NAME.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / STDIN_NAME</p><h1 id="variable-stdin-name" tabindex="-1">Variable: STDIN_NAME <a class="header-anchor" href="#variable-stdin-name" aria-label="Permalink to &quot;Variable: STDIN\\_NAME&quot;">​</a></h1><blockquote><p><code>const</code> <strong>STDIN_NAME</strong>: <code>&quot;stdin&quot;</code> = <code>&#39;stdin&#39;</code></p></blockquote><p>The name <a href="./../functions/sourceName.html">sourceName</a> gives standard input in messages and in the <code>source_file</code> column.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/STDIN_NAME.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const STDIN_NAME = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  STDIN_NAME as default
};
