import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OptionSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/cli/interfaces/OptionSpec.md","filePath":"api/@vcf-agent/cli/interfaces/OptionSpec.md"}');
const _sfc_main = { name: "api/@vcf-agent/cli/interfaces/OptionSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/cli</a> / OptionSpec</p><h1 id="interface-optionspec" tabindex="-1">Interface: OptionSpec <a class="header-anchor" href="#interface-optionspec" aria-label="Permalink to &quot;Interface: OptionSpec&quot;">​</a></h1><p>One CLI option.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="default" tabindex="-1">default? <a class="header-anchor" href="#default" aria-label="Permalink to &quot;default?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>default?</strong>: <code>string</code> | <code>number</code> | <code>boolean</code></p></blockquote><p>Default value, shown in help.</p><hr><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><strong>description</strong>: <code>string</code></p></blockquote><p>One-line description.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Canonical (snake_case) name, without dashes.</p><hr><h3 id="value" tabindex="-1">value? <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>value?</strong>: <code>string</code></p></blockquote><p>Value placeholder, e.g. <code>&lt;path&gt;</code>; absent for boolean flags.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/cli/interfaces/OptionSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptionSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptionSpec as default
};
