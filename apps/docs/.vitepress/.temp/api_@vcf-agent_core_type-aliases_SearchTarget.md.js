import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SearchTarget","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/SearchTarget.md","filePath":"api/@vcf-agent/core/type-aliases/SearchTarget.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/SearchTarget.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SearchTarget</p><h1 id="type-alias-searchtarget" tabindex="-1">Type Alias: SearchTarget <a class="header-anchor" href="#type-alias-searchtarget" aria-label="Permalink to &quot;Type Alias: SearchTarget&quot;">​</a></h1><blockquote><p><strong>SearchTarget</strong> = { <code>embedding</code>: <code>Float32Array</code> | readonly <code>number</code>[]; } | { <code>variant</code>: <code>string</code>; } | { <code>like</code>: <code>string</code>; }</p></blockquote><p>What a similarity search starts from: a query vector of the table&#39;s <code>dim</code>, a variant <code>CHROM:POS:REF:ALT</code> (1-based POS) embedded with the store&#39;s embedder, or the <code>variant_id</code> of a stored variant (its own embedding; the variant itself is left out of the hits).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/SearchTarget.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SearchTarget = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SearchTarget as default
};
