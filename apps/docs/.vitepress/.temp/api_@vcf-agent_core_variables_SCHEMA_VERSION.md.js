import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SCHEMA_VERSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/SCHEMA_VERSION.md","filePath":"api/@vcf-agent/core/variables/SCHEMA_VERSION.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/SCHEMA_VERSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SCHEMA_VERSION</p><h1 id="variable-schema-version" tabindex="-1">Variable: SCHEMA_VERSION <a class="header-anchor" href="#variable-schema-version" aria-label="Permalink to &quot;Variable: SCHEMA\\_VERSION&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SCHEMA_VERSION</strong>: <code>2</code> = <code>2</code></p></blockquote><p>Current schema version, recorded in the table metadata under <a href="./METADATA_SCHEMA_VERSION.html">METADATA_SCHEMA_VERSION</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/SCHEMA_VERSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SCHEMA_VERSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SCHEMA_VERSION as default
};
