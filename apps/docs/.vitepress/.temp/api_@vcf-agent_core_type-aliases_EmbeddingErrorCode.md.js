import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EmbeddingErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/type-aliases/EmbeddingErrorCode.md","filePath":"api/@vcf-agent/core/type-aliases/EmbeddingErrorCode.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/type-aliases/EmbeddingErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / EmbeddingErrorCode</p><h1 id="type-alias-embeddingerrorcode" tabindex="-1">Type Alias: EmbeddingErrorCode <a class="header-anchor" href="#type-alias-embeddingerrorcode" aria-label="Permalink to &quot;Type Alias: EmbeddingErrorCode&quot;">​</a></h1><blockquote><p><strong>EmbeddingErrorCode</strong> = <code>Extract</code>&lt;<a href="./ErrorCode.html"><code>ErrorCode</code></a>, <code>\`EMBED_\${string}\`</code>&gt;</p></blockquote><p>Codes <code>EMBED_*</code>, carried by <code>EmbeddingError</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/type-aliases/EmbeddingErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EmbeddingErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EmbeddingErrorCode as default
};
