/**
 * `readVcf`: a VCF file as a stream of split rows (one per ALT allele) in file order, with ids.
 *
 * @module
 */
import { basename } from 'node:path'
import { VcfParseError } from '../errors/errors.js'
import { type VcfHeader, parseHeader } from './header.js'
import { type SplitRow, splitRecord } from './record.js'
import { type VcfSource, openVcfSource } from './source.js'
import { makeVariantId } from './variant-id.js'

/** A split row with its id and source line. */
export interface VcfRow extends SplitRow {
  /** `CHROM-POS-REF-ALT` (see `makeVariantId`), unique within the file for adjacent repeats. */
  variantId: string
  /** 1-based line of the record in the file. */
  line: number
}

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
  /** Split rows in file order. Throws `VcfParseError` at the first malformed line. */
  rows(): AsyncGenerator<VcfRow>
  /** Releases the file. */
  close(): void
}

/**
 * Opens a VCF (plain, gzip or BGZF, detected from its bytes) and yields one row per ALT allele, exactly as
 * `bcftools norm -m -any` splits records. Blank lines are skipped (VCF v4.3 §1.6). A repeat of the same
 * CHROM-POS-REF-ALT at the same position gets `~2`, `~3` … in its id, so every row keeps its own id.
 *
 * @param path - VCF file
 * @param options - clinical-significance key, warning callback
 * @returns the reader
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE`; while iterating: `VCF_PARSE_BAD_HEADER`, `VCF_PARSE_BAD_RECORD`
 * @example
 * ```ts
 * const reader = await readVcf('trio.vcf')
 * for await (const row of reader.rows()) console.log(row.variantId, row.het)
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

  async function* rows(): AsyncGenerator<VcfRow> {
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
        clnKey ??= !('CLNSIG' in state.header.info) && 'CLINICAL_SIGNIFICANCE' in state.header.info ? 'CLINICAL_SIGNIFICANCE' : 'CLNSIG'
      }
      if (line === '') continue
      if (line.startsWith('#')) {
        throw new VcfParseError('VCF_PARSE_BAD_RECORD', `${file}:${lineNo}: a header line appears after the first record.`, {
          details: { file, line: lineNo, field: 'header' },
        })
      }
      state.recordsRead++
      for (const row of splitRecord(line, lineNo, state.header, { file, clinicalSignificanceKey: clnKey, warn })) {
        if (row.pos !== dupPos || row.chrom !== dupChrom) {
          dupSeen.clear()
          dupChrom = row.chrom
          dupPos = row.pos
        }
        const key = `${row.ref}\t${row.alt}`
        const occurrence = (dupSeen.get(key) ?? 0) + 1
        dupSeen.set(key, occurrence)
        yield Object.assign(row, { variantId: makeVariantId(row.chrom, row.pos, row.ref, row.alt, occurrence), line: lineNo })
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
