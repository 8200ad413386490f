/**
 * VCF header reading and validation (VCF v4.3 §1.2–1.5), on top of `@gmod/vcf`'s header parser.
 *
 * @module
 */
import VCFParser from '@gmod/vcf'
import { VcfParseError } from '../errors/errors.js'

const FIXED = ['#CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO'] as const

/** An INFO declaration from `##INFO=<ID=…,Number=…,Type=…>`. */
export interface InfoDeclaration {
  /** `Number`: an integer, or `A` (one per ALT), `R` (one per allele incl. REF), `G` (one per genotype), `.`. */
  Number: string
  /** `Type`: Integer, Float, Flag, Character or String. */
  Type: string
}

/** What ingestion needs from a header. */
export interface VcfHeader {
  /** The `@gmod/vcf` parser built from this header. */
  parser: VCFParser
  /** `##fileformat` value, e.g. `VCFv4.2`. */
  fileformat: string
  /** Sample names from the `#CHROM` line, in column order. */
  samples: string[]
  /** Declared INFO fields by ID. */
  info: Record<string, InfoDeclaration>
  /** `Number` of each declared FORMAT field by ID (`A`, `R`, `G`, `.` or an integer), as written. */
  formatNumbers: Record<string, string>
  /** The header lines as read, the `#CHROM` line last (what `export-vcf` writes back). */
  lines: string[]
  /**
   * The Type INFO values are read with, by ID: the declared one; an undeclared key — even one the VCF spec reserves
   * (AF, DP, END …, which `@gmod/vcf` pre-fills) — is read as String, as htslib reads it.
   */
  infoTypes: Record<string, string>
  /** Declared contig names. */
  contigs: Set<string>
  /** Field names of VEP's `CSQ` (from its Description "Format: A|B|…"), when declared. */
  csqFields: string[] | undefined
  /** Field names of snpEff's `ANN`, when declared. */
  annFields: string[] | undefined
  /** Number of header lines (the `#CHROM` line is the last). */
  lineCount: number
  /** True for files older than VCF 4.0 (`##fileformat=VCFv3.3`), whose GT may use `\\` as a separator. */
  legacyGt: boolean
}

/**
 * A header meta value as text, or `absent` when missing. @gmod/vcf gives strings, numbers (`Number=1`) and string lists
 * (`[a,b]`); each is rendered as `String()` renders it.
 */
function metaText(v: unknown, absent: string): string {
  if (v == null) return absent
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (Array.isArray(v)) return v.join(',')
  return JSON.stringify(v)
}

function bad(file: string, line: number, message: string, field?: string): VcfParseError {
  return new VcfParseError('VCF_PARSE_BAD_HEADER', `${file}:${line}: ${message}`, {
    details: { file, line, ...(field ? { field } : {}) },
  })
}

/**
 * Validates the header lines and builds a {@link VcfHeader}.
 *
 * Rejected, as bcftools 1.16 rejects them: a first line that is not `##fileformat=VCF…`; a `#CHROM` line whose
 * fixed columns are wrong or separated by spaces; an empty or duplicated sample name (e.g. a trailing tab);
 * a 9th column other than `FORMAT`; no `#CHROM` line before the first record.
 *
 * @param lines - header lines in file order (each starting with `#`)
 * @param file - file name for messages
 * @returns the parsed header
 * @throws {VcfParseError} `VCF_PARSE_BAD_HEADER` with the 1-based line number
 * @example
 * ```ts
 * const header = parseHeader(['##fileformat=VCFv4.2', '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'], 'x.vcf')
 * ```
 */
