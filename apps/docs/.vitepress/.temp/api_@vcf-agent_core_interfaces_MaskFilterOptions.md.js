import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MaskFilterOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/MaskFilterOptions.md","filePath":"api/@vcf-agent/core/interfaces/MaskFilterOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/MaskFilterOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MaskFilterOptions</p><h1 id="interface-maskfilteroptions" tabindex="-1">Interface: MaskFilterOptions <a class="header-anchor" href="#interface-maskfilteroptions" aria-label="Permalink to &quot;Interface: MaskFilterOptions&quot;">​</a></h1><p>Options of <a href="./../functions/maskFilter.html">maskFilter</a>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">maskFilter</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;patient = jane&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, { columns: [</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;patient&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">] } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">satisfies</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MaskFilterOptions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;patient = ***&#39;</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="columns" tabindex="-1">columns? <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>columns?</strong>: readonly <code>string</code>[]</p></blockquote><p>The table&#39;s column names. When given, a bare or backtick-quoted name that is neither a keyword, a function name (a word followed by <code>(</code>) nor one of these columns is masked too. A value typed without quotes (<code>patient = jane</code>, or the tail of a mistyped <code>&#39;…&#39;</code>) is lexed as a column name, so without this list it stays readable. Case-insensitive.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/MaskFilterOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MaskFilterOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MaskFilterOptions as default
};
