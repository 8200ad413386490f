import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readBedFile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/readBedFile.md","filePath":"api/@vcf-agent/core/functions/readBedFile.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/readBedFile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / readBedFile</p><h1 id="function-readbedfile" tabindex="-1">Function: readBedFile() <a class="header-anchor" href="#function-readbedfile" aria-label="Permalink to &quot;Function: readBedFile()&quot;">​</a></h1><blockquote><p><strong>readBedFile</strong>(<code>path</code>): <code>Promise</code>&lt;<a href="./../interfaces/Region.html"><code>Region</code></a>[]&gt;</p></blockquote><p>Reads a BED file (see <a href="./parseBed.html">parseBed</a>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><p>BED file</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/Region.html"><code>Region</code></a>[]&gt;</p><p>the regions</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><code>USAGE_INVALID_ARGUMENT</code> when the file cannot be read or a line is malformed</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> readBedFile</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;targets.bed&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;chr1\\t99\\t200&#39; → { chrom: &#39;chr1&#39;, beg: 100, end: 200 }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/readBedFile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readBedFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readBedFile as default
};
