import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RestoreResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RestoreResult.md","filePath":"api/@vcf-agent/core/interfaces/RestoreResult.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RestoreResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RestoreResult</p><h1 id="interface-restoreresult" tabindex="-1">Interface: RestoreResult <a class="header-anchor" href="#interface-restoreresult" aria-label="Permalink to &quot;Interface: RestoreResult&quot;">​</a></h1><p>Result of <a href="./../classes/VariantStore.html#restore">VariantStore.restore</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="restored" tabindex="-1">restored <a class="header-anchor" href="#restored" aria-label="Permalink to &quot;restored&quot;">​</a></h3><blockquote><p><strong>restored</strong>: <code>number</code></p></blockquote><p>The version whose content was restored.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>The new version (equal in content to <code>restored</code>).</p><hr><h3 id="versionbefore" tabindex="-1">versionBefore <a class="header-anchor" href="#versionbefore" aria-label="Permalink to &quot;versionBefore&quot;">​</a></h3><blockquote><p><strong>versionBefore</strong>: <code>number</code></p></blockquote><p>The latest version before the restore.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RestoreResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RestoreResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RestoreResult as default
};
