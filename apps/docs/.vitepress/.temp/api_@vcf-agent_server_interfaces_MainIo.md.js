import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MainIo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/interfaces/MainIo.md","filePath":"api/@vcf-agent/server/interfaces/MainIo.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/interfaces/MainIo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / MainIo</p><h1 id="interface-mainio" tabindex="-1">Interface: MainIo <a class="header-anchor" href="#interface-mainio" aria-label="Permalink to &quot;Interface: MainIo&quot;">​</a></h1><p>Where <a href="./../functions/main.html">main</a> writes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="env" tabindex="-1">env <a class="header-anchor" href="#env" aria-label="Permalink to &quot;env&quot;">​</a></h3><blockquote><p><strong>env</strong>: <code>ProcessEnv</code></p></blockquote><p>Environment (for <code>VCF_AGENT_TOKENS</code>).</p><hr><h3 id="stderr" tabindex="-1">stderr <a class="header-anchor" href="#stderr" aria-label="Permalink to &quot;stderr&quot;">​</a></h3><blockquote><p><strong>stderr</strong>: <code>object</code></p></blockquote><p>Human-facing output: the listening URL, errors, logs.</p><h4 id="write" tabindex="-1">write() <a class="header-anchor" href="#write" aria-label="Permalink to &quot;write()&quot;">​</a></h4><blockquote><p><strong>write</strong>(<code>text</code>): <code>unknown</code></p></blockquote><h5 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h5><h6 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h6><p><code>string</code></p><h5 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h5><p><code>unknown</code></p><hr><h3 id="stdout" tabindex="-1">stdout <a class="header-anchor" href="#stdout" aria-label="Permalink to &quot;stdout&quot;">​</a></h3><blockquote><p><strong>stdout</strong>: <code>object</code></p></blockquote><p>Help and version.</p><h4 id="write-1" tabindex="-1">write() <a class="header-anchor" href="#write-1" aria-label="Permalink to &quot;write()&quot;">​</a></h4><blockquote><p><strong>write</strong>(<code>text</code>): <code>unknown</code></p></blockquote><h5 id="parameters-1" tabindex="-1">Parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;Parameters&quot;">​</a></h5><h6 id="text-1" tabindex="-1">text <a class="header-anchor" href="#text-1" aria-label="Permalink to &quot;text&quot;">​</a></h6><p><code>string</code></p><h5 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h5><p><code>unknown</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/interfaces/MainIo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MainIo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MainIo as default
};
