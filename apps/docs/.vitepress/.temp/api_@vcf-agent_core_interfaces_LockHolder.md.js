import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LockHolder","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/LockHolder.md","filePath":"api/@vcf-agent/core/interfaces/LockHolder.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/LockHolder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / LockHolder</p><h1 id="interface-lockholder" tabindex="-1">Interface: LockHolder <a class="header-anchor" href="#interface-lockholder" aria-label="Permalink to &quot;Interface: LockHolder&quot;">​</a></h1><p>Who holds a write lock, as recorded in <code>&lt;lock&gt;.holder.json</code> beside the lock.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hostname" tabindex="-1">hostname <a class="header-anchor" href="#hostname" aria-label="Permalink to &quot;hostname&quot;">​</a></h3><blockquote><p><strong>hostname</strong>: <code>string</code></p></blockquote><p>Host name of the holder.</p><hr><h3 id="operation" tabindex="-1">operation <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation&quot;">​</a></h3><blockquote><p><strong>operation</strong>: <code>string</code></p></blockquote><p>What the holder is doing.</p><hr><h3 id="pid" tabindex="-1">pid <a class="header-anchor" href="#pid" aria-label="Permalink to &quot;pid&quot;">​</a></h3><blockquote><p><strong>pid</strong>: <code>number</code></p></blockquote><p>Process id of the holder.</p><hr><h3 id="since" tabindex="-1">since <a class="header-anchor" href="#since" aria-label="Permalink to &quot;since&quot;">​</a></h3><blockquote><p><strong>since</strong>: <code>string</code></p></blockquote><p>When the holder acquired the lock, ISO-8601 UTC.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/LockHolder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LockHolder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LockHolder as default
};
