import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RecordOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RecordOptions.md","filePath":"api/@vcf-agent/core/interfaces/RecordOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RecordOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RecordOptions</p><h1 id="interface-recordoptions" tabindex="-1">Interface: RecordOptions <a class="header-anchor" href="#interface-recordoptions" aria-label="Permalink to &quot;Interface: RecordOptions&quot;">​</a></h1><p>Options of <a href="./AuditLog.html#record">AuditLog.record</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="durable" tabindex="-1">durable? <a class="header-anchor" href="#durable" aria-label="Permalink to &quot;durable?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>durable?</strong>: <code>boolean</code></p></blockquote><p>Wait until the record is synced to disk (default true). Writes always wait; reads pass false, so a crash can lose the records of reads answered in the last batch window (one fsync, a few ms) — never a write&#39;s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RecordOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RecordOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RecordOptions as default
};
