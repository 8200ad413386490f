import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: listTables()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/listTables.md","filePath":"api/@vcf-agent/core/functions/listTables.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/listTables.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / listTables</p><h1 id="function-listtables" tabindex="-1">Function: listTables() <a class="header-anchor" href="#function-listtables" aria-label="Permalink to &quot;Function: listTables()&quot;">​</a></h1><blockquote><p><strong>listTables</strong>(<code>dbPath</code>): <code>Promise</code>&lt;<code>string</code>[]&gt;</p></blockquote><p>Names of the Variant tables in a LanceDB folder (its <code>&lt;table&gt;.lance</code> folders), sorted. Opens nothing.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="dbpath" tabindex="-1">dbPath <a class="header-anchor" href="#dbpath" aria-label="Permalink to &quot;dbPath&quot;">​</a></h3><p><code>string</code></p><p>LanceDB folder</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>string</code>[]&gt;</p><p>table names; empty when the folder does not exist</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> listTables</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;./lancedb&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [&#39;variants&#39;]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/listTables.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const listTables = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  listTables as default
};