export function parseHeader(lines: readonly string[], file: string): VcfHeader {
  const first = lines[0]
  if (first === undefined || !first.startsWith('##fileformat=VCF')) {
    throw bad(
      file,
      1,
      'not a VCF file: the first line must be "##fileformat=VCFv4.x" (VCF v4.3 §1.4.1).',
      'fileformat',
    )
  }
  const chromIdx = lines.findIndex(
    (l) => l.startsWith('#CHROM') || (l.startsWith('#') && !l.startsWith('##')),
  )
  if (chromIdx === -1) {
    throw bad(
      file,
      lines.length + 1,
      'the header has no "#CHROM POS ID REF ALT QUAL FILTER INFO" line before the first record.',
      '#CHROM',
    )
  }
  const lineNo = chromIdx + 1
  const chromLine = lines[chromIdx]!
  const cols = chromLine.split('\t')
  if (cols.length < 8 || FIXED.some((name, i) => cols[i] !== name)) {
    const hint = / {2,}/.test(chromLine) ? ' Columns must be separated by tabs, not spaces.' : ''
    throw bad(
      file,
      lineNo,
      `the #CHROM line must start with the tab-separated columns ${FIXED.join(' ')}.${hint}`,
      '#CHROM',
    )
  }
  if (cols.length > 8 && cols[8] !== 'FORMAT') {
    throw bad(
      file,
      lineNo,
      'the 9th column of the #CHROM line must be FORMAT when samples follow.',
      'FORMAT',
    )
  }
  const samples = cols.slice(9)
  const seen = new Set<string>()
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!
    if (s.trim() === '') {
      throw bad(
        file,
        lineNo,
        `sample ${i + 1} has an empty name (trailing spaces or tabs on the #CHROM line?).`,
        'sample',
      )
    }
    if (seen.has(s))
      throw bad(file, lineNo, `sample name ${JSON.stringify(s)} appears twice.`, 'sample')
    seen.add(s)
  }
  if (cols.length === 9) {
    throw bad(file, lineNo, 'the #CHROM line has a FORMAT column but no sample columns.', 'FORMAT')
  }
  let parser: VCFParser
  try {
    parser = new VCFParser({ header: lines.slice(0, chromIdx + 1).join('\n'), strict: false })
  } catch (err) {
    throw bad(
      file,
      lineNo,
      `the header could not be parsed: ${(err as Error).message.split('\n')[0]}`,
    )
  }
  const infoMeta = (parser.getMetadata('INFO') ?? {}) as Record<string, Record<string, unknown>>
  const info: Record<string, InfoDeclaration> = {}
  // Only INFO tags the file declares: @gmod/vcf also pre-fills the spec's reserved tags (AF, END …), but bcftools
  // treats an undeclared reserved tag as undeclared (warning, Type=String, not sliced when splitting).
  for (const l of lines.slice(0, chromIdx)) {
    const id = /^##INFO=<ID=([^,>]+)/.exec(l)?.[1]
    const meta = id === undefined ? undefined : infoMeta[id]
    if (id !== undefined && meta)
      info[id] = { Number: metaText(meta.Number, '.'), Type: metaText(meta.Type, 'String') }
  }
  const formatMeta = (parser.getMetadata('FORMAT') ?? {}) as Record<string, Record<string, unknown>>
  const formatNumbers: Record<string, string> = {}
  for (const l of lines.slice(0, chromIdx)) {
    const id = /^##FORMAT=<ID=([^,>]+)/.exec(l)?.[1]
    const meta = id === undefined ? undefined : formatMeta[id]
    if (id !== undefined && meta) formatNumbers[id] = metaText(meta.Number, '.')
  }
  const contigMeta = parser.getMetadata('contig')
  const contigs = new Set<string>(
    contigMeta && typeof contigMeta === 'object' ? Object.keys(contigMeta) : [],
  )
  const format = (id: string): string[] | undefined => {
    const desc = infoMeta[id]?.Description
    const m = typeof desc === 'string' ? /Format:\s*'?([^'"]+)/.exec(desc) : null
    return m
      ? m[1]!
          .trim()
          .split('|')
          .map((s) => s.trim())
      : undefined
  }
  const fileformat = first.slice('##fileformat='.length).trim()
  return {
    parser,
    fileformat,
    legacyGt: Number(/^VCFv(\d+)/.exec(fileformat)?.[1] ?? 4) < 4,
    samples,
    info,
    formatNumbers,
    lines: lines.slice(0, chromIdx + 1),
    // only declared keys: an undeclared one, reserved (AF, H3 …) or not, is read as String, as htslib does (so
    // `H3=0` and `SB=0.150` keep their text and are written back as read)
    infoTypes: Object.fromEntries(Object.entries(info).map(([id, d]) => [id, d.Type])),
    contigs,
    csqFields: format('CSQ'),
    annFields:
      format('ANN') ??
      (infoMeta.ANN ? ['Allele', 'Annotation', 'Annotation_Impact', 'Gene_Name'] : undefined),
    lineCount: chromIdx + 1,
  }
}
