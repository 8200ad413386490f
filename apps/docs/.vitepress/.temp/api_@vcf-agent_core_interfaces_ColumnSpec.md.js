import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ColumnSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/ColumnSpec.md","filePath":"api/@vcf-agent/core/interfaces/ColumnSpec.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/ColumnSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ColumnSpec</p><h1 id="interface-columnspec" tabindex="-1">Interface: ColumnSpec <a class="header-anchor" href="#interface-columnspec" aria-label="Permalink to &quot;Interface: ColumnSpec&quot;">​</a></h1><p>One column of the Variant table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>description</strong>: <code>string</code></p></blockquote><p>What the column holds, with units and the VCF field it comes from.</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <a href="./../type-aliases/ColumnKind.html"><code>ColumnKind</code></a></p></blockquote><p>Storage type.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Lowercase snake_case storage name.</p><hr><h3 id="nullable" tabindex="-1">nullable <a class="header-anchor" href="#nullable" aria-label="Permalink to &quot;nullable&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>nullable</strong>: <code>boolean</code></p></blockquote><p>Whether null is allowed.</p><hr><h3 id="since" tabindex="-1">since <a class="header-anchor" href="#since" aria-label="Permalink to &quot;since&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>since</strong>: <code>number</code></p></blockquote><p>Schema version that introduced the column (1 = the original Python tool&#39;s table).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/ColumnSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ColumnSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ColumnSpec as default
};
