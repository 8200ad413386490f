import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionsJson","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/VersionsJson.md","filePath":"api/@vcf-agent/core/interfaces/VersionsJson.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/VersionsJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VersionsJson</p><h1 id="interface-versionsjson" tabindex="-1">Interface: VersionsJson <a class="header-anchor" href="#interface-versionsjson" aria-label="Permalink to &quot;Interface: VersionsJson&quot;">​</a></h1><p>The answer of <code>versions</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="table" tabindex="-1">table <a class="header-anchor" href="#table" aria-label="Permalink to &quot;table&quot;">​</a></h3><blockquote><p><strong>table</strong>: <code>string</code></p></blockquote><p>Table name.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>The latest version.</p><hr><h3 id="versions" tabindex="-1">versions <a class="header-anchor" href="#versions" aria-label="Permalink to &quot;versions&quot;">​</a></h3><blockquote><p><strong>versions</strong>: <a href="./VersionJson.html"><code>VersionJson</code></a>[]</p></blockquote><p>Every version kept, oldest first.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/VersionsJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionsJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionsJson as default
};
