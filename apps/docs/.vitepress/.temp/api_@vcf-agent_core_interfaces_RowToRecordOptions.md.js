import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowToRecordOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RowToRecordOptions.md","filePath":"api/@vcf-agent/core/interfaces/RowToRecordOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RowToRecordOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RowToRecordOptions</p><h1 id="interface-rowtorecordoptions" tabindex="-1">Interface: RowToRecordOptions <a class="header-anchor" href="#interface-rowtorecordoptions" aria-label="Permalink to &quot;Interface: RowToRecordOptions&quot;">​</a></h1><p>Options of <a href="./../functions/rowToRecord.html">rowToRecord</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="info" tabindex="-1">info? <a class="header-anchor" href="#info" aria-label="Permalink to &quot;info?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>info?</strong>: <code>boolean</code></p></blockquote><p>Put the stored INFO (JSON) into the record&#39;s INFO. The default is true.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RowToRecordOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowToRecordOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowToRecordOptions as default
};
