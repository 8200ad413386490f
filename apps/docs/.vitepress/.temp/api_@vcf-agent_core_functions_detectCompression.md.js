import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: detectCompression()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/detectCompression.md","filePath":"api/@vcf-agent/core/functions/detectCompression.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/detectCompression.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / detectCompression</p><h1 id="function-detectcompression" tabindex="-1">Function: detectCompression() <a class="header-anchor" href="#function-detectcompression" aria-label="Permalink to &quot;Function: detectCompression()&quot;">​</a></h1><blockquote><p><strong>detectCompression</strong>(<code>path</code>): <code>Promise</code>&lt;{ <code>compression</code>: <a href="./../type-aliases/Compression.html"><code>Compression</code></a>; <code>totalBytes</code>: <code>number</code> | <code>undefined</code>; }&gt;</p></blockquote><p>Detects the compression of a file from its first bytes, and gives its size.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><p>file path</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;{ <code>compression</code>: <a href="./../type-aliases/Compression.html"><code>Compression</code></a>; <code>totalBytes</code>: <code>number</code> | <code>undefined</code>; }&gt;</p><p>the compression and the file size in bytes (undefined for a pipe)</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>VCF_PARSE_UNREADABLE</code> when the file is missing, unreadable or empty</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> detectCompression</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;clinvar.vcf.gz&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { compression: &#39;bgzf&#39;, totalBytes: 4183787 }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/detectCompression.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const detectCompression = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  detectCompression as default
};
