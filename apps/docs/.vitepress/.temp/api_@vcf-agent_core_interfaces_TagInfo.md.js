import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TagInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/TagInfo.md","filePath":"api/@vcf-agent/core/interfaces/TagInfo.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/TagInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / TagInfo</p><h1 id="interface-taginfo" tabindex="-1">Interface: TagInfo <a class="header-anchor" href="#interface-taginfo" aria-label="Permalink to &quot;Interface: TagInfo&quot;">​</a></h1><p>A tag: a name for one version (LanceDB <code>Tags</code>). Tags never move; delete and create again to re-point one.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Tag name, e.g. <code>clinvar-2024-06</code>.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>The version it names.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/TagInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TagInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TagInfo as default
};
