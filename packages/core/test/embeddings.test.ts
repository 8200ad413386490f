import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  clinicalSignificanceTerms,
  createFeatureEmbedder,
  createOpenAIEmbedder,
  describeVariant,
  geneSymbols,
  normalizeChrom,
  parseVariantId,
  parseVariantSpec,
} from '../src/embeddings/index.js'
import type { VariantFeatures } from '../src/embeddings/index.js'
import { FNV_OFFSET, fnv1a32, fnvByte, fnvInt, fnvString } from '../src/embeddings/hash.js'
import { VcfAgentError } from '../src/errors/errors.js'
import { classifyAllele } from '../src/schema/classify.js'

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'vcf-corpus')

/** A tiny VCF reader for the tests: one entry per ALT, with GENEINFO / CLNSIG / AF_EXAC when present. */
function readSplitVariants(file: string): VariantFeatures[] {
  const out: VariantFeatures[] = []
  for (const line of readFileSync(join(CORPUS, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [chrom = '', pos = '', , ref = '', alts = '', , , info = ''] = line.split('\t')
    const fields = new Map(
      info.split(';').map((kv) => [kv.split('=')[0] ?? '', kv.split('=')[1] ?? ''] as const),
    )
    const af = fields.get('AF_EXAC')
    for (const alt of alts.split(',')) {
      out.push({
        chrom,
        pos: Number(pos),
        ref,
        alt,
        gene: fields.get('GENEINFO') ?? null,
        clinical_significance: fields.get('CLNSIG') ?? null,
        af: af === undefined ? null : Number(af),
      })
    }
  }
  return out
}

const CORPUS_FILES = [
  'ncbi__clinvar.vcf',
  'mgl__clinvar_20170404_10_records.vcf',
  'vep__test_not_ordered.vcf',
]
const corpus = CORPUS_FILES.flatMap(readSplitVariants)

function l2(a: Float32Array, b: Float32Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number)
    s += d * d
  }
  return Math.sqrt(s)
}

function norm(a: Float32Array): number {
  let s = 0
  for (const x of a) s += x * x
  return Math.sqrt(s)
}

function bytes(a: Float32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength)
}

function codeOfSync(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(VcfAgentError)
    return (e as VcfAgentError).code
  }
  throw new Error('expected an error')
}

async function errorOf(p: Promise<unknown>): Promise<VcfAgentError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(VcfAgentError)
    return e as VcfAgentError
  }
  throw new Error('expected a rejection')
}

/** Plain FNV-1a 32 over bytes, straight from the definition, to check the incremental hasher. */
function referenceFnv(data: Uint8Array): number {
  let h = 0x811c9dc5
  for (const b of data) h = Number((BigInt(h ^ b) * 16777619n) & 0xffffffffn) >>> 0
  return h
}

describe('hash', () => {
  it('should match the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it('should hash the UTF-8 bytes exactly as TextEncoder encodes them', () => {
    const enc = new TextEncoder()
    for (const s of [
      'chr1',
      'é',
      '€uro',
      '😀x',
      'a\ud800b',
      '\udc00',
      'Likely_pathogenic',
      'ZNF|ÅÄÖ',
    ]) {
      expect(fnv1a32(s)).toBe(referenceFnv(enc.encode(s)))
    }
    expect(fnvString(FNV_OFFSET, 'xchr1y', 1, 5)).toBe(fnv1a32('chr1'))
    expect(fnvString(FNV_OFFSET, 'del', 0, 3, true)).toBe(fnv1a32('DEL'))
  })

  it("should hash integers as 8 little-endian two's-complement bytes", () => {
    const le = (n: bigint) => {
      const b = new Uint8Array(8)
      new DataView(b.buffer).setBigInt64(0, n, true)
      return b
    }
    for (const n of [0, 1, 949, 2 ** 31, 2 ** 32 + 5, 2 ** 53 - 1, -1, -123456]) {
      expect(fnvInt(FNV_OFFSET, n)).toBe(referenceFnv(le(BigInt(n))))
    }
    expect(fnvByte(FNV_OFFSET, 0x61)).toBe(0xe40c292c)
  })
})

