/**
 * `readVcf`: a VCF file as a stream of split records (one per ALT allele) in file order.
 *
 * @module
 */
import { basename } from 'node:path'
import { VcfParseError } from '../errors/errors.js'
import { type VcfHeader, parseHeader } from './header.js'
import { type SplitRecord, splitRecord } from './record.js'
import { type VcfSource, openVcfSource } from './source.js'

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
 * @param path - VCF file
 * @param options - clinical-significance key, warning callback
 * @returns the reader
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE`; while iterating: `VCF_PARSE_BAD_HEADER`, `VCF_PARSE_BAD_RECORD`
 * @example
 * ```ts
 * const reader = await readVcf('trio.vcf')
 * for await (const rec of reader.rows()) console.log(rec.CHROM, rec.POS, rec.annotations.het_samples)
 * ```
 */
export async function readVcf(path: string, options: ReadVcfOptions = {}): Promise<VcfReader> {
  const source = await openVcfSource(path)
  const file = basename(path)
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
  const state = { header: undefined as VcfHeader | undefined, recordsRead: 0 }

  async function* rows(): AsyncGenerator<ReadRecord> {
    const headerLines: string[] = []
    let lineNo = 0
    let clnKey = options.clinicalSignificanceKey
    let dupChrom = ''
    let dupPos = -1
    const dupSeen = new Map<string, number>()
    for await (const line of source.lines) {
      lineNo++
      if (!state.header) {
        if (line.startsWith('#')) {
          headerLines.push(line)
          continue
        }
        state.header = parseHeader(headerLines, file)
        clnKey ??=
          !('CLNSIG' in state.header.info) && 'CLINICAL_SIGNIFICANCE' in state.header.info
            ? 'CLINICAL_SIGNIFICANCE'
            : 'CLNSIG'
      }
      if (line === '') continue
      if (line.startsWith('#')) {
        throw new VcfParseError(
          'VCF_PARSE_BAD_RECORD',
          `${file}:${lineNo}: a header line appears after the first record.`,
          {
            details: { file, line: lineNo, field: 'header' },
          },
        )
      }
      state.recordsRead++
      for (const rec of splitRecord(line, lineNo, state.header, {
        file,
        clinicalSignificanceKey: clnKey,
        warn,
      })) {
        if (rec.POS !== dupPos || rec.CHROM !== dupChrom) {
          dupSeen.clear()
          dupChrom = rec.CHROM
          dupPos = rec.POS
        }
        const key = `${rec.REF}\t${rec.ALT[0] ?? '.'}`
        const occurrence = (dupSeen.get(key) ?? 0) + 1
        dupSeen.set(key, occurrence)
        yield Object.assign(rec, { occurrence })
      }
    }
    state.header ??= parseHeader(headerLines, file)
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
