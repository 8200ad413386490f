import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Every module the parse worker loads at run time (type-only imports load nothing), following relative imports. */
function runtimeGraph(entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const walk = (rel: string): void => {
    if (seen.has(rel)) return
    seen.add(rel)
    const text = readFileSync(join(SRC, rel), 'utf8')
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1]!
      if (spec.startsWith('.')) walk(normalize(join(dirname(rel), spec.replace(/\.js$/, '.ts'))))
      else packages.add(spec)
    }
  }
  walk(entry)
  return { modules: [...seen].sort(), packages: [...packages].sort() }
}

describe('the parse worker', () => {
  it('should load no store, audit, lock or filter-parser module, nor LanceDB, Arrow or the logger (each worker loads its graph at start)', () => {
    const { modules, packages } = runtimeGraph('ingest/ingest-worker.ts')
    // it does load the VCF reader and the embedder (a graph that is surely followed)
    expect(modules).toContain('vcf/record.ts')
    expect(modules).toContain('embeddings/feature-embedder.ts')
    expect(modules.filter((m) => /^(audit|lock|query)\//.test(m))).toEqual([])
    expect(modules.filter((m) => m.startsWith('store/'))).toEqual(['store/fact-values.ts'])
    expect(modules.filter((m) => m.startsWith('filter/'))).toEqual(['filter/quote.ts'])
    expect(
      packages.filter((p) => /lancedb|apache-arrow|pino|lockfile|async-mutex/.test(p)),
    ).toEqual([])
  })
})
