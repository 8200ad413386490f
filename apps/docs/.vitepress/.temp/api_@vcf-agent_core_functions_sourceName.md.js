import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sourceName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/sourceName.md","filePath":"api/@vcf-agent/core/functions/sourceName.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/sourceName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / sourceName</p><h1 id="function-sourcename" tabindex="-1">Function: sourceName() <a class="header-anchor" href="#function-sourcename" aria-label="Permalink to &quot;Function: sourceName()&quot;">​</a></h1><blockquote><p><strong>sourceName</strong>(<code>input</code>): <code>string</code></p></blockquote><p>The name an input goes by in messages and in the <code>source_file</code> column: a path&#39;s base name, <a href="./../variables/STDIN_NAME.html">STDIN_NAME</a> for <code>&#39;-&#39;</code>, <code>stream</code> for a byte stream.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/VcfInput.html"><code>VcfInput</code></a></p><p>the input</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><p>the name</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">sourceName</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;/data/calls.vcf.gz&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;calls.vcf.gz&#39;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/sourceName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sourceName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sourceName as default
};
