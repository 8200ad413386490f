import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VcfAgentApp","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/interfaces/VcfAgentApp.md","filePath":"api/@vcf-agent/server/interfaces/VcfAgentApp.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/interfaces/VcfAgentApp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / VcfAgentApp</p><h1 id="interface-vcfagentapp" tabindex="-1">Interface: VcfAgentApp <a class="header-anchor" href="#interface-vcfagentapp" aria-label="Permalink to &quot;Interface: VcfAgentApp&quot;">​</a></h1><p>What <a href="./../functions/createApp.html">createApp</a> returns.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="app" tabindex="-1">app <a class="header-anchor" href="#app" aria-label="Permalink to &quot;app&quot;">​</a></h3><blockquote><p><strong>app</strong>: <code>OpenAPIHono</code>&lt;<a href="./AppEnv.html"><code>AppEnv</code></a>&gt;</p></blockquote><p>The Hono app: pass <code>app.fetch</code> to a server, or call <code>app.request()</code> in tests.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="close" tabindex="-1">close() <a class="header-anchor" href="#close" aria-label="Permalink to &quot;close()&quot;">​</a></h3><blockquote><p><strong>close</strong>(): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Closes every open store. Call it after the server has stopped taking requests.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/interfaces/VcfAgentApp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VcfAgentApp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VcfAgentApp as default
};
