#!/usr/bin/env node
// Builds the docs site: generated pages (CLI, errors, schema, HTTP), TypeDoc API pages, then `vitepress build`.
// Usage: node scripts/build.mjs [--generate-only]
// Needs the built @vcf-agent/core and @vcf-agent/cli (dist): `turbo run docs:build` builds them first.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const packagesDir = join(docsDir, '..', '..', 'packages')
const require = createRequire(import.meta.url)
const generateOnly = process.argv.includes('--generate-only')

const step = async (name, fn) => {
  const t0 = performance.now()
  const result = await fn()
  console.error(
    `docs: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)${result ? ` ${JSON.stringify(result)}` : ''}`,
  )
}

for (const pkg of ['core', 'cli']) {
  if (!existsSync(join(packagesDir, pkg, 'dist', 'index.js'))) {
    console.error(
      `docs: packages/${pkg}/dist/index.js is missing. Build the packages first: pnpm build (or pnpm docs:build at the root).`,
    )
    process.exit(1)
  }
}

const t0 = performance.now()
await step('CLI page from COMMANDS/OPTIONS', async () =>
  (await import('./generate-cli.mjs')).generateCliPage(),
)
await step('errors page from ERROR_TABLE', async () =>
  (await import('./generate-errors.mjs')).generateErrorsPage(),
)
await step('schema page from COLUMNS', async () =>
  (await import('./generate-schema.mjs')).generateSchemaPage(),
)
await step('HTTP page from openapi.json', async () =>
  (await import('./generate-http.mjs')).generateHttpPage(),
)
await step('TypeDoc API pages', () => {
  rmSync(join(docsDir, 'api'), { recursive: true, force: true })
  const typedoc = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc')
  const r = spawnSync(process.execPath, [typedoc, '--options', 'typedoc.config.mjs'], {
    cwd: docsDir,
    stdio: 'inherit',
  })
  if (r.status !== 0) {
    console.error('docs: TypeDoc failed (warnings are errors: treatWarningsAsErrors).')
    process.exit(r.status ?? 1)
  }
})
if (!generateOnly) {
  await step('vitepress build', () => {
    const vitepress = join(
      dirname(require.resolve('vitepress/package.json')),
      'bin',
      'vitepress.js',
    )
    const r = spawnSync(process.execPath, [vitepress, 'build', '.'], {
      cwd: docsDir,
      stdio: 'inherit',
    })
    if (r.status !== 0) process.exit(r.status ?? 1)
  })
}
console.error(`docs: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
