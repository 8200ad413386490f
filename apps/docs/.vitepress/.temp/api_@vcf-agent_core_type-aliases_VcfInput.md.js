import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VcfInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VcfInput.md","filePath":"api/@vcf-agent/core/type-aliases/VcfInput.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VcfInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VcfInput</p><h1 id="type-alias-vcfinput" tabindex="-1">Type Alias: VcfInput <a class="header-anchor" href="#type-alias-vcfinput" aria-label="Permalink to &quot;Type Alias: VcfInput&quot;">​</a></h1><blockquote><p><strong>VcfInput</strong> = <code>string</code> | <code>NodeJS.ReadableStream</code></p></blockquote><p>Where a VCF comes from: a file path, <code>&#39;-&#39;</code> for standard input, or a readable byte stream (an HTTP upload, a child process&#39;s stdout).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VcfInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VcfInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VcfInput as default
};
