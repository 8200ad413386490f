import { defineProject } from 'vitest/config'

const conditions = ['@vcf-agent/source', 'node', 'import', 'default']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'docs',
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    // beforeAll may build the site first (TypeDoc + vitepress build: about 1.5 min on 2 cores)
    hookTimeout: 15 * 60_000,
  },
})
