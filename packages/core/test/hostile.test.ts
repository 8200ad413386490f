import { describe, expect, it } from 'vitest'
import { openStore, VcfAgentError } from '@vcf-agent/core'
import { row, useTempDir, vec } from './helpers.js'

const tmp = useTempDir()

/** Hostile filters: none may widen a delete, crash the process, or reach LanceDB as a second statement. */
const HOSTILE = [
  "chrom = '1' OR 1=1",
  "chrom = 'x' OR 'a'='a'",
  'pos > 0 OR TRUE',
  'NOT FALSE',
  "chrom = '1'; DROP TABLE variants",
  "chrom = '1' -- and the rest",
  "/* hi */ chrom = '1'",
  "chrom = '1' /* unterminated",
  'sleep(10) = 0',
  "pg_read_file('/etc/passwd') = 'x'",
  'version() IS NOT NULL',
  'pos IN (SELECT pos FROM variants)',
  'EXISTS (SELECT 1)',
  "patient_email = 'john.doe@example.com'",
  "ssn = '123-45-6789'",
  'patient_id = 1234567890',
  "chrоm = '1'", // Cyrillic о
  "variant_id = 'a\\' OR 1=1 --'",
  'variant_id = "1-100-A-G"',
  'CASE WHEN pos > 0 THEN TRUE ELSE FALSE END',
  "chrom = '1' UNION SELECT * FROM variants",
  `${'('.repeat(1000)}pos > 0${')'.repeat(1000)}`,
  `chrom = '${'x'.repeat(100_000)}'`,
  'pos = pos',
  'chrom IS NULL OR chrom IS NOT NULL',
  "gene LIKE '%'",
  '1',
  "'x'",
  'pos >',
  ')',
  "chrom = '1' OR ref = ref",
  'CAST(pos AS VARCHAR) = 1',
]

describe('hostile filters against a real table', () => {
  it(`should refuse all ${HOSTILE.length} hostile delete filters and delete nothing`, async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(
      Array.from({ length: 20 }, (_, i) => row(i, 4, { chrom: i % 2 ? '1' : '2', gene: 'G' })),
    )
    const refused: string[] = []
    for (const f of HOSTILE) {
      const err = await s.deleteVariants(f).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(VcfAgentError)
      refused.push((err as VcfAgentError).code)
      expect(await s.countRows()).toBe(20)
    }
    expect(refused.length).toBe(HOSTILE.length)
    expect(new Set(refused)).toEqual(new Set(['USAGE_INVALID_ARGUMENT']))
    s.close()
  })

  it('should refuse hostile read filters with typed errors and keep serving', async () => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants(Array.from({ length: 5 }, (_, i) => row(i, 4)))
    const accepted: string[] = []
    for (const f of HOSTILE) {
      const r = await s.filterVariants(f).then(
        () => 'ok',
        (e: unknown) => (e instanceof VcfAgentError ? e.code : 'crash'),
      )
      expect(r).not.toBe('crash')
      if (r === 'ok') accepted.push(f)
      await expect(
        s.searchByEmbedding(vec(4, 1), { filter: f }).then(
          () => 'ok',
          (e: unknown) => (e instanceof VcfAgentError ? 'typed' : 'crash'),
        ),
      ).resolves.not.toBe('crash')
    }
    // tautologies are harmless for reads (they only read); everything else is refused
    expect(accepted).toEqual([
      "chrom = '1' OR 1=1",
      "chrom = 'x' OR 'a'='a'",
      'pos > 0 OR TRUE',
      'NOT FALSE',
      'pos = pos',
      'chrom IS NULL OR chrom IS NOT NULL',
      "gene LIKE '%'",
      "chrom = '1' OR ref = ref",
    ])
    expect(await s.countRows()).toBe(5)
    s.close()
  })

  it.each([
    "a'b",
    "x' OR '1'='1",
    'back\\slash',
    "'; DROP TABLE variants; --",
    'ünïcödé-1-A-G',
    "''",
  ])('should update only the variant whose id is exactly %j', async (id) => {
    const s = await openStore(tmp(), { dim: 4 })
    await s.addVariants([
      row(0, 4, { variant_id: id }),
      row(1, 4, { variant_id: 'other' }),
      row(2, 4, { variant_id: 'x' }),
    ])
    expect(await s.updateVariant(id, { clinical_significance: 'Benign' })).toEqual({ updated: 1 })
    expect(await s.countRows("clinical_significance = 'Benign'")).toBe(1)
    expect((await s.getVariant(id))?.clinical_significance).toBe('Benign')
    s.close()
  })
})
