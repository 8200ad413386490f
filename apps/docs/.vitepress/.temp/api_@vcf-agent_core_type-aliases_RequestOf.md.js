import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RequestOf<O>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/RequestOf.md","filePath":"api/@vcf-agent/core/type-aliases/RequestOf.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/RequestOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RequestOf</p><h1 id="type-alias-requestof-o" tabindex="-1">Type Alias: RequestOf&lt;O&gt; <a class="header-anchor" href="#type-alias-requestof-o" aria-label="Permalink to &quot;Type Alias: RequestOf\\&lt;O\\&gt;&quot;">​</a></h1><blockquote><p><strong>RequestOf</strong>&lt;<code>O</code>&gt; = <code>{ -readonly [K in typeof OPERATION_OPTIONS[O][number]]?: ValueOf&lt;typeof REQUEST_OPTIONS[K][&quot;type&quot;]&gt; }</code></p></blockquote><p>The typed request of an operation: each of its options, optional.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="o" tabindex="-1">O <a class="header-anchor" href="#o" aria-label="Permalink to &quot;O&quot;">​</a></h3><p><code>O</code> <em>extends</em> <a href="./Operation.html"><code>Operation</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/RequestOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestOf as default
};
