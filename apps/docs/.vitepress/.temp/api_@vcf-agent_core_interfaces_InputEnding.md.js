import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InputEnding","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/InputEnding.md","filePath":"api/@vcf-agent/core/interfaces/InputEnding.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/InputEnding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / InputEnding</p><h1 id="interface-inputending" tabindex="-1">Interface: InputEnding <a class="header-anchor" href="#interface-inputending" aria-label="Permalink to &quot;Interface: InputEnding&quot;">​</a></h1><p>How an input ended (see <a href="./ByteSource.html#ending">ByteSource.ending</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bgzfeofmarker" tabindex="-1">bgzfEofMarker <a class="header-anchor" href="#bgzfeofmarker" aria-label="Permalink to &quot;bgzfEofMarker&quot;">​</a></h3><blockquote><p><strong>bgzfEofMarker</strong>: <code>boolean</code> | <code>undefined</code></p></blockquote><p>BGZF input: whether its last 28 bytes are the BGZF EOF marker; undefined for plain and gzip input.</p><hr><h3 id="finalnewline" tabindex="-1">finalNewline <a class="header-anchor" href="#finalnewline" aria-label="Permalink to &quot;finalNewline&quot;">​</a></h3><blockquote><p><strong>finalNewline</strong>: <code>boolean</code></p></blockquote><p>Whether the decompressed bytes end with <code>\\n</code> (or are empty).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/InputEnding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InputEnding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InputEnding as default
};
