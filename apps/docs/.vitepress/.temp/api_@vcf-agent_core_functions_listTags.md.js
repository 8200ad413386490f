import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: listTags()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/listTags.md","filePath":"api/@vcf-agent/core/functions/listTags.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/listTags.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / listTags</p><h1 id="function-listtags" tabindex="-1">Function: listTags() <a class="header-anchor" href="#function-listtags" aria-label="Permalink to &quot;Function: listTags()&quot;">​</a></h1><blockquote><p><strong>listTags</strong>(<code>store</code>): <code>Promise</code>&lt;{ <code>table</code>: <code>string</code>; <code>tags</code>: <a href="./../interfaces/TagJson.html"><code>TagJson</code></a>[]; }&gt;</p></blockquote><p>The table&#39;s tags, by version.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../classes/VariantStore.html"><code>VariantStore</code></a></p><p>the store</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;{ <code>table</code>: <code>string</code>; <code>tags</code>: <a href="./../interfaces/TagJson.html"><code>TagJson</code></a>[]; }&gt;</p><p>the tags</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> listTags</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(store) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { table: &#39;variants&#39;, tags: [{ name: &#39;clinvar-2017-04&#39;, version: 3 }] }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/listTags.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const listTags = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  listTags as default
};
