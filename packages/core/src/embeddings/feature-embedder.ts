/**
 * The built-in, deterministic, offline variant embedder (signed feature hashing).
 *
 * @module
 */
import { EmbeddingError, UsageError } from '../errors/errors.js'
import { classifyAllele } from '../schema/classify.js'
import { DEFAULT_DIM } from '../schema/columns.js'
import {
  AF_EDGES,
  AF_EDGES_SHIFTED,
  FAMILY,
  KMER_EDGE,
  MATE_SCALES,
  MAX_DIM,
  MIN_DIM,
  NS,
  W,
  afBin,
  altShape,
  baseAt,
  layoutFor,
  log2Bucket,
  type Block,
  type Layout,
} from './feature-design.js'
import { type FeatureDesign, designNamed, DEFAULT_DESIGN } from './features-v2.js'
import { FNV_OFFSET, fmix32, fnvByte, fnvInt, fnvString } from './hash.js'
import { clinicalSignificanceTerms, geneSymbols, normalizeChrom } from './normalize.js'
import type { EmbeddingProvider, VariantFeatures } from './provider.js'

/**
 * The built-in embedder: an {@link EmbeddingProvider} with synchronous single-variant entry points.
 *
 * @example
 * ```ts
 * const embedder: FeatureEmbedder = createFeatureEmbedder(1024)
 * const v = embedder.embedOne({ chrom: '1', pos: 949523, ref: 'C', alt: 'T' })
 * ```
 */
export interface FeatureEmbedder extends EmbeddingProvider {
  /**
   * The feature design, `features-v2` (the default) or `features-v1`. Vectors of one name and `dim` are comparable
   * across machines, runs and releases.
   */
  readonly name: string
  /**
   * Embeds one variant into a new vector.
   *
   * @param v - the variant
   * @returns a unit-length vector of length `dim`
   * @throws {EmbeddingError} `EMBED_BAD_VARIANT` for an empty CHROM/REF/ALT or a POS that is not a positive integer
   */
  embedOne(v: VariantFeatures): Float32Array
  /**
   * Embeds one variant into `out[offset .. offset + dim)` (overwriting it), for filling one flat buffer.
   *
   * @param v - the variant
   * @param out - destination buffer
   * @param offset - first index to write (default 0)
   * @throws {EmbeddingError} `EMBED_BAD_VARIANT` as for `embedOne`
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `out` is too short
   */
  embedInto(v: VariantFeatures, out: Float32Array, offset?: number): void
}

/** The output buffer outside a call, so the embedder does not keep the caller's buffer alive. */
const EMPTY: Float32Array = new Float32Array(0)

/** Entries kept per string cache before it is cleared. */
const CACHE_MAX = 4096

function isBase(c: number): boolean {
  return c === 65 || c === 67 || c === 71 || c === 84
}

function complement(c: number): number {
  return c === 65 ? 84 : c === 84 ? 65 : c === 67 ? 71 : 67
}

function badVariant(v: unknown, why: string): EmbeddingError {
  let shown: string
  try {
    shown = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'string' && x.length > 60 ? `${x.slice(0, 60)}…` : x,
    )
  } catch {
    shown = String(v)
  }
  return new EmbeddingError('EMBED_BAD_VARIANT', `Cannot embed variant ${shown}: ${why}.`, {
    details: { reason: why },
  })
}

/** Validates the fields every embedder needs. */
function checkVariant(v: VariantFeatures): void {
  if (v == null || typeof v !== 'object')
    throw badVariant(v, 'expected an object with chrom, pos, ref and alt')
  if (typeof v.chrom !== 'string' || v.chrom.trim() === '')
    throw badVariant(v, 'chrom must be a non-empty string')
  if (!Number.isSafeInteger(v.pos) || v.pos < 0)
    throw badVariant(v, 'pos must be a non-negative integer (1-based VCF POS; 0 marks a telomere)')
  if (typeof v.ref !== 'string' || v.ref === '')
    throw badVariant(v, 'ref must be a non-empty string')
  if (typeof v.alt !== 'string' || v.alt === '')
    throw badVariant(v, 'alt must be a non-empty string')
}

/** Looks `key` up in a bounded cache, computing and storing it when absent. */
function cached<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear()
    value = make(key)
    cache.set(key, value)
  }
  return value
}

const hashChrom = (chrom: string): number => fnvString(FNV_OFFSET, normalizeChrom(chrom))
const hashGenes = (gene: string): number[] => geneSymbols(gene).map((g) => fnvString(NS.gene, g))
const hashTerms = (sig: string): number[] =>
  clinicalSignificanceTerms(sig).map((t) => fnvString(NS.clnsig, t))

