import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AppEnv","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/interfaces/AppEnv.md","filePath":"api/@vcf-agent/server/interfaces/AppEnv.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/interfaces/AppEnv.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / AppEnv</p><h1 id="interface-appenv" tabindex="-1">Interface: AppEnv <a class="header-anchor" href="#interface-appenv" aria-label="Permalink to &quot;Interface: AppEnv&quot;">​</a></h1><p>Hono environment of the app: what middleware stores on the context for handlers.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h3><blockquote><p><strong>Variables</strong>: <code>object</code></p></blockquote><h4 id="principal" tabindex="-1">principal <a class="header-anchor" href="#principal" aria-label="Permalink to &quot;principal&quot;">​</a></h4><blockquote><p><strong>principal</strong>: <a href="./../../core/interfaces/Principal.html"><code>Principal</code></a></p></blockquote><p>The authenticated caller; set by the <code>requireScope</code> middleware on every route except <code>/healthz</code>.</p><h4 id="requestid" tabindex="-1">requestId <a class="header-anchor" href="#requestid" aria-label="Permalink to &quot;requestId&quot;">​</a></h4><blockquote><p><strong>requestId</strong>: <code>string</code></p></blockquote><p>Id of this request (a random UUID), also sent as the <code>x-request-id</code> response header.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/interfaces/AppEnv.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AppEnv = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AppEnv as default
};
