import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IndexInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/IndexInfo.md","filePath":"api/@vcf-agent/core/interfaces/IndexInfo.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/IndexInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / IndexInfo</p><h1 id="interface-indexinfo" tabindex="-1">Interface: IndexInfo <a class="header-anchor" href="#interface-indexinfo" aria-label="Permalink to &quot;Interface: IndexInfo&quot;">​</a></h1><p>An index on the table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="columns" tabindex="-1">columns <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns&quot;">​</a></h3><blockquote><p><strong>columns</strong>: <code>string</code>[]</p></blockquote><p>Indexed columns.</p><hr><h3 id="indextype" tabindex="-1">indexType <a class="header-anchor" href="#indextype" aria-label="Permalink to &quot;indexType&quot;">​</a></h3><blockquote><p><strong>indexType</strong>: <code>string</code></p></blockquote><p>LanceDB index type, e.g. <code>BTree</code>, <code>Bitmap</code>, <code>LabelList</code>, <code>IvfPq</code>.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Index name (<code>&lt;column&gt;_idx</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/IndexInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IndexInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IndexInfo as default
};
