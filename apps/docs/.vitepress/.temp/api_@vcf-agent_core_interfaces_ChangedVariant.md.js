import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChangedVariant","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/ChangedVariant.md","filePath":"api/@vcf-agent/core/interfaces/ChangedVariant.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/ChangedVariant.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ChangedVariant</p><h1 id="interface-changedvariant" tabindex="-1">Interface: ChangedVariant <a class="header-anchor" href="#interface-changedvariant" aria-label="Permalink to &quot;Interface: ChangedVariant&quot;">​</a></h1><p>One variant whose content differs between the two versions of a <a href="./DiffResult.html">DiffResult</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="columns" tabindex="-1">columns <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns&quot;">​</a></h3><blockquote><p><strong>columns</strong>: <code>string</code>[]</p></blockquote><p>The content columns that differ (see <a href="./../variables/DIFF_COLUMNS.html">DIFF_COLUMNS</a>).</p><hr><h3 id="variant-id" tabindex="-1">variant_id <a class="header-anchor" href="#variant-id" aria-label="Permalink to &quot;variant\\_id&quot;">​</a></h3><blockquote><p><strong>variant_id</strong>: <code>string</code></p></blockquote><p>The <code>variant_id</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/ChangedVariant.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChangedVariant = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChangedVariant as default
};