/**
 * The embedder's working state. Each call zeroes its slice of the output, then adds features slot by slot while
 * recording which slots it touched (a generation stamp per slot), so that normalising costs O(features), not
 * O(dim).
 */
class Hasher implements FeatureEmbedder {
  readonly name: string
  readonly dim: number
  readonly #design: FeatureDesign
  readonly #layout: Layout
  #out: Float32Array = EMPTY
  #base = 0
  readonly #stamp: Uint32Array
  readonly #touched: Int32Array
  #count = 0
  #gen = 0
  readonly #scratch: Float32Array
  readonly #scratchStamp: Uint32Array
  readonly #scratchTouched: Int32Array
  #scratchGen = 0
  readonly #kmerWeight = new Float64Array(3)
  readonly #chroms = new Map<string, number>()
  readonly #genes = new Map<string, number[]>()
  readonly #terms = new Map<string, number[]>()

  constructor(dim: number, design: FeatureDesign) {
    this.name = design.name
    this.#design = design
    this.dim = dim
    this.#layout = layoutFor(dim)
    this.#stamp = new Uint32Array(dim)
    this.#touched = new Int32Array(dim)
    const scratch = Math.max(this.#layout.ref.size, this.#layout.alt.size)
    this.#scratch = new Float32Array(scratch)
    this.#scratchStamp = new Uint32Array(scratch)
    this.#scratchTouched = new Int32Array(scratch)
  }

  async embed(variants: readonly VariantFeatures[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = []
    for (let i = 0; i < variants.length; i++) {
      const out = new Float32Array(this.dim)
      try {
        this.embedInto(variants[i] as VariantFeatures, out, 0)
      } catch (e) {
        if (e instanceof EmbeddingError) {
          throw new EmbeddingError(e.code, `Variant ${i} of ${variants.length}: ${e.message}`, {
            cause: e,
            details: { ...e.details, index: i },
          })
        }
        throw e
      }
      vectors.push(out)
    }
    return vectors
  }

  embedOne(v: VariantFeatures): Float32Array {
    const out = new Float32Array(this.dim)
    this.embedInto(v, out, 0)
    return out
  }

  embedInto(v: VariantFeatures, out: Float32Array, offset = 0): void {
    const dim = this.dim
    if (!Number.isInteger(offset) || offset < 0 || offset + dim > out.length) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `embedInto needs ${dim} floats at offset ${String(offset)}, but the buffer has ${out.length}.`,
        { details: { dim, offset, length: out.length } },
      )
    }
    checkVariant(v)
    const layout = this.#layout
    const { pos, ref, alt } = v
    out.fill(0, offset, offset + dim)
    this.#out = out
    this.#base = offset
    this.#count = 0
    if (++this.#gen === 0xffffffff) {
      this.#stamp.fill(0)
      this.#gen = 1
    }

    // Chromosome and position.
    const hc = cached(this.#chroms, v.chrom, hashChrom)
    const design = this.#design
    this.#put(layout.chrom, fnvInt(NS.chrom, hc), design.chromWeight)
    const posSeed = fnvInt(NS.pos, hc)
    const shiftSeed = fnvInt(NS.posShift, hc)
    const wPos = design.posWeight
    for (const s of design.posScales) {
      this.#put(layout.pos, fnvInt(fnvInt(posSeed, s), Math.floor(pos / s)), wPos)
      this.#put(layout.pos, fnvInt(fnvInt(shiftSeed, s), Math.floor((pos + s / 2) / s)), wPos)
    }

    // Kind: class, family, allele shape and lengths.
    const given = v.variant_class
    const cls = typeof given === 'string' && given !== '' ? given : classifyAllele(ref, alt)
    this.#put(layout.kind, fnvString(NS.cls, cls), W.cls)
    const family = FAMILY[cls]
    if (family !== undefined) this.#put(layout.kind, fnvString(NS.family, family), W.family)
    const shape = altShape(alt)
    const rlen = v.rlen
    const span =
      typeof rlen === 'number' && Number.isFinite(rlen) && rlen >= 0 ? Math.floor(rlen) : ref.length
    this.#putLength(NS.span, span)
    if (shape === 'sequence') {
      this.#putLength(NS.altLen, alt.length)
      const delta = alt.length - ref.length
      this.#putLength(fnvInt(NS.delta, Math.sign(delta)), Math.abs(delta))
    } else if (shape === 'symbolic') {
      const colon = alt.indexOf(':')
      const topEnd = colon > 0 ? colon : alt.length - 1
      this.#put(layout.kind, fnvString(NS.symTop, alt, 1, topEnd, true), W.symTop)
      this.#put(layout.kind, fnvString(NS.symFull, alt, 1, alt.length - 1, true), W.symFull)
      if (topEnd === 4 && alt.startsWith('DEL', 1) && span > 1)
        this.#putLength(fnvInt(NS.delta, -1), span - 1)
    } else if (shape === 'breakend') {
      this.#putBreakend(alt, hc)
    }

    // Substitution type, for SNVs.
    if (cls === 'SNV' && shape === 'sequence' && ref.length === alt.length)
      this.#putSubstitution(ref, alt)

    // Sequence k-mers.
    this.#putKmers(layout.ref, NS.refKmer, ref)
    if (shape === 'sequence') this.#putKmers(layout.alt, NS.altKmer, alt)

    // Annotations.
    if (typeof v.gene === 'string') this.#putAll(cached(this.#genes, v.gene, hashGenes), W.gene)
    if (design.clinicalSignificance && typeof v.clinical_significance === 'string') {
      this.#putAll(cached(this.#terms, v.clinical_significance, hashTerms), W.clnsig)
    }
    const af = v.af
    if (typeof af === 'number' && Number.isFinite(af)) {
      this.#put(layout.annot, fnvInt(NS.af, afBin(af, AF_EDGES)), W.af)
      this.#put(layout.annot, fnvInt(NS.afShift, afBin(af, AF_EDGES_SHIFTED)), W.af)
    }

    this.#normalise()
    this.#out = EMPTY
  }

  /** Adds `x` to slot `slot` (relative to the output offset) and records the slot. */
  #add(slot: number, x: number): void {
    if (this.#stamp[slot] !== this.#gen) {
      this.#stamp[slot] = this.#gen
      this.#touched[this.#count++] = slot
    }
    const i = this.#base + slot
    this.#out[i] = (this.#out[i] as number) + x
  }

