import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunningServer","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/interfaces/RunningServer.md","filePath":"api/@vcf-agent/server/interfaces/RunningServer.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/interfaces/RunningServer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / RunningServer</p><h1 id="interface-runningserver" tabindex="-1">Interface: RunningServer <a class="header-anchor" href="#interface-runningserver" aria-label="Permalink to &quot;Interface: RunningServer&quot;">​</a></h1><p>A running server.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="host" tabindex="-1">host <a class="header-anchor" href="#host" aria-label="Permalink to &quot;host&quot;">​</a></h3><blockquote><p><strong>host</strong>: <code>string</code></p></blockquote><p>The bound interface.</p><hr><h3 id="port" tabindex="-1">port <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port&quot;">​</a></h3><blockquote><p><strong>port</strong>: <code>number</code></p></blockquote><p>The bound port (useful with <code>port: 0</code>).</p><hr><h3 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h3><blockquote><p><strong>url</strong>: <code>string</code></p></blockquote><p>Base URL, e.g. <code>http://127.0.0.1:8080</code>.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="close" tabindex="-1">close() <a class="header-anchor" href="#close" aria-label="Permalink to &quot;close()&quot;">​</a></h3><blockquote><p><strong>close</strong>(): <code>Promise</code>&lt;<code>boolean</code>&gt;</p></blockquote><p>Graceful stop: stop accepting connections, let in-flight requests finish (up to <code>shutdownTimeoutMs</code>), then close the stores. Safe to call twice.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>boolean</code>&gt;</p><p>true when every request finished in time</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/interfaces/RunningServer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunningServer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunningServer as default
};
