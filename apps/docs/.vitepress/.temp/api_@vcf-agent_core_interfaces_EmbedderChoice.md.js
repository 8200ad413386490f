import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EmbedderChoice","description":"","frontmatter":{},"headers":[],"relativePath":"api/@vcf-agent/core/interfaces/EmbedderChoice.md","filePath":"api/@vcf-agent/core/interfaces/EmbedderChoice.md"}');
const _sfc_main = { name: "api/@vcf-agent/core/interfaces/EmbedderChoice.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@vcf-agent/core</a> / EmbedderChoice</p><h1 id="interface-embedderchoice" tabindex="-1">Interface: EmbedderChoice <a class="header-anchor" href="#interface-embedderchoice" aria-label="Permalink to &quot;Interface: EmbedderChoice&quot;">​</a></h1><p>The embedder options, by their CLI/config names.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="embedder" tabindex="-1">embedder? <a class="header-anchor" href="#embedder" aria-label="Permalink to &quot;embedder?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>embedder?</strong>: <code>string</code></p></blockquote><p><code>builtin</code> (the default) or <code>openai</code>. Env <code>VCF_AGENT_EMBEDDER</code>.</p><hr><h3 id="embedding-api-key-env" tabindex="-1">embedding_api_key_env? <a class="header-anchor" href="#embedding-api-key-env" aria-label="Permalink to &quot;embedding\\_api\\_key\\_env?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>embedding_api_key_env?</strong>: <code>string</code></p></blockquote><p>Name of the environment variable that holds the API key. The default is <code>VCF_AGENT_EMBEDDING_API_KEY</code>.</p><hr><h3 id="embedding-model" tabindex="-1">embedding_model? <a class="header-anchor" href="#embedding-model" aria-label="Permalink to &quot;embedding\\_model?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>embedding_model?</strong>: <code>string</code></p></blockquote><p>Model name. Env <code>VCF_AGENT_EMBEDDING_MODEL</code>.</p><hr><h3 id="embedding-url" tabindex="-1">embedding_url? <a class="header-anchor" href="#embedding-url" aria-label="Permalink to &quot;embedding\\_url?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>embedding_url?</strong>: <code>string</code></p></blockquote><p>OpenAI-compatible API base URL, e.g. <code>http://127.0.0.1:8000/v1</code>. Env <code>VCF_AGENT_EMBEDDING_URL</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@vcf-agent/core/interfaces/EmbedderChoice.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EmbedderChoice = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EmbedderChoice as default
};
