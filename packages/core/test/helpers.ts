import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(prefix = 'vcf-agent-'): () => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(d)
    return d
  }
}

/** A deterministic unit-ish vector of length `dim` seeded by `seed`. */
export function vec(dim: number, seed: number): Float32Array {
  const v = new Float32Array(dim)
  for (let i = 0; i < dim; i++) v[i] = Math.sin(seed * 12.9898 + i * 78.233)
  return v
}

/** A valid row for tests. */
export function row(i: number, dim: number, extra: Record<string, unknown> = {}) {
  return {
    variant_id: `1-${1000 + i}-A-G`,
    embedding: vec(dim, i),
    chrom: '1',
    pos: 1000 + i,
    ref: 'A',
    alt: 'G',
    ...extra,
  }
}

export const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared')
