import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RequestOption","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RequestOption.md","filePath":"api/@vcf-agent/core/interfaces/RequestOption.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RequestOption.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RequestOption</p><h1 id="interface-requestoption" tabindex="-1">Interface: RequestOption <a class="header-anchor" href="#interface-requestoption" aria-label="Permalink to &quot;Interface: RequestOption&quot;">​</a></h1><p>One option of an operation.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="default" tabindex="-1">default? <a class="header-anchor" href="#default" aria-label="Permalink to &quot;default?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>default?</strong>: <code>string</code> | <code>number</code> | <code>boolean</code></p></blockquote><p>Default, as the operation applies it.</p><hr><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>description</strong>: <code>string</code></p></blockquote><p>One-line description.</p><hr><h3 id="min" tabindex="-1">min? <a class="header-anchor" href="#min" aria-label="Permalink to &quot;min?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>min?</strong>: <code>number</code></p></blockquote><p>Smallest value of an <code>int</code> option. The default is 0.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Name, snake_case: the CLI flag (<code>--filter_sql</code>, alias <code>--filter-sql</code>) and the JSON field.</p><hr><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>type</strong>: <a href="./../type-aliases/OptionType.html"><code>OptionType</code></a></p></blockquote><p>Value type.</p><hr><h3 id="value" tabindex="-1">value? <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>value?</strong>: <code>string</code></p></blockquote><p>Placeholder in help, e.g. <code>&lt;sql&gt;</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RequestOption.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestOption = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestOption as default
};