describe('createFeatureEmbedder', () => {
  it('should give bit-identical vectors from independent embedders, orders and entry points', async () => {
    const a = createFeatureEmbedder(1024)
    const b = createFeatureEmbedder(1024)
    const small = createFeatureEmbedder(128)
    const va = await a.embed(corpus)
    await small.embed(corpus) // another embedder in between shares no state
    const vb = (await b.embed([...corpus].reverse())).reverse()
    const flat = new Float32Array(corpus.length * 1024)
    corpus.forEach((v, i) => b.embedInto(v, flat, i * 1024))
    corpus.forEach((v, i) => {
      const one = a.embedOne(v)
      expect(bytes(vb[i] as Float32Array).equals(bytes(va[i] as Float32Array))).toBe(true)
      expect(bytes(one).equals(bytes(va[i] as Float32Array))).toBe(true)
      expect(bytes(flat.subarray(i * 1024, (i + 1) * 1024)).equals(bytes(one))).toBe(true)
    })
    expect(a.name).toBe('features-v2')
  })

  it('should overwrite only its own slice of a flat buffer', () => {
    const e = createFeatureEmbedder(16)
    const flat = new Float32Array(48).fill(7)
    e.embedInto({ chrom: '1', pos: 10, ref: 'A', alt: 'G' }, flat, 16)
    expect([...flat.subarray(0, 16)].every((x) => x === 7)).toBe(true)
    expect([...flat.subarray(32)].every((x) => x === 7)).toBe(true)
    expect(norm(flat.subarray(16, 32))).toBeCloseTo(1, 5)
    const v: VariantFeatures = { chrom: '1', pos: 10, ref: 'A', alt: 'G' }
    expect(codeOfSync(() => e.embedInto(v, flat, 40))).toBe('USAGE_INVALID_ARGUMENT')
  })

  it.each([8, 128, 1024])('should return finite unit vectors of length dim %i', async (dim) => {
    const e = createFeatureEmbedder(dim)
    expect(e.dim).toBe(dim)
    for (const v of await e.embed(corpus)) {
      expect(v).toBeInstanceOf(Float32Array)
      expect(v.length).toBe(dim)
      expect(v.every(Number.isFinite)).toBe(true)
      expect(Math.abs(norm(v) - 1)).toBeLessThan(1e-5)
    }
  })

  it('should default to dim 1024 and reject a dim that cannot work', () => {
    expect(createFeatureEmbedder().dim).toBe(1024)
    for (const dim of [0, 1, 1.5, -4, Number.NaN, 2 ** 21]) {
      expect(codeOfSync(() => createFeatureEmbedder(dim))).toBe('USAGE_INVALID_ARGUMENT')
    }
  })

  it('should use variant_class when given and classifyAllele otherwise', () => {
    const e = createFeatureEmbedder(256)
    const v: VariantFeatures = { chrom: '1', pos: 949696, ref: 'C', alt: 'CG' }
    expect(
      bytes(e.embedOne({ ...v, variant_class: 'insertion' })).equals(bytes(e.embedOne(v))),
    ).toBe(true)
    expect(bytes(e.embedOne({ ...v, variant_class: null })).equals(bytes(e.embedOne(v)))).toBe(true)
    expect(
      bytes(e.embedOne({ ...v, variant_class: 'complex_indel' })).equals(bytes(e.embedOne(v))),
    ).toBe(false)
  })

  it('should treat chr prefixes and M/MT as the same chromosome', () => {
    const e = createFeatureEmbedder(256)
    const at = (chrom: string) => bytes(e.embedOne({ chrom, pos: 7000, ref: 'A', alt: 'G' }))
    expect(at('chr1').equals(at('1'))).toBe(true)
    expect(at('CHR1').equals(at('1'))).toBe(true)
    expect(at('chrM').equals(at('MT'))).toBe(true)
    expect(at('M').equals(at('MT'))).toBe(true)
    expect(at('chrX').equals(at('x'))).toBe(true)
    expect(at('1').equals(at('2'))).toBe(false)
    expect(at('1:1').equals(at('1'))).toBe(false)
  })

  it('should embed symbolic alleles, breakends, *, ., N and lowercase bases, all distinct', () => {
    const e = createFeatureEmbedder(1024)
    const alts = [
      '<DEL>',
      '<DUP:TANDEM>',
      '<INS:ME:ALU>',
      '<*>',
      'A[2:321681[',
      ']13:123456]A',
      'A]chr1:1:1]',
    ]
    alts.push('.A', 'A.', '*', '.', 'N', 'g', 'GCT')
    const vs = alts.map((alt) =>
      e.embedOne({ chrom: '2', pos: 321681, ref: 'A', alt, rlen: alt === '<DEL>' ? 5000 : 1 }),
    )
    for (const v of vs) expect(Math.abs(norm(v) - 1)).toBeLessThan(1e-5)
    for (let i = 0; i < vs.length; i++) {
      for (let j = i + 1; j < vs.length; j++) {
        expect(l2(vs[i]!, vs[j]!), `${alts[i]} vs ${alts[j]}`).toBeGreaterThan(0.05)
      }
    }
    // Case of the bases does not matter.
    const upper = e.embedOne({ chrom: '2', pos: 5, ref: 'ACGT', alt: 'A' })
    const lower = e.embedOne({ chrom: '2', pos: 5, ref: 'acgt', alt: 'a' })
    expect(bytes(upper).equals(bytes(lower))).toBe(true)
  })

  it('should embed a 2 MB allele cheaply, reading only its ends for k-mers', () => {
    const e = createFeatureEmbedder(1024)
    const big = 'A' + 'ACGT'.repeat(500_000)
    const t0 = performance.now()
    const v = e.embedOne({ chrom: '3', pos: 1000, ref: big, alt: 'A' })
    const ms = performance.now() - t0
    console.log(`[embeddings] 2 MB REF embedded in ${ms.toFixed(1)} ms`)
    expect(Math.abs(norm(v) - 1)).toBeLessThan(1e-5)
    // The middle of a long allele does not change its vector (rlen and ends are equal).
    const other = big.slice(0, 1_000_000) + 'T' + big.slice(1_000_001)
    expect(
      bytes(e.embedOne({ chrom: '3', pos: 1000, ref: other, alt: 'A', variant_class: 'deletion' })),
    ).toEqual(
      bytes(e.embedOne({ chrom: '3', pos: 1000, ref: big, alt: 'A', variant_class: 'deletion' })),
    )
  })

  it('should reject unusable variants with EMBED_BAD_VARIANT and name the index in a batch', async () => {
    const e = createFeatureEmbedder(64)
    const bad: VariantFeatures[] = [
      { chrom: '', pos: 1, ref: 'A', alt: 'G' },
      { chrom: '1', pos: -1, ref: 'A', alt: 'G' },
      { chrom: '1', pos: 1.5, ref: 'A', alt: 'G' },
      { chrom: '1', pos: Number.NaN, ref: 'A', alt: 'G' },
      { chrom: '1', pos: 1, ref: '', alt: 'G' },
      { chrom: '1', pos: 1, ref: 'A', alt: '' },
    ]
    for (const v of bad) expect(codeOfSync(() => e.embedOne(v))).toBe('EMBED_BAD_VARIANT')
    const err = await errorOf(
      e.embed([{ chrom: '1', pos: 1, ref: 'A', alt: 'G' }, bad[1] as VariantFeatures]),
    )
    expect(err.code).toBe('EMBED_BAD_VARIANT')
    expect(err.details.index).toBe(1)
  })

  describe('meaning on real corpus variants', () => {
    const e = createFeatureEmbedder(1024)
    const vectors = corpus.map((v) => e.embedOne(v))
    const classes = corpus.map((v) => classifyAllele(v.ref, v.alt))
    const snvs = corpus.map((_, i) => i).filter((i) => classes[i] === 'SNV')

    it('should load every split variant of the three corpus files', () => {
      expect(corpus.length).toBe(2 + 11 + 77)
      expect(snvs.length).toBeGreaterThan(70)
      expect(new Set(classes)).toEqual(new Set(['SNV', 'insertion', 'deletion']))
    })

    it("should put mostly same-chromosome SNVs among each SNV's 5 nearest neighbours", () => {
      const perChrom = new Map<string, number>()
      for (const i of snvs)
        perChrom.set(corpus[i]!.chrom, (perChrom.get(corpus[i]!.chrom) ?? 0) + 1)
      let checked = 0
      for (const i of snvs) {
        const me = corpus[i]!
        if ((perChrom.get(me.chrom) ?? 0) < 6) continue // fewer than 5 other SNVs on this chromosome
        const nearest = corpus
          .map((_, j) => j)
          .filter((j) => j !== i)
          .sort((a, b) => l2(vectors[i]!, vectors[a]!) - l2(vectors[i]!, vectors[b]!))
          .slice(0, 5)
        const same = nearest.filter(
          (j) => classes[j] === 'SNV' && corpus[j]!.chrom === me.chrom,
        ).length
        expect(same, `${me.chrom}:${me.pos} ${me.ref}>${me.alt}`).toBeGreaterThan(2)
        checked++
      }
      expect(checked).toBeGreaterThan(70)
    })

    it('should put a SNV nearer to a SNV 500 bp away than to a large deletion on another chromosome', () => {
      const big = 'G' + 'ACGTTGCA'.repeat(250)
      for (const i of snvs) {
        const me = corpus[i]!
        const near = e.embedOne({ ...me, pos: me.pos + 500 })
        const other = me.chrom === '2' ? '3' : '2'
        const del = e.embedOne({ chrom: other, pos: me.pos, ref: big, alt: 'G' })
        const sv = e.embedOne({ chrom: other, pos: me.pos, ref: 'G', alt: '<DEL>', rlen: 50_000 })
        expect(l2(vectors[i]!, near)).toBeLessThan(l2(vectors[i]!, del))
        expect(l2(vectors[i]!, near)).toBeLessThan(l2(vectors[i]!, sv))
      }
      // Real pairs too: SNVs within 1 kb of each other against every corpus indel on another chromosome.
      const indels = corpus.map((_, j) => j).filter((j) => classes[j] !== 'SNV')
      for (const a of snvs) {
        for (const b of snvs) {
          const [va, vb] = [corpus[a]!, corpus[b]!]
          if (a === b || va.chrom !== vb.chrom || Math.abs(va.pos - vb.pos) > 1000) continue
          for (const c of indels) {
            if (corpus[c]!.chrom === corpus[a]!.chrom) continue
            expect(l2(vectors[a]!, vectors[b]!)).toBeLessThan(l2(vectors[a]!, vectors[c]!))
          }
        }
      }
    })

    it('should order distances by genomic distance on the same chromosome', () => {
      let ordered = 0
      for (const i of snvs) {
        const me = corpus[i]!
        const d = (pos: number, chrom = me.chrom) =>
          l2(vectors[i]!, e.embedOne({ ...me, chrom, pos }))
        const otherChrom = me.chrom === 'Y' ? 'X' : 'Y'
        const steps = [
          d(me.pos + 100),
          d(me.pos + 100_000),
          d(me.pos + 30_000_000),
          d(me.pos, otherChrom),
        ]
        if (steps.every((x, k) => k === 0 || (steps[k - 1] as number) < x)) ordered++
      }
      expect(ordered / snvs.length).toBeGreaterThan(0.9)
    })

    it('should share the substitution feature between C>T and G>A (pyrimidine strand)', () => {
      const cToT = snvs.filter((i) => corpus[i]!.ref === 'C' && corpus[i]!.alt === 'T')
      expect(cToT.length).toBeGreaterThan(10)
      for (const i of cToT) {
        const me = corpus[i]!
        const gToA = e.embedOne({ ...me, ref: 'G', alt: 'A' })
        const cToA = e.embedOne({ ...me, ref: 'C', alt: 'A' })
        expect(l2(vectors[i]!, gToA)).toBeLessThan(l2(vectors[i]!, cToA))
      }
    })

    it('should bring variants with the same gene and clinical significance closer', () => {
      const base: VariantFeatures = { chrom: '17', pos: 43045712, ref: 'T', alt: 'C' }
      const a = e.embedOne({ ...base, gene: 'BRCA1', clinical_significance: 'Pathogenic' })
      const far = { ...base, pos: 43_100_000 }
      const sameGene = e.embedOne({
        ...far,
        gene: 'BRCA1',
        clinical_significance: 'Likely_pathogenic',
      })
      const otherGene = e.embedOne({ ...far, gene: 'NBR1', clinical_significance: 'Benign' })
      expect(l2(a, sameGene)).toBeLessThan(l2(a, otherGene))
      const rare = e.embedOne({ ...base, af: 0.00002 })
      expect(l2(rare, e.embedOne({ ...base, af: 0.00003 }))).toBeLessThan(
        l2(rare, e.embedOne({ ...base, af: 0.3 })),
      )
    })
  })
})

