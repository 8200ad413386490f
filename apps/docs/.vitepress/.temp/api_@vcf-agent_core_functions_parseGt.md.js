import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseGt()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/parseGt.md","filePath":"api/@vcf-agent/core/functions/parseGt.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/parseGt.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / parseGt</p><h1 id="function-parsegt" tabindex="-1">Function: parseGt() <a class="header-anchor" href="#function-parsegt" aria-label="Permalink to &quot;Function: parseGt()&quot;">​</a></h1><blockquote><p><strong>parseGt</strong>(<code>gt</code>): <code>number</code>[]</p></blockquote><p>Parses a GT value into allele indexes, <code>-1</code> for <code>.</code> — leniently: text that is not a genotype (see <a href="./gtAlleles.html">gtAlleles</a>) gives the alleles read up to the first character that does not belong. Ingest uses <a href="./gtAlleles.html">gtAlleles</a> and refuses such a record instead.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="gt" tabindex="-1">gt <a class="header-anchor" href="#gt" aria-label="Permalink to &quot;gt&quot;">​</a></h3><p><code>string</code></p><p>the GT text, e.g. <code>0/1</code>, <code>1|2</code>, <code>./.</code>, <code>1</code>, <code>/0|1</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p><p>allele indexes, or an empty array for an empty GT</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">parseGt</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;0|2&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [0, 2]</span></span>
<span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">parseGt</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;./1&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [-1, 1]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/parseGt.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseGt = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseGt as default
};
