import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LogFunction","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/type-aliases/LogFunction.md","filePath":"api/@vcf-agent/server/type-aliases/LogFunction.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/type-aliases/LogFunction.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / LogFunction</p><h1 id="type-alias-logfunction" tabindex="-1">Type Alias: LogFunction <a class="header-anchor" href="#type-alias-logfunction" aria-label="Permalink to &quot;Type Alias: LogFunction&quot;">​</a></h1><blockquote><p><strong>LogFunction</strong> = (<code>line</code>) =&gt; <code>void</code></p></blockquote><p>Receives one log line (a JSON object, no trailing newline).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="line" tabindex="-1">line <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/type-aliases/LogFunction.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogFunction = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogFunction as default
};
