import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createNullAuditLog()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/functions/createNullAuditLog.md","filePath":"api/@vcf-agent/core/functions/createNullAuditLog.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/functions/createNullAuditLog.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / createNullAuditLog</p><h1 id="function-createnullauditlog" tabindex="-1">Function: createNullAuditLog() <a class="header-anchor" href="#function-createnullauditlog" aria-label="Permalink to &quot;Function: createNullAuditLog()&quot;">​</a></h1><blockquote><p><strong>createNullAuditLog</strong>(): <a href="./../interfaces/AuditLog.html"><code>AuditLog</code></a></p></blockquote><p>An audit log that records nothing, for callers that disable auditing explicitly (tests, throw-away databases). Its <code>path</code> is undefined so the caller can tell that nothing is audited.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AuditLog.html"><code>AuditLog</code></a></p><p>a sink whose <code>record</code> resolves at once</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> audit</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> options.audit </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">===</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> false</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> ?</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createNullAuditLog</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">() </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createAuditLog</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">join</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(dbPath, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;audit.log.jsonl&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">))</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/functions/createNullAuditLog.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createNullAuditLog = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createNullAuditLog as default
};
