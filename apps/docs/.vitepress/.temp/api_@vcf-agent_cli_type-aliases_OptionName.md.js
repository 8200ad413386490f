import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OptionName","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/cli/type-aliases/OptionName.md","filePath":"api/@vcf-agent/cli/type-aliases/OptionName.md"}');
const _sfc_main = { name: "api/@vcf-agent/cli/type-aliases/OptionName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/cli</a> / OptionName</p><h1 id="type-alias-optionname" tabindex="-1">Type Alias: OptionName <a class="header-anchor" href="#type-alias-optionname" aria-label="Permalink to &quot;Type Alias: OptionName&quot;">​</a></h1><blockquote><p><strong>OptionName</strong> = keyof <em>typeof</em> <a href="./../variables/OPTIONS.html"><code>OPTIONS</code></a></p></blockquote><p>Canonical option name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/cli/type-aliases/OptionName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptionName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptionName as default
};
