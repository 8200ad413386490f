import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sqlString()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/sqlString.md","filePath":"api/@vcf-agent/core/functions/sqlString.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/sqlString.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / sqlString</p><h1 id="function-sqlstring" tabindex="-1">Function: sqlString() <a class="header-anchor" href="#function-sqlstring" aria-label="Permalink to &quot;Function: sqlString()&quot;">​</a></h1><blockquote><p><strong>sqlString</strong>(<code>value</code>): <code>string</code></p></blockquote><p>Quotes a string literal for a LanceDB filter: wraps it in single quotes and doubles every <code>&#39;</code>, as LanceDB&#39;s own <code>toSQL()</code> does. The result can never end the literal early, so it cannot widen a predicate.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>string</code></p><p>any string, e.g. a variant id containing <code>&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><p>a SQL string literal</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>nothing: it never throws</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">sqlString</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;1-100-A-G&#39; OR &#39;1&#39;=&#39;1&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &quot;&#39;1-100-A-G&#39;&#39; OR &#39;&#39;1&#39;&#39;=&#39;&#39;1&#39;&quot;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/sqlString.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sqlString = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sqlString as default
};
