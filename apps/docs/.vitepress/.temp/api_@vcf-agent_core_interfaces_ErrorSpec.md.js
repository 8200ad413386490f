import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ErrorSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/ErrorSpec.md","filePath":"api/@vcf-agent/core/interfaces/ErrorSpec.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/ErrorSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / ErrorSpec</p><h1 id="interface-errorspec" tabindex="-1">Interface: ErrorSpec <a class="header-anchor" href="#interface-errorspec" aria-label="Permalink to &quot;Interface: ErrorSpec&quot;">​</a></h1><p>One row of <a href="./../variables/ERROR_TABLE.html">ERROR_TABLE</a>: what a code means and how each adapter reports it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>description</strong>: <code>string</code></p></blockquote><p>What the code means, in one sentence (shown in the docs).</p><hr><h3 id="exit" tabindex="-1">exit <a class="header-anchor" href="#exit" aria-label="Permalink to &quot;exit&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>exit</strong>: <code>number</code></p></blockquote><p>Exit code of the <code>vcf-agent</code> CLI.</p><hr><h3 id="http" tabindex="-1">http <a class="header-anchor" href="#http" aria-label="Permalink to &quot;http&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>http</strong>: <code>number</code></p></blockquote><p>HTTP status the server answers with.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/ErrorSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ErrorSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ErrorSpec as default
};
