import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Overview","description":"","frontmatter":{},"headers":[],"relativePath":"index.md","filePath":"index.md"}');
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="overview" tabindex="-1">Overview <a class="header-anchor" href="#overview" aria-label="Permalink to &quot;Overview&quot;">​</a></h1><p>vcf-agent stores genomic variants from VCF files in <a href="https://lancedb.github.io/lancedb/" target="_blank" rel="noreferrer">LanceDB</a> and lets you search them by embedding similarity and by metadata — from a TypeScript library, a CLI and an HTTP server (being built). It replaces an earlier Python tool and keeps its table, command names and snake_case flags.</p><ul><li><strong>Exact ingestion.</strong> Plain, gzip or BGZF VCFs (told apart by their bytes), one row per ALT allele exactly as <code>bcftools norm -m -any</code> splits them.</li><li><strong>Embeddings without a network.</strong> A deterministic feature embedder (chromosome, position, variant class, allele lengths, substitution type, k-mers, gene, clinical significance, AF), or any OpenAI-compatible endpoint.</li><li><strong>Safe writes.</strong> Every write runs under an in-process mutex <em>and</em> a cross-process lock file; reads always see the latest commit; a failed ingest rolls back its rows. See the <a href="/guide/concurrency.html">concurrency model</a>.</li></ul><h2 id="packages" tabindex="-1">Packages <a class="header-anchor" href="#packages" aria-label="Permalink to &quot;Packages&quot;">​</a></h2><table tabindex="0"><thead><tr><th>package</th><th>what</th><th>reference</th></tr></thead><tbody><tr><td><code>@vcf-agent/core</code></td><td>schema, locked LanceDB store, ingestion, embeddings, typed errors</td><td><a href="/api/">API</a></td></tr><tr><td><code>@vcf-agent/cli</code></td><td>the <code>vcf-agent</code> binary, a thin layer over core</td><td><a href="/cli/">CLI</a></td></tr><tr><td><code>@vcf-agent/server</code></td><td>HTTP server (in progress)</td><td><a href="/http/">HTTP API</a></td></tr></tbody></table><h2 id="where-to-go-next" tabindex="-1">Where to go next <a class="header-anchor" href="#where-to-go-next" aria-label="Permalink to &quot;Where to go next&quot;">​</a></h2><ul><li><a href="/guide/getting-started.html">Getting started</a>: install, a first ingest and search, coming from the Python tool.</li><li><a href="/schema/">Schema</a>: every column of the Variant table (generated from the code).</li><li><a href="/guide/concurrency.html">Concurrency model</a>: what happens when several processes write at once.</li><li><a href="/guide/security.html">Security</a>: audit log, masking, filters and tokens.</li><li><a href="/guide/performance.html">Performance</a>: the ingest benchmark.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
