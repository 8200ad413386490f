import { defineConfig } from 'vitepress'
import { withMermaid } from 'vitepress-plugin-mermaid'
import { sidebar } from './sidebar.js'

// Generated pages (api/, cli/index.md, http/index.md, schema/index.md) are written by scripts/build.mjs before
// `vitepress build`. Dead links fail the build (ignoreDeadLinks stays off).
export default withMermaid(
  defineConfig({
    title: 'vcf-agent',
    description:
      'Genomic variants from VCF files in LanceDB: ingestion, embeddings, search — library, CLI and HTTP server.',
    lang: 'en-US',
    base: '/',
    // an explicit icon, so browsers do not request a missing /favicon.ico
    head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
    srcExclude: ['scripts/**', 'test/**', 'test-artifacts/**'],
    themeConfig: {
      logo: '/favicon.svg',
      nav: [
        { text: 'Guide', link: '/guide/getting-started' },
        { text: 'CLI', link: '/cli/' },
        { text: 'Schema', link: '/schema/' },
        { text: 'API', link: '/api/' },
      ],
      sidebar: sidebar(),
      outline: [2, 3],
      search: { provider: 'local' },
    },
    mermaid: {},
    // Preload only the app, framework, theme and the page's own chunk; Mermaid's per-diagram renderers (about 2 MB)
    // are fetched when a page with a diagram imports them, not on every page.
    shouldPreload: (link) =>
      /\/(app|framework|theme)\.[\w-]+\.js$|\.md\.[\w-]+(\.lean)?\.js$/.test(link),
    // Mermaid's diagram renderers are large lazy chunks; they load only on pages with diagrams.
    vite: { build: { chunkSizeWarningLimit: 2048 } },
  }),
)