describe('feature embedder speed', () => {
  it('should log the embedInto rate at dim 1024 and 128 (target 50k/s at 1024; not asserted)', () => {
    for (const dim of [1024, 128]) {
      const emb = createFeatureEmbedder(dim)
      const flat = new Float32Array(corpus.length * dim)
      const run = (n: number) => {
        for (let k = 0; k < n; k++) {
          const slot = k % corpus.length
          emb.embedInto(corpus[slot]!, flat, slot * dim)
        }
      }
      run(20_000) // warm up
      const n = 100_000
      const t0 = performance.now()
      run(n)
      const rate = n / ((performance.now() - t0) / 1000)
      const shown = Math.round(rate).toLocaleString('en-US')
      console.log(
        `[embeddings] feature embedder, dim ${dim}: ${shown} variants/s (embedInto, corpus variants)`,
      )
      expect(rate).toBeGreaterThan(0)
    }
  })
})

describe('normalisers', () => {
  it('should normalise chromosome names, gene fields and clinical significance', () => {
    const names = ['chr17', 'Chr17', 'chrM', 'M', 'mt', '1:1-1', 'chr']
    expect(names.map(normalizeChrom)).toEqual(['17', '17', 'MT', 'MT', 'MT', '1:1-1', 'CHR'])
    expect(geneSymbols('EGFR:1956|EGFR-AS1:100507500')).toEqual(['EGFR', 'EGFR-AS1'])
    expect(geneSymbols('brca1, BRCA1')).toEqual(['BRCA1'])
    expect(clinicalSignificanceTerms('Pathogenic/Likely_pathogenic|_risk_factor')).toEqual([
      'pathogenic',
      'likely pathogenic',
      'risk factor',
      'likely',
      'risk',
      'factor',
    ])
    expect(clinicalSignificanceTerms('5')).toEqual(['pathogenic'])
    expect(clinicalSignificanceTerms('255,2')).toEqual(['other', 'benign'])
  })
})

