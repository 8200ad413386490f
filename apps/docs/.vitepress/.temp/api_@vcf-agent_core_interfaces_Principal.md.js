import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Principal","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/Principal.md","filePath":"api/@vcf-agent/core/interfaces/Principal.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/Principal.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / Principal</p><h1 id="interface-principal" tabindex="-1">Interface: Principal <a class="header-anchor" href="#interface-principal" aria-label="Permalink to &quot;Interface: Principal&quot;">​</a></h1><p>The authenticated caller of a request.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>The token&#39;s <code>name</code>, used as the audit actor.</p><hr><h3 id="scopes" tabindex="-1">scopes <a class="header-anchor" href="#scopes" aria-label="Permalink to &quot;scopes&quot;">​</a></h3><blockquote><p><strong>scopes</strong>: readonly <a href="./../type-aliases/Scope.html"><code>Scope</code></a>[]</p></blockquote><p>The token&#39;s scopes as configured.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/Principal.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Principal = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Principal as default
};
