import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: VariantSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/VariantSpec.md","filePath":"api/@vcf-agent/core/type-aliases/VariantSpec.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/VariantSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / VariantSpec</p><h1 id="type-alias-variantspec" tabindex="-1">Type Alias: VariantSpec <a class="header-anchor" href="#type-alias-variantspec" aria-label="Permalink to &quot;Type Alias: VariantSpec&quot;">​</a></h1><blockquote><p><strong>VariantSpec</strong> = <code>Pick</code>&lt;<a href="./../interfaces/Variant.html"><code>Variant</code></a>, <code>&quot;chrom&quot;</code> | <code>&quot;pos&quot;</code> | <code>&quot;ref&quot;</code> | <code>&quot;alt&quot;</code>&gt;</p></blockquote><p>One split variant named by its coordinates and alleles: a <code>Pick</code> of the Variant row type. CHROM exactly as written (it may contain <code>:</code> or <code>-</code>), POS 1-based, REF/ALT as written (in a <code>variant_id</code> possibly a digest).</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> spec</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> VariantSpec</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { chrom: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;17&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, pos: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">43045712</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, ref: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;T&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, alt: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;C&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/VariantSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VariantSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VariantSpec as default
};
