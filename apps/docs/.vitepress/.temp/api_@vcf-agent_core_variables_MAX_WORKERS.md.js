import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_WORKERS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/MAX_WORKERS.md","filePath":"api/@vcf-agent/core/variables/MAX_WORKERS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/MAX_WORKERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MAX_WORKERS</p><h1 id="variable-max-workers" tabindex="-1">Variable: MAX_WORKERS <a class="header-anchor" href="#variable-max-workers" aria-label="Permalink to &quot;Variable: MAX\\_WORKERS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_WORKERS</strong>: <code>16</code> = <code>16</code></p></blockquote><p>Parse workers an ingest starts at the most, whatever <a href="./../interfaces/IngestOptions.html#workers">IngestOptions.workers</a> asks.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/MAX_WORKERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_WORKERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_WORKERS as default
};