  /** Adds `w` with a hash-chosen sign at a hash-chosen slot of `block`. */
  #put(block: Block, h: number, w: number): void {
    const m = fmix32(h)
    this.#add(block.start + ((m >>> 1) % block.size), m & 1 ? -w : w)
  }

  /** Features that share one weight (genes, clinical significance terms), as pre-hashed values. */
  #putAll(hashes: readonly number[], total: number): void {
    if (hashes.length === 0) return
    const w = total / Math.sqrt(hashes.length)
    for (const h of hashes) this.#put(this.#layout.annot, h, w)
  }

  /** A length on two log2 grids: aligned (1, 2-3, 4-7, …) and shifted by half a step (via ⌊1.5·n⌋). */
  #putLength(ns: number, n: number): void {
    this.#put(this.#layout.kind, fnvInt(ns, log2Bucket(n)), W.len)
    this.#put(this.#layout.kind, fnvInt(ns ^ NS.lenShift, log2Bucket(Math.floor(n * 1.5))), W.len)
  }

  /** REF>ALT of the one differing base, on the pyrimidine strand, and transition vs transversion. */
  #putSubstitution(ref: string, alt: string): void {
    let i = 0
    while (i < ref.length && baseAt(ref, i) === baseAt(alt, i)) i++
    if (i === ref.length) return
    let r = baseAt(ref, i)
    let a = baseAt(alt, i)
    if (!isBase(r) || !isBase(a)) return
    if (r === 65 || r === 71) {
      r = complement(r)
      a = complement(a)
    }
    this.#put(this.#layout.subst, fnvByte(fnvByte(NS.subst, r), a), W.subst)
    this.#put(this.#layout.subst, fnvByte(NS.tstv, a === 67 || a === 84 ? 1 : 2), W.tstv)
  }

  /** Breakend features: join shape, mate chromosome and coarse mate position (VCF v4.3 §5.4). */
  #putBreakend(alt: string, hc: number): void {
    const kind = this.#layout.kind
    const open = alt.search(/[[\]]/)
    if (open < 0) {
      this.#put(kind, fnvString(NS.bndShape, alt.startsWith('.') ? '.t' : 't.'), W.bndShape)
      return
    }
    const bracket = alt.charAt(open)
    const close = alt.indexOf(bracket, open + 1)
    const joinShape = open === 0 ? `${bracket}p${bracket}t` : `t${bracket}p${bracket}`
    this.#put(kind, fnvString(NS.bndShape, joinShape), W.bndShape)
    if (close < 0) return
    const mate = alt.slice(open + 1, close)
    const colon = mate.lastIndexOf(':')
    if (colon <= 0) return
    const mateChrom = cached(this.#chroms, mate.slice(0, colon), hashChrom)
    this.#put(kind, fnvInt(NS.bndMateChrom, mateChrom === hc ? 0 : mateChrom), W.bndMateChrom)
    const matePos = Number(mate.slice(colon + 1))
    if (!Number.isSafeInteger(matePos) || matePos < 1) return
    for (const s of MATE_SCALES) {
      this.#put(
        this.#layout.pos,
        fnvInt(fnvInt(fnvInt(NS.mate, mateChrom), s), Math.floor(matePos / s)),
        W.mate,
      )
    }
  }

  /** Adds the k-mer (k = 1..3) profile of `s`, scaled to weight `W.kmers`, into `block`. */
  #putKmers(block: Block, ns: number, s: string): void {
    const n = s.length
    const twoParts = n > 2 * KMER_EDGE
    const partLen = twoParts ? KMER_EDGE : n
    const parts = twoParts ? 2 : 1
    if (partLen === 0) return
    const weight = this.#kmerWeight
    for (let k = 1; k <= 3; k++) {
      const count = parts * (partLen - k + 1)
      weight[k - 1] = count > 0 ? 1 / Math.sqrt(count) : 0
    }
    const scratch = this.#scratch
    const stamp = this.#scratchStamp
    const touched = this.#scratchTouched
    if (++this.#scratchGen === 0xffffffff) {
      stamp.fill(0)
      this.#scratchGen = 1
    }
    const gen = this.#scratchGen
    let count = 0
    const size = block.size
    for (let p = 0; p < parts; p++) {
      const from = p === 0 ? 0 : n - KMER_EDGE
      const to = from + partLen
      for (let i = from; i < to; i++) {
        let h = ns
        for (let k = 1; k <= 3 && i + k <= to; k++) {
          h = fnvByte(h, baseAt(s, i + k - 1))
          const m = fmix32(h)
          const j = (m >>> 1) % size
          const w = weight[k - 1] as number
          if (stamp[j] !== gen) {
            stamp[j] = gen
            scratch[j] = 0
            touched[count++] = j
          }
          scratch[j] = (scratch[j] as number) + (m & 1 ? -w : w)
        }
      }
    }
    let sq = 0
    for (let t = 0; t < count; t++) {
      const x = scratch[touched[t] as number] as number
      sq += x * x
    }
    if (sq === 0) return
    const scale = W.kmers / Math.sqrt(sq)
    for (let t = 0; t < count; t++) {
      const j = touched[t] as number
      const x = scratch[j] as number
      if (x !== 0) this.#add(block.start + j, x * scale)
    }
  }

  /** Scales the touched slots to unit L2 length. */
  #normalise(): void {
    const out = this.#out
    const base = this.#base
    const touched = this.#touched
    const count = this.#count
    let sq = 0
    for (let t = 0; t < count; t++) {
      const x = out[base + (touched[t] as number)] as number
      sq += x * x
    }
    if (sq === 0) {
      // Only possible when every feature cancels out in a tiny vector; stay deterministic and unit length.
      out[base] = 1
      return
    }
    const inv = 1 / Math.sqrt(sq)
    for (let t = 0; t < count; t++) {
      const i = base + (touched[t] as number)
      out[i] = (out[i] as number) * inv
    }
  }
}

