import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FILTER_FUNCTIONS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/FILTER_FUNCTIONS.md","filePath":"api/@vcf-agent/core/variables/FILTER_FUNCTIONS.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/FILTER_FUNCTIONS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / FILTER_FUNCTIONS</p><h1 id="variable-filter-functions" tabindex="-1">Variable: FILTER_FUNCTIONS <a class="header-anchor" href="#variable-filter-functions" aria-label="Permalink to &quot;Variable: FILTER\\_FUNCTIONS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FILTER_FUNCTIONS</strong>: <code>ReadonlyMap</code>&lt;<code>string</code>, readonly [<code>number</code>, <code>number</code>]&gt;</p></blockquote><p>Functions a filter may call (lowercase), with their accepted argument counts <code>[min, max]</code>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">FILTER_FUNCTIONS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">get</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;array_has_any&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [2, 2]</span></span>
<span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">FILTER_FUNCTIONS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">has</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;sleep&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// false</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/FILTER_FUNCTIONS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FILTER_FUNCTIONS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FILTER_FUNCTIONS as default
};
