import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Scope","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/Scope.md","filePath":"api/@vcf-agent/core/type-aliases/Scope.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/Scope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / Scope</p><h1 id="type-alias-scope" tabindex="-1">Type Alias: Scope <a class="header-anchor" href="#type-alias-scope" aria-label="Permalink to &quot;Type Alias: Scope&quot;">​</a></h1><blockquote><p><strong>Scope</strong> = <code>&quot;read&quot;</code> | <code>&quot;write&quot;</code> | <code>&quot;admin&quot;</code></p></blockquote><p>A token scope. Scopes are ordered: <code>admin</code> implies <code>write</code>, and <code>write</code> implies <code>read</code>.</p><ul><li><code>read</code>: list tables, get, search, filter, stats, list indexes, the OpenAPI document;</li><li><code>write</code>: add, update, delete and ingest variants;</li><li><code>admin</code>: create tables and indexes.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/Scope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Scope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Scope as default
};
