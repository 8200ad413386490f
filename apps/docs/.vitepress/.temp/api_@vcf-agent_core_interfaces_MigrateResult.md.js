import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MigrateResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/MigrateResult.md","filePath":"api/@vcf-agent/core/interfaces/MigrateResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/MigrateResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MigrateResult</p><h1 id="interface-migrateresult" tabindex="-1">Interface: MigrateResult <a class="header-anchor" href="#interface-migrateresult" aria-label="Permalink to &quot;Interface: MigrateResult&quot;">​</a></h1><p>Result of <a href="./../classes/VariantStore.html#migrate">VariantStore.migrate</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="added" tabindex="-1">added <a class="header-anchor" href="#added" aria-label="Permalink to &quot;added&quot;">​</a></h3><blockquote><p><strong>added</strong>: <code>string</code>[]</p></blockquote><p>Columns added (or, with <code>dryRun</code>, that would be added).</p><hr><h3 id="dryrun" tabindex="-1">dryRun <a class="header-anchor" href="#dryrun" aria-label="Permalink to &quot;dryRun&quot;">​</a></h3><blockquote><p><strong>dryRun</strong>: <code>boolean</code></p></blockquote><p>True when nothing was changed.</p><hr><h3 id="fromversion" tabindex="-1">fromVersion <a class="header-anchor" href="#fromversion" aria-label="Permalink to &quot;fromVersion&quot;">​</a></h3><blockquote><p><strong>fromVersion</strong>: <code>number</code></p></blockquote><p>Schema version before.</p><hr><h3 id="toversion" tabindex="-1">toVersion <a class="header-anchor" href="#toversion" aria-label="Permalink to &quot;toVersion&quot;">​</a></h3><blockquote><p><strong>toVersion</strong>: <code>number</code></p></blockquote><p>Schema version after (or that the migration would reach).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/MigrateResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MigrateResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MigrateResult as default
};
