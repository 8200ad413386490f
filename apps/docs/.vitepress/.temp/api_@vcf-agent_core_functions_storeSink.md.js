import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: storeSink()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/storeSink.md","filePath":"api/@vcf-agent/core/functions/storeSink.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/storeSink.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / storeSink</p><h1 id="function-storesink" tabindex="-1">Function: storeSink() <a class="header-anchor" href="#function-storesink" aria-label="Permalink to &quot;Function: storeSink()&quot;">​</a></h1><blockquote><p><strong>storeSink</strong>(<code>store</code>): <a href="./../interfaces/BatchSink.html"><code>BatchSink</code></a></p></blockquote><p>The <a href="./../interfaces/BatchSink.html">BatchSink</a> of a <code>VariantStore</code>: the store itself, which implements <code>appendBatch</code> (taking the <code>candidates</code> predicate ingest builds), <code>rollbackIngest</code> and <code>auditedOperation</code>. Ingest uses nothing else of it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../classes/VariantStore.html"><code>VariantStore</code></a></p><p>the open store</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BatchSink.html"><code>BatchSink</code></a></p><p>the sink</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> sink</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> storeSink</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(store)</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">sink.dim </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// the table&#39;s dim</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/storeSink.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const storeSink = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  storeSink as default
};
