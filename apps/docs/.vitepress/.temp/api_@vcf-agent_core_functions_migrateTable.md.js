import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: migrateTable()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/migrateTable.md","filePath":"api/@vcf-agent/core/functions/migrateTable.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/migrateTable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / migrateTable</p><h1 id="function-migratetable" tabindex="-1">Function: migrateTable() <a class="header-anchor" href="#function-migratetable" aria-label="Permalink to &quot;Function: migrateTable()&quot;">​</a></h1><blockquote><p><strong>migrateTable</strong>(<code>store</code>, <code>req</code>): <code>Promise</code>&lt;{ <code>added</code>: <code>string</code>[]; <code>dry_run</code>: <code>boolean</code>; <code>from_version</code>: <code>number</code>; <code>to_version</code>: <code>number</code>; }&gt;</p></blockquote><p>Migrates a table of the original tool in place (or reports what would change).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../classes/VariantStore.html"><code>VariantStore</code></a></p><p>the store</p><h3 id="req" tabindex="-1">req <a class="header-anchor" href="#req" aria-label="Permalink to &quot;req&quot;">​</a></h3><p><a href="./../type-aliases/RequestOf.html"><code>RequestOf</code></a>&lt;<code>&quot;migrate&quot;</code>&gt;</p><p><code>dry_run</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;{ <code>added</code>: <code>string</code>[]; <code>dry_run</code>: <code>boolean</code>; <code>from_version</code>: <code>number</code>; <code>to_version</code>: <code>number</code>; }&gt;</p><p>the migration result, snake_case</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> migrateTable</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(store, { dry_run: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">true</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> })</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/migrateTable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const migrateTable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  migrateTable as default
};
