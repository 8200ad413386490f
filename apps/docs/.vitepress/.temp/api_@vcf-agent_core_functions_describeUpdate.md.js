import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeUpdate()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/describeUpdate.md","filePath":"api/@vcf-agent/core/functions/describeUpdate.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/describeUpdate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / describeUpdate</p><h1 id="function-describeupdate" tabindex="-1">Function: describeUpdate() <a class="header-anchor" href="#function-describeupdate" aria-label="Permalink to &quot;Function: describeUpdate()&quot;">​</a></h1><blockquote><p><strong>describeUpdate</strong>(<code>updates</code>): <code>object</code></p></blockquote><p>Describes an update for the audit log by its column names only; the new values are never logged.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="updates" tabindex="-1">updates <a class="header-anchor" href="#updates" aria-label="Permalink to &quot;updates&quot;">​</a></h3><p><code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p><p>the column → new value map of an update</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><p><code>{ columns }</code>, the updated column names sorted</p><h3 id="columns" tabindex="-1">columns <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns&quot;">​</a></h3><blockquote><p><strong>columns</strong>: <code>string</code>[]</p></blockquote><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">describeUpdate</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ clinical_significance: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;Pathogenic&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, gene: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;BRCA1&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { columns: [&#39;clinical_significance&#39;, &#39;gene&#39;] }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/describeUpdate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeUpdate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeUpdate as default
};
