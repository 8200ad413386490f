import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@vcf-agent/cli","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/cli/index.md","filePath":"api/@vcf-agent/cli/index.md"}');
const _sfc_main = { name: "api/@vcf-agent/cli/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">API reference</a> / @vcf-agent/cli</p><h1 id="vcf-agent-cli" tabindex="-1">@vcf-agent/cli <a class="header-anchor" href="#vcf-agent-cli" aria-label="Permalink to &quot;@vcf-agent/cli&quot;">​</a></h1><p><code>@vcf-agent/cli</code>: the <code>vcf-agent</code> command line, a thin layer over <code>@vcf-agent/core</code>.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/CommandSpec.html">CommandSpec</a></li><li><a href="./interfaces/OptionSpec.html">OptionSpec</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/OptionName.html">OptionName</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/COMMANDS.html">COMMANDS</a></li><li><a href="./variables/GLOBAL_OPTIONS.html">GLOBAL_OPTIONS</a></li><li><a href="./variables/OPTIONS.html">OPTIONS</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/main.html">main</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/cli/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