/**
 * Creates the built-in variant embedder. It needs no network and no model files, and it is deterministic: a given
 * variant and `dim` give bit-identical vectors on every machine and run (FNV-1a over UTF-8 plus the murmur3
 * finaliser; no random numbers, no process-seeded hashes, no transcendental math).
 *
 * **Design.** Each variant is turned into named features. Each feature is hashed to one slot of its group's
 * block of the vector, with a hash-chosen sign (signed feature hashing), and its weight is added there. The
 * vector is then scaled to unit L2 length, so the squared weights below are each group's share of the squared norm
 * before normalising, and two vectors' dot product (and so their L2 distance) comes from the features they
 * share. Blocks, in 32nds of `dim`, are chrom 2, position 8, kind 3, substitution 1, REF k-mers 5, ALT k-mers 5,
 * annotations 8. Below `dim` 64 every group uses the whole vector.
 *
 * | Group | Features | Weight |
 * |---|---|---|
 * | chromosome | CHROM without `chr`, upper-cased, `M` → `MT` | 1.5 (`features-v1`: 1.0) |
 * | position | ⌊POS/s⌋ and ⌊(POS+s/2)/s⌋ for s = 10 bp (`features-v2` only), 100 bp, 1 kb, 10 kb, 100 kb, 1 Mb, 10 Mb, each hashed with the chromosome, so variants less than s/2 apart share at least one bin of scale s | √(2/12) ≈ 0.41 each (2.0 in all) |
 * | class | `variant_class`, or `classifyAllele(ref, alt)` | 1.0 |
 * | class family | substitution (SNV, MNV), indel, structural (symbolic, breakend), other | 0.5 |
 * | symbolic allele | `<DEL:ME:ALU>` gives its type `DEL` and its full ID `DEL:ME:ALU` | 0.6, 0.4 |
 * | breakend | the join shape (`t[p[`, `t]p]`, `]p]t`, `[p[t`, single `t.`/`.t`); the mate's chromosome; the mate's 1 Mb and 10 Mb bins | 0.5, 0.5, 0.4 |
 * | lengths | reference span (`rlen`, else REF length), ALT length, ALT−REF length change (signed; `<DEL>` counts `-(rlen-1)`), each as log2 bucket on two half-shifted grids | 0.45 each (0.32 per grid) |
 * | substitution (SNVs) | REF>ALT on the pyrimidine strand (G>A is C>T); transition or transversion | 0.8, 0.5 |
 * | REF k-mers, ALT k-mers | k = 1, 2, 3 over the whole allele, or its first and last 64 bases when longer than 128 bp; the k values share equally, and the group is scaled to its weight | 0.6 each |
 * | gene | each symbol, split on `|,;`, `SYMBOL:ID` keeps the symbol | 1.0 (shared by the symbols) |
 * | clinical significance (`features-v1` only: it is the label a curator searches for, so `features-v2` leaves it out) | lower-cased phrases (split on `,|/;`) and words (split on `_`), legacy codes `0`-`7`, `255` translated | 0.8 (shared by the terms) |
 * | allele frequency | AF on decade bins (≥ 0.1, 0.01-0.1, …, < 1e-8) and on bins shifted by half a decade | 0.35 each |
 *
 * Absent optional fields (`gene`, `clinical_significance`, `af`) add nothing. ALT alleles `<ID>`, breakends, `*`
 * and `.` add no ALT k-mers.
 *
 * **Cost.** A REF or ALT of any length costs at most about 400 k-mer hashes; `classifyAllele` is the only pass over
 * a whole long allele, and only when `variant_class` is not given. `embedInto` writes only the slots its
 * features touch (plus zeroing its slice), and caches the hashes of recent chromosome, gene and clinical
 * significance strings, so it allocates almost nothing.
 *
 * **Designs.** `features-v2` (the default, and what new tables record) and `features-v1` (what older tables
 * record; a table keeps its design, since vectors of two designs cannot be compared). Their scorecard is in the
 * docs' "Text and hybrid search" guide (`pnpm bench:embeddings`).
 *
 * @param dim - vector length, an integer from 2 to 1048576. The default is the Variant table's default dim.
 * @param design - `features-v2` (the default) or `features-v1`
 * @returns the embedder, named after its design
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an unknown design
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `dim` is out of range
 * @example
 * ```ts
 * const embedder = createFeatureEmbedder(1024)
 * const [a, b] = await embedder.embed([
 *   { chrom: '17', pos: 43045712, ref: 'T', alt: 'C', gene: 'BRCA1', clinical_significance: 'Pathogenic' },
 *   { chrom: 'chr17', pos: 43045900, ref: 'G', alt: 'A' },
 * ])
 * ```
 * @example
 * ```ts
 * // Fill one flat buffer, e.g. for an Arrow FixedSizeList column.
 * const flat = new Float32Array(rows.length * embedder.dim)
 * rows.forEach((row, i) => embedder.embedInto(row, flat, i * embedder.dim))
 * ```
 */
export function createFeatureEmbedder(
  dim = DEFAULT_DIM,
  design: string = DEFAULT_DESIGN,
): FeatureEmbedder {
  if (!Number.isInteger(dim) || dim < MIN_DIM || dim > MAX_DIM) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Embedding dim must be an integer from ${MIN_DIM} to ${MAX_DIM}; got ${String(dim)}.`,
      { details: { dim } },
    )
  }
  return new Hasher(dim, designNamed(design))
}
