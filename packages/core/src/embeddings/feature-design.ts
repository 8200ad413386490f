/**
 * The constants and small helpers of the `features-v1` design used by the feature embedder: weights, hash
 * namespaces, position scales, frequency bins and the block layout. Any change here changes vectors, and must
 * come with a new embedder name.
 *
 * @internal
 * @module
 */
import { fnv1a32 } from './hash.js'

/** Name of this feature design. @internal */
export const DESIGN_NAME = 'features-v1'

/** Smallest supported `dim`. @internal */
export const MIN_DIM = 2

/** Largest supported `dim`. @internal */
export const MAX_DIM = 1 << 20

/** Below this `dim` every feature group hashes into the whole vector instead of its own block. @internal */
export const MIN_BLOCKED_DIM = 64

/** Position scales in bp; each is hashed twice (aligned bins and bins shifted by half a bin). @internal */
export const POS_SCALES: readonly number[] = [100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]

/** Mate-position scales in bp for breakends. @internal */
export const MATE_SCALES: readonly number[] = [1_000_000, 10_000_000]

/** Allele-frequency bin edges, one per decade (1e-1 … 1e-8), written out so no `Math.log10` is involved. @internal */
export const AF_EDGES: readonly number[] = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8]

/** The decade edges shifted by half a decade (10^-0.5 … 10^-8.5), written out. @internal */
export const AF_EDGES_SHIFTED: readonly number[] = [
  0.31622776601683794, 0.03162277660168379, 0.0031622776601683794, 0.00031622776601683794,
  0.000031622776601683795, 0.000003162277660168379, 3.162277660168379e-7, 3.162277660168379e-8,
]

/**
 * Alleles up to twice this length are read whole for k-mers; longer ones only their first and last this many bases.
 *
 * @internal
 */
export const KMER_EDGE = 64

/**
 * Feature weights. The squared weight of a group is its share of the vector's squared norm before normalising.
 *
 * @internal
 */
export const W = {
  chrom: 1.0,
  pos: Math.sqrt(2 / (POS_SCALES.length * 2)),
  mate: 0.4,
  cls: 1.0,
  family: 0.5,
  symTop: 0.6,
  symFull: 0.4,
  bndShape: 0.5,
  bndMateChrom: 0.5,
  len: 0.45 / Math.SQRT2,
  subst: 0.8,
  tstv: 0.5,
  kmers: 0.6,
  gene: 1.0,
  clnsig: 0.8,
  af: 0.5 / Math.SQRT2,
} as const

/**
 * One FNV-1a namespace seed per feature kind, so equal values of different kinds hash apart.
 *
 * @internal
 */
export const NS = {
  chrom: fnv1a32('chrom'),
  pos: fnv1a32('pos'),
  posShift: fnv1a32('pos+half'),
  mate: fnv1a32('bnd-mate-pos'),
  cls: fnv1a32('class'),
  family: fnv1a32('family'),
  symTop: fnv1a32('symbolic'),
  symFull: fnv1a32('symbolic-full'),
  bndShape: fnv1a32('bnd-shape'),
  bndMateChrom: fnv1a32('bnd-mate-chrom'),
  span: fnv1a32('span'),
  altLen: fnv1a32('alt-len'),
  delta: fnv1a32('delta'),
  lenShift: 0x5bd1e995,
  subst: fnv1a32('subst'),
  tstv: fnv1a32('ts/tv'),
  refKmer: fnv1a32('ref-kmer'),
  altKmer: fnv1a32('alt-kmer'),
  gene: fnv1a32('gene'),
  clnsig: fnv1a32('clnsig'),
  af: fnv1a32('af'),
  afShift: fnv1a32('af+half'),
} as const

/** Class families: substitution, indel, structural, other. @internal */
export const FAMILY: Readonly<Record<string, string>> = {
  SNV: 'substitution',
  MNV: 'substitution',
  insertion: 'indel',
  deletion: 'indel',
  complex_indel: 'indel',
  symbolic: 'structural',
  breakend: 'structural',
  spanning_deletion: 'other',
  reference_block: 'other',
}

