import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RequestFiles","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/RequestFiles.md","filePath":"api/@vcf-agent/core/interfaces/RequestFiles.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/RequestFiles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / RequestFiles</p><h1 id="interface-requestfiles" tabindex="-1">Interface: RequestFiles <a class="header-anchor" href="#interface-requestfiles" aria-label="Permalink to &quot;Interface: RequestFiles&quot;">​</a></h1><p>How <code>regions_file</code> is given: a path to read (CLI) or the BED text itself (HTTP).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="regionsfile" tabindex="-1">regionsFile <a class="header-anchor" href="#regionsfile" aria-label="Permalink to &quot;regionsFile&quot;">​</a></h3><blockquote><p><strong>regionsFile</strong>: <code>&quot;path&quot;</code> | <code>&quot;text&quot;</code></p></blockquote><p><code>path</code>: read the file; <code>text</code>: the value is the BED content.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/RequestFiles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestFiles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestFiles as default
};
