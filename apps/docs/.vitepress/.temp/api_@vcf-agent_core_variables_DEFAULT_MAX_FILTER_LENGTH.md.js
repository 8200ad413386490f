import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_MAX_FILTER_LENGTH","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/DEFAULT_MAX_FILTER_LENGTH.md","filePath":"api/@vcf-agent/core/variables/DEFAULT_MAX_FILTER_LENGTH.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/DEFAULT_MAX_FILTER_LENGTH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / DEFAULT_MAX_FILTER_LENGTH</p><h1 id="variable-default-max-filter-length" tabindex="-1">Variable: DEFAULT_MAX_FILTER_LENGTH <a class="header-anchor" href="#variable-default-max-filter-length" aria-label="Permalink to &quot;Variable: DEFAULT\\_MAX\\_FILTER\\_LENGTH&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_MAX_FILTER_LENGTH</strong>: <code>4096</code> = <code>4096</code></p></blockquote><p>Default of <code>FilterCheckOptions.maxLength</code>, in characters: 4096.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">checkFilter</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;x&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">repeat</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">DEFAULT_MAX_FILTER_LENGTH</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> +</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">), { columns: [</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;x&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">] }).problems.</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">length</span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;"> // 1</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/DEFAULT_MAX_FILTER_LENGTH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_MAX_FILTER_LENGTH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_MAX_FILTER_LENGTH as default
};
