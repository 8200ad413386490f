import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MASK","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/MASK.md","filePath":"api/@vcf-agent/core/variables/MASK.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/MASK.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / MASK</p><h1 id="variable-mask" tabindex="-1">Variable: MASK <a class="header-anchor" href="#variable-mask" aria-label="Permalink to &quot;Variable: MASK&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MASK</strong>: <code>&quot;***&quot;</code> = <code>&#39;***&#39;</code></p></blockquote><p>What a masked literal is replaced by: <code>***</code>.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">maskFilter</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;pos = 5&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">===</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> \`pos = \${</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">MASK</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">}\`</span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;"> // true</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/MASK.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MASK = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MASK as default
};
