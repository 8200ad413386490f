import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DefaultTheme } from 'vitepress'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The TypeDoc sidebar (api/typedoc-sidebar.json), written by typedoc-vitepress-theme at build time. */
function apiItems(): DefaultTheme.SidebarItem[] {
  const path = join(docsDir, 'api', 'typedoc-sidebar.json')
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as DefaultTheme.SidebarItem[])
    : []
}

/** One sidebar for every page: the guides, then the generated references. */
export function sidebar(): DefaultTheme.SidebarItem[] {
  return [
    {
      text: 'Guide',
      items: [
        { text: 'Overview', link: '/' },
        { text: 'Getting started', link: '/guide/getting-started' },
        { text: 'Queries', link: '/guide/queries' },
        { text: 'Web page', link: '/guide/web-page' },
        { text: 'Reading VCF fields', link: '/guide/vcf-fields' },
        { text: 'Strict validation', link: '/guide/validation' },
        { text: 'Text and hybrid search', link: '/guide/text-search' },
        { text: 'Versions and releases', link: '/guide/versions' },
        { text: 'Concurrency model', link: '/guide/concurrency' },
        { text: 'Scaling out', link: '/guide/scaling-out' },
        { text: 'Security', link: '/guide/security' },
        { text: 'Performance', link: '/guide/performance' },
      ],
    },
    {
      text: 'Reference',
      items: [
        { text: 'CLI', link: '/cli/' },
        { text: 'HTTP API', link: '/http/' },
        { text: 'Error codes', link: '/reference/errors' },
        { text: 'Schema', link: '/schema/' },
        { text: 'API reference', link: '/api/', collapsed: true, items: apiItems() },
      ],
    },
  ]
}
