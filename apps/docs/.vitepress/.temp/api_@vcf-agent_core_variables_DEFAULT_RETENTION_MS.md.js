import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_RETENTION_MS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DEFAULT_RETENTION_MS.md","filePath":"api/@vcf-agent/core/variables/DEFAULT_RETENTION_MS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DEFAULT_RETENTION_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DEFAULT_RETENTION_MS</p><h1 id="variable-default-retention-ms" tabindex="-1">Variable: DEFAULT_RETENTION_MS <a class="header-anchor" href="#variable-default-retention-ms" aria-label="Permalink to &quot;Variable: DEFAULT\\_RETENTION\\_MS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_RETENTION_MS</strong>: <code>number</code></p></blockquote><p>The default retention period of old versions: 7 days, in ms (LanceDB&#39;s default for <code>cleanupOlderThan</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DEFAULT_RETENTION_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_RETENTION_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_RETENTION_MS as default
};
