/**
 * `readVcf`: a VCF file as a stream of split records (one per ALT allele) in file order.
 *
 * @module
 */
import { VcfParseError } from '../errors/errors.js'
import { type VcfHeader, parseHeader } from './header.js'
import {
  type SplitOptions,
  type SplitRecord,
  type StoredRecord,
  splitRecord,
  splitStoredRecord,
} from './record.js'
import { afterLastGood, checkEnding, truncatedLine } from './input-ending.js'
import {
  type VcfInput,
  type VcfSource,
  latin1Warning,
  openVcfSource,
  sourceName,
} from './source.js'

/** A split record as the reader yields it, with the count of identical CHROM-POS-REF-ALT seen so far. */
export interface ReadRecord extends SplitRecord {
  /**
   * 1 for the first record with this CHROM, POS, REF and ALT at this position; 2, 3 … for repeats (e.g. two
   * `<DEL>` records with different END), so a caller can give every record its own key.
   */
  occurrence: number
}

/** @deprecated Renamed {@link ReadRecord}; the fields now use the VCF spec's names (`CHROM`, `POS` …). */
export type VcfRow = ReadRecord

/** Options of {@link readVcf}. */
export interface ReadVcfOptions {
  /**
   * INFO key holding clinical significance. The default is `CLNSIG`; when the header does not declare `CLNSIG`
   * but declares `CLINICAL_SIGNIFICANCE` (the MacArthur ClinVar layout), that key is used.
   */
  clinicalSignificanceKey?: string
  /** Called once per distinct warning (undeclared contig or INFO tag), as bcftools warns. */
  onWarning?: (message: string) => void
  /**
   * Called once with the header lines (the `#CHROM` line last) as soon as they are read, before they are parsed
   * (so a header that is refused still gets its checks) and before the first record and its warnings.
   */
  onHeader?: (lines: readonly string[]) => void
}

/** An open VCF file; iterate {@link VcfReader.rows} once. */
export interface VcfReader {
  /** The underlying byte source (compression, sizes). */
  readonly source: VcfSource
  /** The header, once the first record (or the end of the file) has been reached. */
  readonly header: VcfHeader | undefined
  /** Records (data lines) read so far. */
  readonly recordsRead: number
  /** Distinct warnings so far. */
  readonly warnings: string[]
  /** Split records in file order. Throws `VcfParseError` at the first malformed line. */
  rows(): AsyncGenerator<ReadRecord>
  /** Releases the file. */
  close(): void
}

/**
 * Opens a VCF (plain, gzip or BGZF, detected from its bytes) and yields one row per ALT allele, exactly as
 * `bcftools norm -m -any` splits records. Blank lines are skipped (VCF v4.3 §1.6). A repeat of the same
 * CHROM-POS-REF-ALT at the same position gets `occurrence` 2, 3 …
 *
 * @param input - VCF path, `'-'` for standard input, or a byte stream
 * @param options - clinical-significance key, warning callback
 * @returns the reader
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE`; while iterating: `VCF_PARSE_BAD_HEADER`, `VCF_PARSE_BAD_RECORD`
 * @example
 * ```ts
 * const reader = await readVcf('trio.vcf')
 * for await (const rec of reader.rows()) console.log(rec.CHROM, rec.POS, rec.annotations.het_samples)
 * ```
 */
export async function readVcf(input: VcfInput, options: ReadVcfOptions = {}): Promise<VcfReader> {
  const file = sourceName(input)
  const warnings = new Map<string, string>()
  const warn = (key: string, message: string): void => {
    if (warnings.has(key)) return
    warnings.set(key, message)
    try {
      options.onWarning?.(message)
    } catch {
      /* a callback never aborts reading */
    }
  }
  const source = await openVcfSource(input, (line) => warn('latin1', latin1Warning(file, line)))
  const state = { header: undefined as VcfHeader | undefined, recordsRead: 0 }

  async function* rows(): AsyncGenerator<ReadRecord> {
    const headerLines: string[] = []
    let lineNo = 0
    let split: RecordSplitter | undefined
    let lines: AsyncIterator<string>
    try {
      lines = source.lines[Symbol.asyncIterator]()
    } catch (err) {
      throw afterLastGood(err, { records: 0, line: 0 })
    }
    for (;;) {
      let next: IteratorResult<string>
      try {
        next = await lines.next()
      } catch (err) {
        throw afterLastGood(err, { records: state.recordsRead, line: lineNo })
      }
      if (next.done) break
      const line = next.value
      lineNo++
      if (!split) {
        if (line.startsWith('#')) {
          headerLines.push(line)
          continue
        }
        options.onHeader?.(headerLines)
        state.header = parseHeader(headerLines, file)
        split = recordSplitter(state.header, { file, warn, ...clnOption(options) })
      }
      let recs: ReadRecord[] | undefined
      try {
        recs = split(line, lineNo)
      } catch (err) {
        throw truncatedLine(source.ending(), file, lineNo) ?? err
      }
      if (recs === undefined) continue
      state.recordsRead++
      yield* recs
    }
    if (!state.header) {
      options.onHeader?.(headerLines)
      state.header = parseHeader(headerLines, file)
    }
    const warning = checkEnding(source.ending(), file, { records: state.recordsRead, line: lineNo })
    if (warning !== undefined) warn('BGZF_NO_EOF', warning)
  }

  return {
    source,
    get header() {
      return state.header
    },
    get recordsRead() {
      return state.recordsRead
    },
    get warnings() {
      return [...warnings.values()]
    },
    rows,
    close: () => source.close(),
  }
}

