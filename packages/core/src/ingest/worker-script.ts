/**
 * Where the ingest worker starts: the compiled `ingest-worker.js` beside this module (the built package), or,
 * when running from TypeScript source (tests, `@vcf-agent/source`), a small `.mjs` bootstrap that registers
 * `tsx` and imports `ingest-worker.ts`.
 *
 * @module
 * @internal
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/** How to start the worker. @internal */
export interface WorkerScript {
  /** The script the `Worker` runs. */
  url: URL
  /** `execArgv` for the worker, when it differs from the parent's. */
  execArgv?: string[]
}

function hasTsx(): boolean {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api')
    return true
  } catch {
    return false
  }
}

/**
 * The worker to start, or undefined when there is none (then the ingest runs in this thread): from source
 * without `tsx` installed, or a build without the worker file.
 * @internal
 */
export function workerScript(): WorkerScript | undefined {
  if (import.meta.url.endsWith('.ts')) {
    const boot = new URL('./ingest-worker-source.mjs', import.meta.url)
    return existsSync(boot) && hasTsx() ? { url: boot } : undefined
  }
  for (const rel of ['./ingest-worker.js', '../../dist/ingest/ingest-worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (existsSync(url)) return { url }
  }
  return undefined
}
