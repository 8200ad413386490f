import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OptionType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/OptionType.md","filePath":"api/@vcf-agent/core/type-aliases/OptionType.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/OptionType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / OptionType</p><h1 id="type-alias-optiontype" tabindex="-1">Type Alias: OptionType <a class="header-anchor" href="#type-alias-optiontype" aria-label="Permalink to &quot;Type Alias: OptionType&quot;">​</a></h1><blockquote><p><strong>OptionType</strong> = <code>&quot;string&quot;</code> | <code>&quot;int&quot;</code> | <code>&quot;bool&quot;</code> | <code>&quot;strings&quot;</code> | <code>&quot;floats&quot;</code> | <code>&quot;json&quot;</code></p></blockquote><p>How an option&#39;s value is written: one string, an integer, a flag, a list of strings or numbers, or JSON.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/OptionType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptionType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptionType as default
};
