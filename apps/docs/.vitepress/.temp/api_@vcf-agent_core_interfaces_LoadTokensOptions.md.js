import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoadTokensOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/LoadTokensOptions.md","filePath":"api/@vcf-agent/core/interfaces/LoadTokensOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/LoadTokensOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / LoadTokensOptions</p><h1 id="interface-loadtokensoptions" tabindex="-1">Interface: LoadTokensOptions <a class="header-anchor" href="#interface-loadtokensoptions" aria-label="Permalink to &quot;Interface: LoadTokensOptions&quot;">​</a></h1><p>Options of <a href="./../functions/loadTokens.html">loadTokens</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="env" tabindex="-1">env? <a class="header-anchor" href="#env" aria-label="Permalink to &quot;env?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>env?</strong>: <code>ProcessEnv</code></p></blockquote><p>Environment to read <code>VCF_AGENT_TOKENS</code> from. The default is <code>process.env</code>.</p><hr><h3 id="tokensfile" tabindex="-1">tokensFile? <a class="header-anchor" href="#tokensfile" aria-label="Permalink to &quot;tokensFile?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tokensFile?</strong>: <code>string</code></p></blockquote><p>Path of a JSON tokens file. Takes precedence over the environment.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/LoadTokensOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoadTokensOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoadTokensOptions as default
};
