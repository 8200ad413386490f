import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Compression","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/Compression.md","filePath":"api/@vcf-agent/core/type-aliases/Compression.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/Compression.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / Compression</p><h1 id="type-alias-compression" tabindex="-1">Type Alias: Compression <a class="header-anchor" href="#type-alias-compression" aria-label="Permalink to &quot;Type Alias: Compression&quot;">​</a></h1><blockquote><p><strong>Compression</strong> = <code>&quot;plain&quot;</code> | <code>&quot;gzip&quot;</code> | <code>&quot;bgzf&quot;</code></p></blockquote><p>Compression detected from a file&#39;s first bytes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/Compression.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Compression = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Compression as default
};
