import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: COMMIT_CHUNK_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/variables/COMMIT_CHUNK_BYTES.md","filePath":"api/@vcf-agent/core/variables/COMMIT_CHUNK_BYTES.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/variables/COMMIT_CHUNK_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / COMMIT_CHUNK_BYTES</p><h1 id="variable-commit-chunk-bytes" tabindex="-1">Variable: COMMIT_CHUNK_BYTES <a class="header-anchor" href="#variable-commit-chunk-bytes" aria-label="Permalink to &quot;Variable: COMMIT\\_CHUNK\\_BYTES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>COMMIT_CHUNK_BYTES</strong>: <code>number</code></p></blockquote><p>Bytes of staged Arrow data written per commit step: 64 MiB, written as two appends in flight (two table versions), or one merge. Measured on ClinVar (136 095 rows, dim 1024, 650 MB staged): 64 MiB keeps the peak RSS at ~640 MB (128 MiB: ~870 MB, 256 MiB: ~1.5 GB) for a commit within 10% as fast.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/variables/COMMIT_CHUNK_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const COMMIT_CHUNK_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  COMMIT_CHUNK_BYTES as default
};
