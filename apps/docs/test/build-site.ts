import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = join(docsDir, '..', '..')
export const distDir = join(docsDir, '.vitepress', 'dist')

const SKIP = new Set(['node_modules', 'dist', 'cache', 'api', 'test-artifacts', 'test'])

/** Newest mtime (ms) of the files under `path` (recursively), skipping build output and dependencies. */
function newest(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let max = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP.has(entry.name)) continue
    max = Math.max(max, newest(join(path, entry.name)))
  }
  return max
}

/** Inputs of the site: hand-written pages, config and generators, the packages' sources and the CLI's build. */
function inputsMtime(): number {
  const docsInputs = readdirSync(docsDir)
    // cli/, http/ and schema/ hold only generated pages
    .filter((name) => !SKIP.has(name) && !['cli', 'http', 'schema'].includes(name))
    .map((name) => join(docsDir, name))
  return Math.max(
    ...docsInputs.map(newest),
    ...['core', 'cli', 'server'].map((pkg) => newest(join(repoDir, 'packages', pkg, 'src'))),
    newest(join(repoDir, 'packages', 'cli', 'dist', 'index.js')),
    newest(join(repoDir, 'packages', 'cli', 'dist', 'cli.js')),
    newest(join(repoDir, 'packages', 'cli', 'dist', 'options.js')),
    newest(join(repoDir, 'packages', 'server', 'openapi.json')),
  )
}

/**
 * Makes sure `.vitepress/dist` holds a build of the current sources: returns at once when it is newer than every
 * input (or when `VCF_AGENT_DOCS_SKIP_BUILD=1` and a build exists), else runs `scripts/build.mjs` (generators,
 * TypeDoc, vitepress build) and throws if that fails.
 *
 * @returns whether a build ran
 */
export function ensureSiteBuilt(): boolean {
  const index = join(distDir, 'index.html')
  if (
    existsSync(index) &&
    (process.env.VCF_AGENT_DOCS_SKIP_BUILD === '1' || statSync(index).mtimeMs >= inputsMtime())
  )
    return false
  const r = spawnSync(process.execPath, [join(docsDir, 'scripts', 'build.mjs')], {
    cwd: docsDir,
    stdio: 'inherit',
  })
  if (r.status !== 0 || !existsSync(index)) {
    throw new Error(
      `Building the docs site failed (exit ${String(r.status)}). Run \`pnpm --filter @vcf-agent/docs docs:build\` ` +
        '(after `pnpm build`) to see why; the browser tests need apps/docs/.vitepress/dist.',
    )
  }
  return true
}
