import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WriteLockOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/WriteLockOptions.md","filePath":"api/@vcf-agent/core/interfaces/WriteLockOptions.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/WriteLockOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / WriteLockOptions</p><h1 id="interface-writelockoptions" tabindex="-1">Interface: WriteLockOptions <a class="header-anchor" href="#interface-writelockoptions" aria-label="Permalink to &quot;Interface: WriteLockOptions&quot;">​</a></h1><p>Options of <a href="./../functions/withWriteLock.html">withWriteLock</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="operation" tabindex="-1">operation? <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>operation?</strong>: <code>string</code></p></blockquote><p>What the holder is doing, recorded in the holder file (e.g. <code>add</code>, <code>ingest</code>).</p><hr><h3 id="stalems" tabindex="-1">staleMs? <a class="header-anchor" href="#stalems" aria-label="Permalink to &quot;staleMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>staleMs?</strong>: <code>number</code></p></blockquote><p>After how long without a heartbeat a lock file is considered stale (its holder crashed) and taken over, in ms. The holder refreshes it every <code>staleMs / 2</code>. Minimum 2 000 ms; the default is 10 000 ms.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>How long to wait for the lock before failing with <code>LOCK_TIMEOUT</code>, in ms. The default is 60 000 ms.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/WriteLockOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WriteLockOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WriteLockOptions as default
};
