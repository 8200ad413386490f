import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: COMMANDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/cli/variables/COMMANDS.md","filePath":"api/@vcf-agent/cli/variables/COMMANDS.md"}');
const _sfc_main = { name: "api/@vcf-agent/cli/variables/COMMANDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/cli</a> / COMMANDS</p><h1 id="variable-commands" tabindex="-1">Variable: COMMANDS <a class="header-anchor" href="#variable-commands" aria-label="Permalink to &quot;Variable: COMMANDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>COMMANDS</strong>: <a href="./../interfaces/CommandSpec.html"><code>CommandSpec</code></a>[]</p></blockquote><p>Every command of <code>vcf-agent</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/cli/variables/COMMANDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const COMMANDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  COMMANDS as default
};
