import { defineConfig } from 'vitest/config'

const conditions = ['@vcf-agent/source', 'node', 'import', 'default']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      'packages/core/vitest.config.ts',
      'packages/cli/vitest.config.ts',
      'packages/server/vitest.config.ts',
      'apps/docs/vitest.config.ts',
      'packages/test-utils/vitest.config.ts',
    ],
  },
})
