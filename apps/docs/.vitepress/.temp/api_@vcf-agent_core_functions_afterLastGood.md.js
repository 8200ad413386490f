import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: afterLastGood()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/afterLastGood.md","filePath":"api/@vcf-agent/core/functions/afterLastGood.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/afterLastGood.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / afterLastGood</p><h1 id="function-afterlastgood" tabindex="-1">Function: afterLastGood() <a class="header-anchor" href="#function-afterlastgood" aria-label="Permalink to &quot;Function: afterLastGood()&quot;">​</a></h1><blockquote><p><strong>afterLastGood</strong>(<code>err</code>, <code>at</code>): <code>unknown</code></p></blockquote><p>Adds where reading stopped to a <code>VCF_PARSE_TRUNCATED</code> error from <a href="./../interfaces/ByteSource.html#chunks">ByteSource.chunks</a>: the last whole line and the number of records before it. Other errors are returned as they are.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="err" tabindex="-1">err <a class="header-anchor" href="#err" aria-label="Permalink to &quot;err&quot;">​</a></h3><p><code>unknown</code></p><p>the error</p><h3 id="at" tabindex="-1">at <a class="header-anchor" href="#at" aria-label="Permalink to &quot;at&quot;">​</a></h3><p><a href="./../interfaces/ReadPoint.html"><code>ReadPoint</code></a></p><p>records and lines read before the input broke off</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>unknown</code></p><p>the error to throw</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/afterLastGood.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const afterLastGood = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  afterLastGood as default
};
