// TypeDoc configuration: Markdown API pages for VitePress, generated at build time into ./api (gitignored).
// The server package is documented only once its src/index.ts exists.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages')
const packages = ['core', 'cli', 'server'].filter((name) =>
  existsSync(join(packagesDir, name, 'src', 'index.ts')),
)

/** @type {Partial<import('typedoc').TypeDocOptions & import('typedoc-plugin-markdown').PluginOptions>} */
export default {
  // One program over every package's source, so a CLI type that uses a core type links to core's page.
  entryPointStrategy: 'resolve',
  entryPoints: packages.map((name) => join(packagesDir, name, 'src', 'index.ts')),
  tsconfig: './tsconfig.typedoc.json',
  // core first, then cli and server, as listed above
  sortEntryPoints: false,
  // No public repository URL yet: no source links.
  disableSources: true,
  plugin: [
    'typedoc-plugin-markdown',
    'typedoc-vitepress-theme',
    './scripts/typedoc-package-names.mjs',
  ],
  out: './api',
  docsRoot: '.',
  name: 'API reference',
  readme: 'none',
  treatWarningsAsErrors: true,
  excludePrivate: true,
  excludeInternal: true,
  githubPages: false,
  hideGenerator: true,
  sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
}