describe('parseVariantSpec', () => {
  it('should parse CHROM:POS:REF:ALT, taking the last three fields', () => {
    expect(parseVariantSpec('17:43045712:T:C')).toEqual({
      chrom: '17',
      pos: 43045712,
      ref: 'T',
      alt: 'C',
    })
    expect(parseVariantSpec('  chr1:949696:C:CG ')).toEqual({
      chrom: 'chr1',
      pos: 949696,
      ref: 'C',
      alt: 'CG',
    })
    expect(parseVariantSpec('1:1:2:C:T')).toEqual({ chrom: '1:1', pos: 2, ref: 'C', alt: 'T' })
    expect(parseVariantSpec('HLA-A*01:01:01:01:5:A:G')).toEqual({
      chrom: 'HLA-A*01:01:01:01',
      pos: 5,
      ref: 'A',
      alt: 'G',
    })
  })

  it('should keep ALT alleles that contain a colon', () => {
    const bnd = { chrom: '2', pos: 321681, ref: 'G', alt: 'G[13:123456[' }
    expect(parseVariantSpec('2:321681:G:G[13:123456[')).toEqual(bnd)
    expect(parseVariantSpec('1:1:5:A:<DUP:TANDEM>')).toEqual({
      chrom: '1:1',
      pos: 5,
      ref: 'A',
      alt: '<DUP:TANDEM>',
    })
    expect(parseVariantSpec('X:100:T:<DEL>')).toEqual({
      chrom: 'X',
      pos: 100,
      ref: 'T',
      alt: '<DEL>',
    })
  })

  it('should round-trip every record of bcftools weird-chr-names.vcf', () => {
    const records = readSplitVariants('bcftools__weird-chr-names.vcf')
    expect(records.map((r) => r.chrom)).toEqual(['1', '1', '1:1', '1:1', '1:1-1', '1:1-1'])
    for (const r of records) {
      const want = { chrom: r.chrom, pos: r.pos, ref: r.ref, alt: r.alt }
      expect(parseVariantSpec(`${r.chrom}:${r.pos}:${r.ref}:${r.alt}`)).toEqual(want)
      expect(parseVariantId(`${r.chrom}-${r.pos}-${r.ref}-${r.alt}`)).toEqual(want)
      expect(parseVariantId(`${r.chrom}-${r.pos}-${r.ref}-${r.alt}~2`)).toEqual(want)
    }
  })

  it.each([
    [''],
    ['17'],
    ['17:43045712:T'],
    ['17:-1:T:C'],
    ['17:-5:T:C'],
    ['17:1.5:T:C'],
    ['17:abc:T:C'],
    ['17:12:T:'],
    ['17:12::C'],
    [':12:T:C'],
    ['17:12:T C:G'],
    ['17:99999999999999999999:T:C'],
  ])('should reject %j with EMBED_BAD_VARIANT', (spec) => {
    expect(codeOfSync(() => parseVariantSpec(spec))).toBe('EMBED_BAD_VARIANT')
  })

  it('should name the input and the expected format in the message', () => {
    let err: VcfAgentError | undefined
    try {
      parseVariantSpec('17:-1:T:C')
    } catch (e) {
      err = e as VcfAgentError
    }
    expect(err?.message).toMatchInlineSnapshot(
      `"Cannot parse variant "17:-1:T:C": POS must be a positive integer and REF and ALT must be non-empty. Expected CHROM:POS:REF:ALT with a 1-based POS, e.g. 17:43045712:T:C."`,
    )
    expect(err?.details).toEqual({ input: '17:-1:T:C', expected: 'CHROM:POS:REF:ALT' })
    expect(codeOfSync(() => parseVariantSpec(42 as never))).toBe('EMBED_BAD_VARIANT')
  })
})

