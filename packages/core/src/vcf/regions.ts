/**
 * Region parsing as `bcftools view -r` does it: `CHR`, `CHR:POS`, `CHR:BEG-END`, `CHR:BEG-`, `{CHR}:BEG-END`.
 * Positions are 1-based and inclusive, like VCF POS. Pure text handling: no store, no SQL.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'

/** A region on one contig: `beg`..`end` are 1-based and inclusive, like VCF POS and `bcftools -r`. */
export interface Region {
  /** Contig name (VCF CHROM). */
  chrom: string
  /** First base, 1-based, inclusive. 1 when the region names a whole contig. */
  beg: number
  /** Last base, 1-based, inclusive. `Infinity` when open-ended. */
  end: number
}

const POSITION = /^(\d+)$/
const RANGE = /^(\d+)-(\d*)$/

function spanOf(text: string): { beg: number; end: number } | undefined {
  const clean = text.replace(/,/g, '')
  const one = POSITION.exec(clean)
  if (one) return { beg: Number(one[1]), end: Number(one[1]) }
  const range = RANGE.exec(clean)
  if (range)
    return {
      beg: Number(range[1]),
      end: range[2] === '' ? Number.POSITIVE_INFINITY : Number(range[2]),
    }
  return undefined
}

/**
 * Parses one region as `bcftools view -r` does: `CHR`, `CHR:POS`, `CHR:BEG-END`, `CHR:BEG-` (1-based,
 * inclusive). Contig names that contain `:` or `-` (e.g. `1:1`, `1:1-1` in bcftools' weird-chr-names test):
 * - like bcftools, the text after the last `:` is read as a position or range when it parses as one, so `1:1`
 *   means contig `1`, position 1;
 * - when the whole text is a known contig and the text before the last `:` is not, the whole contig is meant
 *   (longest matching contig);
 * - braces name a contig exactly, as in htslib's region syntax: `{1:1}` is all of contig `1:1`,
 *   `{1:1-1}:2-5` is bases 2–5 of contig `1:1-1`.
 *
 * @param text - the region text
 * @param contigs - known contig names (e.g. the table's CHROM values), used to resolve ambiguous names
 * @returns the region
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty region, BEG > END, or a zero position
 * @example
 * ```ts
 * parseRegion('chr17:43044295-43125483') // { chrom: 'chr17', beg: 43044295, end: 43125483 }
 * parseRegion('{1:1}:1-10')              // { chrom: '1:1', beg: 1, end: 10 }
 * ```
 */
export function parseRegion(text: string, contigs?: ReadonlySet<string>): Region {
  const t = text.trim()
  if (t === '')
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'A region must not be empty; use CHR, CHR:POS or CHR:BEG-END.',
    )
  let chrom: string
  let span: { beg: number; end: number } | undefined
  const braced = /^\{([^}]+)\}(?::(.*))?$/.exec(t)
  if (braced) {
    chrom = braced[1]!
    span = braced[2] === undefined ? { beg: 1, end: Number.POSITIVE_INFINITY } : spanOf(braced[2])
    if (!span) throw bad(text)
  } else {
    const colon = t.lastIndexOf(':')
    const head = colon === -1 ? t : t.slice(0, colon)
    span = colon === -1 ? undefined : spanOf(t.slice(colon + 1))
    const wholeKnown = contigs?.has(t) ?? false
    const headKnown = contigs ? contigs.has(head) : true
    if (span && (headKnown || !wholeKnown)) chrom = head
    else if (colon === -1 || wholeKnown) {
      chrom = t
      span = { beg: 1, end: Number.POSITIVE_INFINITY }
    } else throw bad(text)
  }
  if (span.beg < 1)
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Region ${JSON.stringify(text)}: positions are 1-based; 0 is not a position.`,
    )
  if (span.end < span.beg)
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Region ${JSON.stringify(text)}: the end comes before the beginning.`,
    )
  return { chrom, beg: span.beg, end: span.end }
}

function bad(text: string): UsageError {
  return new UsageError(
    'USAGE_INVALID_ARGUMENT',
    `Cannot parse region ${JSON.stringify(text)}; use CHR, CHR:POS, CHR:BEG-END or {CHR}:BEG-END.`,
  )
}

/**
 * Parses regions given as bcftools does: a comma-separated list, and/or several texts.
 *
 * @param texts - e.g. `['1:100-200,2']`
 * @param contigs - known contig names
 * @returns the regions in order
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
 * @example
 * ```ts
 * parseRegions(['1:100-200,X']) // two regions
 * ```
 */
export function parseRegions(texts: readonly string[], contigs?: ReadonlySet<string>): Region[] {
  return texts.flatMap((t) => splitTopLevel(t).map((r) => parseRegion(r, contigs)))
}

function splitTopLevel(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of text) {
    if (ch === '{') depth++
    else if (ch === '}') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out.filter((s) => s.trim() !== '')
}
