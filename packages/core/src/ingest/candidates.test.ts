import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../store/open.js'
import { CORPUS, golden } from '../../test/golden.js'
import { useTempDir } from '../../test/helpers.js'
import { ingestVcf } from './ingest.js'
import { MAX_CANDIDATE_RANGES, candidatesFilter } from './candidates.js'

const tmp = useTempDir()

describe('candidatesFilter', () => {
  it('should select, in a real table, every stored row that shares a key with the batch', async () => {
    const store = await openStore(tmp(), { dim: 8 })
    await ingestVcf(store, join(CORPUS, 'bcftools__norm.vcf'))
    const stored = await store.filterVariants(undefined, { select: ['variant_id', 'chrom', 'pos'] })
    expect(stored.length).toBe(golden('bcftools__norm.vcf', 'split.tsv').length)
    const batch = stored.filter((_, i) => i % 3 === 0)
    const where = candidatesFilter(batch)!
    const selected = new Set(
      (await store.filterVariants(where, { select: ['variant_id'] })).map((r) => r.variant_id),
    )
    for (const r of batch) expect(selected.has(r.variant_id)).toBe(true)
    expect(selected.size).toBeLessThanOrEqual(stored.length)
    store.close()
  })

  it('should quote CHROM literals and give up past the range limit', () => {
    expect(
      candidatesFilter([
        { chrom: "1'x", pos: 9 },
        { chrom: "1'x", pos: 3 },
      ]),
    ).toBe("(`chrom` = '1''x' AND `pos` BETWEEN 3 AND 9)")
    expect(candidatesFilter([])).toBeUndefined()
    const many = Array.from({ length: MAX_CANDIDATE_RANGES + 1 }, (_, i) => ({
      chrom: `c${i}`,
      pos: 1,
    }))
    expect(candidatesFilter(many)).toBeUndefined()
  })
})