describe('parseVariantId', () => {
  it('should parse CHROM-POS-REF-ALT from the right', () => {
    expect(parseVariantId('17-43045712-T-C')).toEqual({
      chrom: '17',
      pos: 43045712,
      ref: 'T',
      alt: 'C',
    })
    expect(parseVariantId('HLA-A-100-A-G')).toEqual({
      chrom: 'HLA-A',
      pos: 100,
      ref: 'A',
      alt: 'G',
    })
    expect(parseVariantId('chrUn_KI270742v1-5-*-.')).toEqual({
      chrom: 'chrUn_KI270742v1',
      pos: 5,
      ref: '*',
      alt: '.',
    })
    expect(parseVariantId('1-100-A-<DEL>')).toEqual({
      chrom: '1',
      pos: 100,
      ref: 'A',
      alt: '<DEL>',
    })
  })

  it('should strip a duplicate suffix and keep digests as written', () => {
    expect(parseVariantId('1-100-A-G~2')).toEqual({ chrom: '1', pos: 100, ref: 'A', alt: 'G' })
    expect(parseVariantId('1-100-A-G~13')).toEqual({ chrom: '1', pos: 100, ref: 'A', alt: 'G' })
    const digest = { chrom: 'chr2', pos: 5000, ref: 'sha256:ab12cd34ef', alt: 'A' }
    expect(parseVariantId('chr2-5000-sha256:ab12cd34ef-A~2')).toEqual(digest)
    expect(parseVariantId('7-5-G-sha256:0f9e')).toEqual({
      chrom: '7',
      pos: 5,
      ref: 'G',
      alt: 'sha256:0f9e',
    })
  })

  it('should keep a breakend ALT whose mate chromosome contains a dash', () => {
    expect(parseVariantId('HLA-A-100-A-A[HLA-B:5[')).toEqual({
      chrom: 'HLA-A',
      pos: 100,
      ref: 'A',
      alt: 'A[HLA-B:5[',
    })
  })

  it.each([
    [''],
    ['17-43045712-T'],
    ['17-1.5-T-C'],
    ['17-x-T-C'],
    ['-5-T-C'],
    ['17-5--C'],
    ['17-5-T-'],
    ['~2'],
  ])('should reject %j with EMBED_BAD_VARIANT', (id) => {
    expect(codeOfSync(() => parseVariantId(id))).toBe('EMBED_BAD_VARIANT')
  })
})