function clnOption(options: ReadVcfOptions): { clinicalSignificanceKey?: string } {
  return options.clinicalSignificanceKey
    ? { clinicalSignificanceKey: options.clinicalSignificanceKey }
    : {}
}

/**
 * Splits one data line into its records (one per ALT), or returns undefined for a blank line; throws
 * `VCF_PARSE_BAD_RECORD` for a malformed one. Keeps the per-site count behind {@link ReadRecord.occurrence}.
 */
export type RecordSplitter = (line: string, lineNo: number) => ReadRecord[] | undefined

/**
 * The record splitter {@link readVcf} uses, for a reader that gets its lines elsewhere (the parse workers of
 * `ingestVcf`, each reading whole sites). The clinical-significance key defaults as in {@link ReadVcfOptions}.
 *
 * @param header - the file's header
 * @param opts - file name for messages, clinical-significance key, warning sink (called with a key, once per key
 *   is the caller's business)
 * @returns the splitter
 * @example
 * ```ts
 * const split = recordSplitter(header, { file: 'x.vcf' })
 * split('1\t100\t.\tA\tG,T\t.\tPASS\t.', 5)?.length // 2
 * ```
 */
export function recordSplitter(header: VcfHeader, opts: SplitOptions): RecordSplitter {
  return siteCounted(header, opts, splitRecord)
}

/**
 * {@link recordSplitter} giving {@link StoredRecord}s (INFO as its storage JSON only), for ingest.
 * @internal
 */
export function storedRecordSplitter(
  header: VcfHeader,
  opts: SplitOptions,
): (line: string, lineNo: number) => (StoredRecord & { occurrence: number })[] | undefined {
  return siteCounted(header, opts, splitStoredRecord)
}

/** Wraps a line splitter with blank-line skipping, the header-after-records check and the per-site count. */
function siteCounted<R extends Pick<SplitRecord, 'CHROM' | 'POS' | 'REF' | 'ALT'>>(
  header: VcfHeader,
  opts: SplitOptions,
  split: (line: string, lineNo: number, header: VcfHeader, opts: SplitOptions) => R[],
): (line: string, lineNo: number) => (R & { occurrence: number })[] | undefined {
  const splitOpts: SplitOptions = {
    ...opts,
    clinicalSignificanceKey:
      opts.clinicalSignificanceKey ??
      (!('CLNSIG' in header.info) && 'CLINICAL_SIGNIFICANCE' in header.info
        ? 'CLINICAL_SIGNIFICANCE'
        : 'CLNSIG'),
  }
  const { file } = opts
  // the records of the current site: its first one, and a count per REF-ALT once the site has a second record
  let first: R | undefined
  let seen: Map<string, number> | undefined
  const alleles = (r: R): string => `${r.REF}\t${r.ALT[0] ?? '.'}`
  return (line, lineNo) => {
    if (line === '') return undefined
    if (line.startsWith('#')) {
      throw new VcfParseError(
        'VCF_PARSE_BAD_RECORD',
        `${file}:${lineNo}: a header line appears after the first record.`,
        {
          details: { file, line: lineNo, field: 'header' },
        },
      )
    }
    const recs = split(line, lineNo, header, splitOpts) as (R & { occurrence: number })[]
    for (const rec of recs) {
      if (first === undefined || rec.POS !== first.POS || rec.CHROM !== first.CHROM) {
        first = rec
        seen = undefined
        rec.occurrence = 1
        continue
      }
      seen ??= new Map([[alleles(first), 1]])
      const key = alleles(rec)
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      rec.occurrence = occurrence
    }
    return recs
  }
}
