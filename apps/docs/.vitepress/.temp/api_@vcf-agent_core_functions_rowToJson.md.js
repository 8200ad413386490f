import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rowToJson()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/rowToJson.md","filePath":"api/@vcf-agent/core/functions/rowToJson.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/rowToJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / rowToJson</p><h1 id="function-rowtojson" tabindex="-1">Function: rowToJson() <a class="header-anchor" href="#function-rowtojson" aria-label="Permalink to &quot;Function: rowToJson()&quot;">​</a></h1><blockquote><p><strong>rowToJson</strong>(<code>row</code>): <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>A row as JSON: typed arrays become arrays, 64-bit integers numbers.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="row" tabindex="-1">row <a class="header-anchor" href="#row" aria-label="Permalink to &quot;row&quot;">​</a></h3><p><code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt; | <a href="./../interfaces/Variant.html"><code>Variant</code></a> | <a href="./../type-aliases/SearchHit.html"><code>SearchHit</code></a></p><p>a stored row or search hit</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p><p>a plain JSON object</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">JSON</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">stringify</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">rowToJson</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(hit))</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/rowToJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rowToJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rowToJson as default
};