/** A range of the vector owned by one feature group. @internal */
export interface Block {
  /** First index. */
  start: number
  /** Number of slots, at least 1. */
  size: number
}

/** Which block of the vector each feature group writes to. @internal */
export interface Layout {
  chrom: Block
  pos: Block
  kind: Block
  subst: Block
  ref: Block
  alt: Block
  annot: Block
}

/** Block shares in 32nds of `dim`, in vector order. */
const SHARES: readonly (readonly [keyof Layout, number])[] = [
  ['chrom', 2],
  ['pos', 8],
  ['kind', 3],
  ['subst', 1],
  ['ref', 5],
  ['alt', 5],
  ['annot', 8],
]

/**
 * The block layout for a vector length: chrom 2, position 8, kind 3, substitution 1, REF k-mers 5, ALT k-mers 5
 * and annotations 8 32nds of `dim`; below {@link MIN_BLOCKED_DIM} every group uses the whole vector.
 *
 * @internal
 * @param dim - vector length
 * @returns the blocks
 * @example
 * ```ts
 * layoutFor(1024).pos // { start: 64, size: 256 }
 * ```
 */
export function layoutFor(dim: number): Layout {
  const whole: Block = { start: 0, size: dim }
  const layout: Layout = {
    chrom: whole,
    pos: whole,
    kind: whole,
    subst: whole,
    ref: whole,
    alt: whole,
    annot: whole,
  }
  if (dim < MIN_BLOCKED_DIM) return layout
  let units = 0
  for (const [key, share] of SHARES) {
    const start = Math.floor((units * dim) / 32)
    units += share
    layout[key] = { start, size: Math.floor((units * dim) / 32) - start }
  }
  return layout
}

/**
 * Log2 bucket of a non-negative integer: 0 → 0, 1 → 1, 2-3 → 2, 4-7 → 3, … (values from 2^31 share one bucket).
 *
 * @internal
 * @param n - a length in bp
 * @returns the bucket, 0..31
 * @example
 * ```ts
 * log2Bucket(5) // 3
 * ```
 */
export function log2Bucket(n: number): number {
  return n <= 0 ? 0 : 32 - Math.clz32(Math.min(n, 0x7fffffff))
}

/**
 * The allele-frequency bin of `af` on a list of descending edges: the number of edges above `af`.
 *
 * @internal
 * @param af - allele frequency
 * @param edges - {@link AF_EDGES} or {@link AF_EDGES_SHIFTED}
 * @returns 0 (af ≥ first edge) to `edges.length`
 * @example
 * ```ts
 * afBin(0.002, AF_EDGES) // 2
 * ```
 */
export function afBin(af: number, edges: readonly number[]): number {
  let b = 0
  while (b < edges.length && af < (edges[b] as number)) b++
  return b
}

/**
 * Upper-cased ASCII code of `s[i]`, low byte only (alleles are ASCII).
 *
 * @internal
 * @param s - an allele
 * @param i - index
 * @returns the byte
 * @example
 * ```ts
 * baseAt('acgt', 1) // 67 ('C')
 * ```
 */
export function baseAt(s: string, i: number): number {
  const c = s.charCodeAt(i) & 0xff
  return c >= 97 && c <= 122 ? c - 32 : c
}

/** How an ALT allele is written: bases, `<ID>`, breakend notation, or `*`/`.`. @internal */
export type AltShape = 'sequence' | 'symbolic' | 'breakend' | 'other'

/**
 * Tells how an ALT allele is written (VCF v4.3 §1.6.1 ALT, §5.4 breakends).
 *
 * @internal
 * @param alt - one ALT allele
 * @returns its shape
 * @example
 * ```ts
 * altShape('A[2:321681[') // 'breakend'
 * ```
 */
export function altShape(alt: string): AltShape {
  if (alt === '*' || alt === '.') return 'other'
  if (alt.length > 2 && alt.startsWith('<') && alt.endsWith('>')) return 'symbolic'
  if (
    alt.includes('[') ||
    alt.includes(']') ||
    (alt.length > 1 && (alt.startsWith('.') || alt.endsWith('.')))
  ) {
    return 'breakend'
  }
  return 'sequence'
}
