import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkVcfInput()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/checkVcfInput.md","filePath":"api/@vcf-agent/core/functions/checkVcfInput.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/checkVcfInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / checkVcfInput</p><h1 id="function-checkvcfinput" tabindex="-1">Function: checkVcfInput() <a class="header-anchor" href="#function-checkvcfinput" aria-label="Permalink to &quot;Function: checkVcfInput()&quot;">​</a></h1><blockquote><p><strong>checkVcfInput</strong>(<code>input</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Checks that an input can be read before anything else is done with it (a table created, a lock taken): a path must be a readable file, named pipe or device, not a directory. Standard input and streams pass as they are.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/VcfInput.html"><code>VcfInput</code></a></p><p>a path, <code>&#39;-&#39;</code> or a stream</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>VCF_PARSE_UNREADABLE</code> when the path is missing, a directory or unreadable</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> checkVcfInput</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;calls.vcf.gz&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// throws VCF_PARSE_UNREADABLE when the file is missing</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/checkVcfInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkVcfInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkVcfInput as default
};