describe('describeVariant', () => {
  it('should describe a variant in one line and shorten long alleles', () => {
    const v = { chrom: 'chr17', pos: 43045712, ref: 'T', alt: 'C', gene: 'BRCA1', af: 0.00002 }
    expect(describeVariant({ ...v, clinical_significance: 'Likely_pathogenic' })).toBe(
      'chr17:43045712 T>C SNV gene BRCA1 clinical significance Likely pathogenic allele frequency 0.00002',
    )
    const long = describeVariant({ chrom: '1', pos: 5, ref: 'A'.repeat(2_000_000), alt: 'A' })
    expect(long.length).toBeLessThan(100)
    expect(long).toBe(`1:5 ${'A'.repeat(20)}…${'A'.repeat(10)} (2000000 bp)>A deletion`)
  })
})

describe('createOpenAIEmbedder', () => {
  interface Seen {
    auth: string | undefined
    body: { model: string; input: string[]; dimensions?: number }
  }
  type Reply = (seen: Seen) => { status?: number; json?: unknown; raw?: string; hang?: boolean }

  const seen: Seen[] = []
  let reply: Reply = () => ({ status: 500 })
  let server: Server
  let base = ''
  const KEY = 'sk-test-0123456789abcdef'
  const ENV = 'VCF_AGENT_TEST_EMBED_KEY'

  const vectorsFor = (input: string[], dim: number) =>
    input.map((_, i) => ({
      object: 'embedding',
      index: i,
      embedding: Array.from({ length: dim }, (_, k) => (k === i % dim ? 3 : 0) + 1),
    }))
  type Item = ReturnType<typeof vectorsFor>[number]
  const mapItems = (s: Seen, f: (d: Item) => unknown) => vectorsFor(s.body.input, 8).map(f)

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let text = ''
      req.setEncoding('utf8')
      req.on('data', (c: string) => (text += c))
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
          res.writeHead(404).end('not found')
          return
        }
        const s: Seen = { auth: req.headers.authorization, body: JSON.parse(text) as Seen['body'] }
        seen.push(s)
        const r = reply(s)
        if (r.hang) return
        res.writeHead(r.status ?? 200, { 'content-type': 'application/json' })
        res.end(r.raw ?? JSON.stringify(r.json))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
    process.env[ENV] = KEY
  })

  afterAll(async () => {
    delete process.env[ENV]
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const variants: VariantFeatures[] = [
    {
      chrom: 'chr17',
      pos: 43045712,
      ref: 'T',
      alt: 'C',
      gene: 'BRCA1',
      clinical_significance: 'Pathogenic',
    },
    { chrom: '1', pos: 949696, ref: 'C', alt: 'CG' },
    { chrom: '2', pos: 321681, ref: 'G', alt: 'G[13:123456[' },
    { chrom: '7', pos: 55249071, ref: 'C', alt: 'T' },
    { chrom: 'X', pos: 100, ref: 'T', alt: '<DEL>', rlen: 5000 },
  ]

  it('should post batches in order with the Bearer key and return unit vectors', async () => {
    seen.length = 0
    // Answer in reverse order: the provider must sort by `index`.
    reply = ({ body }) => ({
      json: {
        object: 'list',
        data: vectorsFor(body.input, body.dimensions ?? 8).reverse(),
        model: body.model,
      },
    })
    const p = createOpenAIEmbedder({
      url: `${base}/`,
      model: 'test-model',
      apiKeyEnv: ENV,
      dim: 8,
      batchSize: 2,
    })
    expect(p.name).toBe('openai:test-model')
    expect(p.dim).toBe(8)
    const out = await p.embed(variants)
    expect(seen.length).toBe(3)
    expect(seen.map((s) => s.body.input.length)).toEqual([2, 2, 1])
    for (const s of seen) {
      expect(s.auth).toBe(`Bearer ${KEY}`)
      expect(s.body.model).toBe('test-model')
      expect(s.body.dimensions).toBe(8)
    }
    expect(seen[0]?.body.input[0]).toBe(
      'chr17:43045712 T>C SNV gene BRCA1 clinical significance Pathogenic',
    )
    expect(seen.flatMap((s) => s.body.input)).toEqual(variants.map(describeVariant))
    expect(out.length).toBe(5)
    out.forEach((v, i) => {
      expect(v.length).toBe(8)
      expect(Math.abs(norm(v) - 1)).toBeLessThan(1e-6)
      // The spike at index (position within its batch) survives the sort by `index`.
      const peak = v.indexOf(Math.max(...v))
      expect(peak).toBe(i % 2)
    })
    expect(await p.embed([])).toEqual([])
    expect(seen.length).toBe(3)
  })

  it('should read the default key variable, send no header without a key, honour text and sendDimensions', async () => {
    seen.length = 0
    reply = ({ body }) => ({ json: { data: vectorsFor(body.input, 4) } })
    const saved = process.env.VCF_AGENT_EMBEDDING_API_KEY
    try {
      process.env.VCF_AGENT_EMBEDDING_API_KEY = 'sk-default-key'
      await createOpenAIEmbedder({ url: base, model: 'm', dim: 4 }).embed(variants.slice(0, 1))
      delete process.env.VCF_AGENT_EMBEDDING_API_KEY
      const text = (v: VariantFeatures) => `${v.chrom}-${v.pos}`
      const custom = createOpenAIEmbedder({
        url: base,
        model: 'm',
        dim: 4,
        text,
        sendDimensions: false,
      })
      await custom.embed(variants.slice(0, 1))
    } finally {
      if (saved === undefined) delete process.env.VCF_AGENT_EMBEDDING_API_KEY
      else process.env.VCF_AGENT_EMBEDDING_API_KEY = saved
    }
    expect(seen[0]?.auth).toBe('Bearer sk-default-key')
    expect(seen[1]?.auth).toBeUndefined()
    expect(seen[1]?.body).toEqual({ model: 'm', input: ['chr17-43045712'] })
  })

  it('should fail with EMBED_PROVIDER_FAILED on HTTP 500 without leaking the key', async () => {
    reply = ({ auth }) => ({
      status: 500,
      json: { error: { message: `internal error, you sent ${auth}` } },
    })
    const err = await errorOf(
      createOpenAIEmbedder({ url: base, model: 'm', apiKeyEnv: ENV, dim: 8 }).embed(variants),
    )
    expect(err.code).toBe('EMBED_PROVIDER_FAILED')
    expect(err.details.status).toBe(500)
    expect(err.message.includes(KEY)).toBe(false)
    expect(JSON.stringify(err.details).includes(KEY)).toBe(false)
    expect(err.message.includes('[redacted]')).toBe(true)
  })

  it.each([
    ['wrong-length vectors', (s: Seen) => ({ json: { data: vectorsFor(s.body.input, 7) } })],
    ['too few vectors', (s: Seen) => ({ json: { data: vectorsFor(s.body.input, 8).slice(1) } })],
    [
      'non-finite values',
      (s: Seen) => ({
        json: { data: mapItems(s, (d) => ({ ...d, embedding: [null, ...d.embedding.slice(1)] })) },
      }),
    ],
    [
      'all-zero vectors',
      (s: Seen) => ({
        json: { data: mapItems(s, (d) => ({ ...d, embedding: d.embedding.fill(0) })) },
      }),
    ],
    [
      'duplicate indexes',
      (s: Seen) => ({ json: { data: mapItems(s, (d) => ({ ...d, index: 0 })) } }),
    ],
    [
      'base64 strings',
      (s: Seen) => ({ json: { data: mapItems(s, (d) => ({ ...d, embedding: 'AAAA' })) } }),
    ],
    ['no data array', () => ({ json: { object: 'list' } })],
    ['a non-JSON body', () => ({ raw: '<html>bad gateway</html>' })],
    [
      'HTTP 401',
      () => ({ status: 401, json: { error: { message: 'Incorrect API key provided' } } }),
    ],
  ])('should fail with EMBED_PROVIDER_FAILED on %s', async (_name, r) => {
    reply = r
    const err = await errorOf(
      createOpenAIEmbedder({ url: base, model: 'm', apiKeyEnv: ENV, dim: 8 }).embed(variants),
    )
    expect(err.code).toBe('EMBED_PROVIDER_FAILED')
    expect(err.message.includes(KEY)).toBe(false)
  })

  it('should fail with EMBED_PROVIDER_FAILED when the port is unreachable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const p = createOpenAIEmbedder({
      url: `http://127.0.0.1:${port}/v1`,
      model: 'm',
      apiKeyEnv: ENV,
      dim: 8,
    })
    const err = await errorOf(p.embed(variants))
    expect(err.code).toBe('EMBED_PROVIDER_FAILED')
    expect(err.message.includes(KEY)).toBe(false)
  })

  it('should fail with EMBED_PROVIDER_FAILED when the server does not answer within timeoutMs', async () => {
    reply = () => ({ hang: true })
    const t0 = performance.now()
    const p = createOpenAIEmbedder({
      url: base,
      model: 'm',
      apiKeyEnv: ENV,
      dim: 8,
      timeoutMs: 200,
    })
    const err = await errorOf(p.embed(variants))
    expect(err.code).toBe('EMBED_PROVIDER_FAILED')
    expect(performance.now() - t0).toBeLessThan(10_000)
  })

  it('should reject invalid options with USAGE_INVALID_ARGUMENT', () => {
    const ok = { url: base, model: 'm', dim: 8 }
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, url: 'not a url' }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, url: 'ftp://host/v1' }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, model: ' ' }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, dim: 0 }))).toBe('USAGE_INVALID_ARGUMENT')
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, batchSize: 5000 }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
    expect(codeOfSync(() => createOpenAIEmbedder({ ...ok, timeoutMs: -1 }))).toBe(
      'USAGE_INVALID_ARGUMENT',
    )
  })

  it('should turn a throwing or empty text function into EMBED_BAD_VARIANT', async () => {
    const boom = createOpenAIEmbedder({
      url: base,
      model: 'm',
      dim: 8,
      text: () => {
        throw new Error('boom')
      },
    })
    expect((await errorOf(boom.embed(variants))).code).toBe('EMBED_BAD_VARIANT')
    const empty = createOpenAIEmbedder({ url: base, model: 'm', dim: 8, text: () => '' })
    expect((await errorOf(empty.embed(variants))).code).toBe('EMBED_BAD_VARIANT')
  })
})
