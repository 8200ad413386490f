import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ServerErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/server/type-aliases/ServerErrorCode.md","filePath":"api/@vcf-agent/server/type-aliases/ServerErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/server/type-aliases/ServerErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/server</a> / ServerErrorCode</p><h1 id="type-alias-servererrorcode" tabindex="-1">Type Alias: ServerErrorCode <a class="header-anchor" href="#type-alias-servererrorcode" aria-label="Permalink to &quot;Type Alias: ServerErrorCode&quot;">​</a></h1><blockquote><p><strong>ServerErrorCode</strong> = <a href="./../../core/type-aliases/HttpErrorCode.html"><code>HttpErrorCode</code></a></p></blockquote><p>One of the HTTP-only codes in <a href="./../variables/ServerErrorCode.html">ServerErrorCode</a> (core&#39;s <code>HttpErrorCode</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/server/type-aliases/ServerErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ServerErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ServerErrorCode as default
};
