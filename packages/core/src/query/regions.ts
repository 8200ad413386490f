/**
 * Genomic queries the way genomics people ask them: regions (`bcftools view -r`), BED files (`-R`), samples
 * and genes, turned into LanceDB filters over the Variant columns.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors/errors.js'
import { COLUMN_NAMES } from '../schema/columns.js'
import { type Predicate, genesPredicate, regionPredicate, renderWhere, samplesPredicate } from '../store/predicates.js'

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
  if (range) return { beg: Number(range[1]), end: range[2] === '' ? Number.POSITIVE_INFINITY : Number(range[2]) }
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
  if (t === '') throw new UsageError('USAGE_INVALID_ARGUMENT', 'A region must not be empty; use CHR, CHR:POS or CHR:BEG-END.')
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
  if (span.beg < 1) throw new UsageError('USAGE_INVALID_ARGUMENT', `Region ${JSON.stringify(text)}: positions are 1-based; 0 is not a position.`)
  if (span.end < span.beg) throw new UsageError('USAGE_INVALID_ARGUMENT', `Region ${JSON.stringify(text)}: the end comes before the beginning.`)
  return { chrom, beg: span.beg, end: span.end }
}

function bad(text: string): UsageError {
  return new UsageError('USAGE_INVALID_ARGUMENT', `Cannot parse region ${JSON.stringify(text)}; use CHR, CHR:POS, CHR:BEG-END or {CHR}:BEG-END.`)
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

/**
 * Parses BED text (0-based, half-open `chrom start end`; UCSC BED) as 1-based inclusive regions
 * (`beg = start + 1`, `end = end`). `track`, `browser` and `#` lines are skipped; empty intervals dropped.
 *
 * @param text - the BED content
 * @param source - file name for error messages
 * @returns the regions
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` naming the file and line of a malformed line
 * @example
 * ```ts
 * parseBed('chr1\t99\t200\n', 'targets.bed') // [{ chrom: 'chr1', beg: 100, end: 200 }]
 * ```
 */
export function parseBed(text: string, source: string): Region[] {
  const regions: Region[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('track') || line.startsWith('browser')) return
    const [chrom, s, e] = line.split('\t')
    const start = Number(s)
    const end = Number(e)
    if (!chrom || !Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', `${source}:${i + 1}: a BED line needs tab-separated chrom, start (0-based) and end (start ≤ end).`, {
        details: { file: source, line: i + 1 },
      })
    }
    if (end > start) regions.push({ chrom, beg: start + 1, end })
  })
  return regions
}

/**
 * Reads a BED file (see {@link parseBed}).
 *
 * @param path - BED file
 * @returns the regions
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the file cannot be read or a line is malformed
 * @example
 * ```ts
 * await readBedFile('targets.bed') // 'chr1\t99\t200' → { chrom: 'chr1', beg: 100, end: 200 }
 * ```
 */
export async function readBedFile(path: string): Promise<Region[]> {
  const text = await readFile(path, 'utf8').catch((err: Error) => {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `Cannot read BED file ${path}: ${err.message}`)
  })
  return parseBed(text, path)
}

/** Criteria of {@link genomicFilter}. */
export interface GenomicQuery {
  /** Regions: a variant matches when its reference span touches any of them. */
  regions?: readonly Region[]
  /** Samples: a variant matches when any of them carries the ALT (het or hom-alt). */
  samples?: readonly string[]
  /** Gene symbols (the `gene` column). */
  genes?: readonly string[]
  /** An extra SQL filter, ANDed. */
  filter?: string
  /**
   * Whether the table has the `rlen` column (tables of the original tool do not: then the span is len(REF)).
   * The default is true.
   */
  hasRlen?: boolean
}

/**
 * Builds the LanceDB filter for a genomic query. Region overlap is bcftools': the variant's span
 * POS .. POS + rlen − 1 (rlen = INFO/END − POS + 1, or len(REF)) touches [beg, end]. The expression is written
 * so scalar indexes help: `pos BETWEEN beg AND end` catches variants starting inside, and
 * `rlen > 1 AND pos < beg AND pos + rlen - 1 >= beg` catches longer ones starting before.
 *
 * @param q - regions, samples, genes, extra filter
 * @returns a SQL filter, or undefined when `q` has no criteria
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when `q.filter` is refused by `validateFilter`
 * @example
 * ```ts
 * genomicFilter({ regions: [{ chrom: '17', beg: 43044295, end: 43125483 }], samples: ['NA12878'] })
 * ```
 */
export function genomicFilter(q: GenomicQuery): string | undefined {
  const predicates: Predicate[] = []
  if (q.regions && q.regions.length > 0) predicates.push(regionPredicate(q.regions, q.hasRlen !== false))
  if (q.samples && q.samples.length > 0) predicates.push(samplesPredicate(q.samples))
  if (q.genes && q.genes.length > 0) predicates.push(genesPredicate(q.genes))
  return renderWhere({ filter: q.filter, predicates }, { columns: COLUMN_NAMES })
}
