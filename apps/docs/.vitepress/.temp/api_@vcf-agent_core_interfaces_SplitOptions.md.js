import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SplitOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/SplitOptions.md","filePath":"api/@vcf-agent/core/interfaces/SplitOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/SplitOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / SplitOptions</p><h1 id="interface-splitoptions" tabindex="-1">Interface: SplitOptions <a class="header-anchor" href="#interface-splitoptions" aria-label="Permalink to &quot;Interface: SplitOptions&quot;">​</a></h1><p>Options of <a href="./../functions/splitRecord.html">splitRecord</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="clinicalsignificancekey" tabindex="-1">clinicalSignificanceKey? <a class="header-anchor" href="#clinicalsignificancekey" aria-label="Permalink to &quot;clinicalSignificanceKey?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>clinicalSignificanceKey?</strong>: <code>string</code></p></blockquote><p>INFO key holding clinical significance. The default is <code>CLNSIG</code>.</p><hr><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <code>string</code></p></blockquote><p>File name for error messages.</p><hr><h3 id="warn" tabindex="-1">warn? <a class="header-anchor" href="#warn" aria-label="Permalink to &quot;warn?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>warn?</strong>: (<code>key</code>, <code>message</code>) =&gt; <code>void</code></p></blockquote><p>Receives each warning (undeclared INFO tag or contig) once per key.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h5><p><code>string</code></p><h5 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h5><p><code>string</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/SplitOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SplitOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SplitOptions as default
};
