import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: VARIANT_CLASSES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/VARIANT_CLASSES.md","filePath":"api/@vcf-agent/core/variables/VARIANT_CLASSES.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/VARIANT_CLASSES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VARIANT_CLASSES</p><h1 id="variable-variant-classes" tabindex="-1">Variable: VARIANT_CLASSES <a class="header-anchor" href="#variable-variant-classes" aria-label="Permalink to &quot;Variable: VARIANT\\_CLASSES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>VARIANT_CLASSES</strong>: readonly [<code>&quot;SNV&quot;</code>, <code>&quot;MNV&quot;</code>, <code>&quot;insertion&quot;</code>, <code>&quot;deletion&quot;</code>, <code>&quot;complex_indel&quot;</code>, <code>&quot;symbolic&quot;</code>, <code>&quot;breakend&quot;</code>, <code>&quot;spanning_deletion&quot;</code>, <code>&quot;reference_block&quot;</code>]</p></blockquote><p>The variant classes <code>classifyAllele</code> assigns at ingest, the values of the <code>variant_class</code> column.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">VARIANT_CLASSES</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">includes</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;SNV&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// true</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/VARIANT_CLASSES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VARIANT_CLASSES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VARIANT_CLASSES as default
};
