import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OptimizeOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/OptimizeOptions.md","filePath":"api/@vcf-agent/core/interfaces/OptimizeOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/OptimizeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / OptimizeOptions</p><h1 id="interface-optimizeoptions" tabindex="-1">Interface: OptimizeOptions <a class="header-anchor" href="#interface-optimizeoptions" aria-label="Permalink to &quot;Interface: OptimizeOptions&quot;">​</a></h1><p>Options of <a href="./../classes/VariantStore.html#optimize">VariantStore.optimize</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deleteunverified" tabindex="-1">deleteUnverified? <a class="header-anchor" href="#deleteunverified" aria-label="Permalink to &quot;deleteUnverified?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>deleteUnverified?</strong>: <code>boolean</code></p></blockquote><p>Also delete data files no version references that are younger than 7 days (LanceDB <code>deleteUnverified</code>): leftovers of a writer that crashed mid-commit. The default is false.</p><p><strong>WARNING</strong>: only safe when every writer of the table goes through vcf-agent (its write lock is held during optimize); a writer outside it could lose files it is writing.</p><hr><h3 id="retentionms" tabindex="-1">retentionMs? <a class="header-anchor" href="#retentionms" aria-label="Permalink to &quot;retentionMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>retentionMs?</strong>: <code>number</code></p></blockquote><p>Versions older than this are removed, in ms (the latest and every tagged version are kept). The default is 7 days (<a href="./../variables/DEFAULT_RETENTION_MS.html">DEFAULT_RETENTION_MS</a>), LanceDB&#39;s own default.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/OptimizeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptimizeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptimizeOptions as default
};
