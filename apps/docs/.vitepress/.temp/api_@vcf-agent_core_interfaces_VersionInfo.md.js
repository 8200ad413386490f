import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VersionInfo.md","filePath":"api/@vcf-agent/core/interfaces/VersionInfo.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VersionInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VersionInfo</p><h1 id="interface-versioninfo" tabindex="-1">Interface: VersionInfo <a class="header-anchor" href="#interface-versioninfo" aria-label="Permalink to &quot;Interface: VersionInfo&quot;">​</a></h1><p>One version of the table, as <a href="./../classes/VariantStore.html#listversions">VariantStore.listVersions</a> lists it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="actor" tabindex="-1">actor <a class="header-anchor" href="#actor" aria-label="Permalink to &quot;actor&quot;">​</a></h3><blockquote><p><strong>actor</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>Who made it, from the audit log.</p><hr><h3 id="operation" tabindex="-1">operation <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation&quot;">​</a></h3><blockquote><p><strong>operation</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>The audited operation that made it (<code>ingest</code>, <code>update</code>, <code>restore</code>, <code>optimize</code> …), from the audit log; undefined for versions written without vcf-agent&#39;s audit (the table&#39;s creation, other tools, auditing off).</p><hr><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><blockquote><p><strong>rows</strong>: <code>number</code> | <code>undefined</code></p></blockquote><p>Rows in that version (LanceDB&#39;s manifest <code>total_rows</code>); undefined when LanceDB did not record it.</p><hr><h3 id="tags" tabindex="-1">tags <a class="header-anchor" href="#tags" aria-label="Permalink to &quot;tags&quot;">​</a></h3><blockquote><p><strong>tags</strong>: <code>string</code>[]</p></blockquote><p>Tags naming this version.</p><hr><h3 id="timestamp" tabindex="-1">timestamp <a class="header-anchor" href="#timestamp" aria-label="Permalink to &quot;timestamp&quot;">​</a></h3><blockquote><p><strong>timestamp</strong>: <code>string</code></p></blockquote><p>When it was committed, ISO-8601 UTC (LanceDB&#39;s manifest).</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>LanceDB version number (every commit adds one).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VersionInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionInfo as default
};
