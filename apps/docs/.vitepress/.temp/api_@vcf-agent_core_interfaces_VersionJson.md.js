import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionJson","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VersionJson.md","filePath":"api/@vcf-agent/core/interfaces/VersionJson.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VersionJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VersionJson</p><h1 id="interface-versionjson" tabindex="-1">Interface: VersionJson <a class="header-anchor" href="#interface-versionjson" aria-label="Permalink to &quot;Interface: VersionJson&quot;">​</a></h1><p>One version as JSON.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="actor" tabindex="-1">actor <a class="header-anchor" href="#actor" aria-label="Permalink to &quot;actor&quot;">​</a></h3><blockquote><p><strong>actor</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Who made it (null when unknown).</p><hr><h3 id="operation" tabindex="-1">operation <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation&quot;">​</a></h3><blockquote><p><strong>operation</strong>: <code>string</code> | <code>null</code></p></blockquote><p>The audited operation that made it (null when unknown).</p><hr><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><blockquote><p><strong>rows</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Rows in that version (null when LanceDB did not record it).</p><hr><h3 id="tags" tabindex="-1">tags <a class="header-anchor" href="#tags" aria-label="Permalink to &quot;tags&quot;">​</a></h3><blockquote><p><strong>tags</strong>: <code>string</code>[]</p></blockquote><p>Tags naming it.</p><hr><h3 id="timestamp" tabindex="-1">timestamp <a class="header-anchor" href="#timestamp" aria-label="Permalink to &quot;timestamp&quot;">​</a></h3><blockquote><p><strong>timestamp</strong>: <code>string</code></p></blockquote><p>Commit time, ISO-8601 UTC.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>LanceDB version number.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VersionJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionJson as default
};
