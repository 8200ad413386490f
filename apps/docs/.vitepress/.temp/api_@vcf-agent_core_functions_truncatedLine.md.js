import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: truncatedLine()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/truncatedLine.md","filePath":"api/@vcf-agent/core/functions/truncatedLine.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/truncatedLine.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / truncatedLine</p><h1 id="function-truncatedline" tabindex="-1">Function: truncatedLine() <a class="header-anchor" href="#function-truncatedline" aria-label="Permalink to &quot;Function: truncatedLine()&quot;">​</a></h1><blockquote><p><strong>truncatedLine</strong>(<code>ending</code>, <code>file</code>, <code>line</code>): <a href="./../classes/VcfParseError.html"><code>VcfParseError</code></a> | <code>undefined</code></p></blockquote><p>The error for a BGZF input without its EOF marker that ends inside a line (<code>line</code>, its last), or undefined when the input ended otherwise (or has not ended). A reader that fails to parse the last line checks this first: the line is cut, not malformed.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="ending" tabindex="-1">ending <a class="header-anchor" href="#ending" aria-label="Permalink to &quot;ending&quot;">​</a></h3><p><a href="./../interfaces/InputEnding.html"><code>InputEnding</code></a> | <code>undefined</code></p><p>how the input ended (<a href="./../interfaces/ByteSource.html#ending">ByteSource.ending</a>)</p><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><code>string</code></p><p>the file name for messages</p><h3 id="line" tabindex="-1">line <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line&quot;">​</a></h3><p><code>number</code></p><p>1-based number of the input&#39;s last line</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/VcfParseError.html"><code>VcfParseError</code></a> | <code>undefined</code></p><p>a <code>VCF_PARSE_TRUNCATED</code> error, or undefined</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/truncatedLine.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const truncatedLine = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  truncatedLine as default
};
