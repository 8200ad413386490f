import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RedactMessageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RedactMessageOptions.md","filePath":"api/@vcf-agent/core/interfaces/RedactMessageOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RedactMessageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RedactMessageOptions</p><h1 id="interface-redactmessageoptions" tabindex="-1">Interface: RedactMessageOptions <a class="header-anchor" href="#interface-redactmessageoptions" aria-label="Permalink to &quot;Interface: RedactMessageOptions&quot;">​</a></h1><p>Options of <a href="./../functions/redactMessage.html">redactMessage</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="filters" tabindex="-1">filters? <a class="header-anchor" href="#filters" aria-label="Permalink to &quot;filters?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>filters?</strong>: readonly (<code>string</code> | <code>undefined</code>)[]</p></blockquote><p>Filters the message may quote verbatim (LanceDB&#39;s parse errors repeat the whole statement). Each occurrence is replaced by its <code>maskFilter</code> form first, so even short numbers and unquoted values in it are masked.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RedactMessageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RedactMessageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RedactMessageOptions as default
};
