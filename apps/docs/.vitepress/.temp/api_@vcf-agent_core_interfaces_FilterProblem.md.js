import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FilterProblem","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/FilterProblem.md","filePath":"api/@vcf-agent/core/interfaces/FilterProblem.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/FilterProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / FilterProblem</p><h1 id="interface-filterproblem" tabindex="-1">Interface: FilterProblem <a class="header-anchor" href="#interface-filterproblem" aria-label="Permalink to &quot;Interface: FilterProblem&quot;">​</a></h1><p>One reason a filter was refused. Names the construct; never contains literal values.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> p</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> FilterProblem</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { problem: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;function sleep is not allowed&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="problem" tabindex="-1">problem <a class="header-anchor" href="#problem" aria-label="Permalink to &quot;problem&quot;">​</a></h3><blockquote><p><strong>problem</strong>: <code>string</code></p></blockquote><p>e.g. <code>function sleep is not allowed</code>, <code>unknown column patient_email</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/FilterProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FilterProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FilterProblem as default
};
