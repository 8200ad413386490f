/**
 * One VCF data line → one {@link SplitRecord} per ALT allele, exactly as `bcftools norm -m -any` splits records
 * (VCF v4.3 §1.6.1 fixed fields; INFO Number=A/R/G values are sliced to the record's ALT).
 *
 * @module
 */
import { annotationText } from './annotation-text.js'
import { VcfParseError } from '../errors/errors.js'
import { classifyAllele } from '../schema/classify.js'
import {
  type VariantAnnotations,
  alleleFrequencyOf,
  clinicalSignificanceOf,
  geneFrom,
  genesFrom,
  rawInfoValue,
  referenceSpan,
  svlenOf,
} from './annotations.js'
import { InfoColumn } from './info.js'
import { carriers, gtAlleles, splitSampleColumns } from './genotypes.js'
import type { VcfHeader } from './header.js'

/**
 * A VCF record's fixed fields, with the spec's names and types (VCF v4.3 §1.6.1). A `.` is `undefined`.
 *
 * @example
 * ```ts
 * const rec: VcfRecord = { CHROM: '17', POS: 43045712, ID: ['rs80357906'], REF: 'T', ALT: ['C'], QUAL: undefined, FILTER: 'PASS', INFO: { AF: [0.01] } }
 * ```
 */
export interface VcfRecord {
  /** Contig name. */
  CHROM: string
  /** 1-based position of the first REF base. */
  POS: number
  /** ID values (split on `;`), or undefined for `.`. */
  ID: string[] | undefined
  /** Reference allele. */
  REF: string
  /** ALT alleles (split on `,`); empty for `.`. */
  ALT: string[]
  /** Phred-scaled quality, or undefined for `.`. */
  QUAL: number | undefined
  /** `PASS`, the failed filters (split on `;`), or undefined for `.`. */
  FILTER: 'PASS' | string[] | undefined
  /** INFO by key: `true` for a flag, else the values; a `.` value is undefined. */
  INFO: Record<string, unknown>
}

/**
 * One ALT of a record after the split: `ALT` holds exactly that allele (empty when the record has none), INFO
 * is sliced to it, and the derived {@link VariantAnnotations} are filled in.
 */
export interface SplitRecord extends VcfRecord {
  /** 1-based index of this ALT in the original record. */
  altIndex: number
  /** 1-based line of the record in the file. */
  line: number
  /** Gene, clinical significance, AF, class, span and carrier samples, named as their storage columns. */
  annotations: VariantAnnotations
}

/** @deprecated Renamed {@link SplitRecord}; the fields now use the VCF spec's names (`CHROM`, `POS` …). */
export type SplitRow = SplitRecord

/** Options of {@link splitRecord}. */
export interface SplitOptions {
  /** File name for error messages. */
  file: string
  /** INFO key holding clinical significance. The default is `CLNSIG`. */
  clinicalSignificanceKey?: string
  /** Receives each warning (undeclared INFO tag or contig) once per key. */
  warn?: (key: string, message: string) => void
}

function fail(
  opts: SplitOptions,
  line: number,
  field: string,
  message: string,
  text?: string,
): VcfParseError {
  const shown =
    text === undefined
      ? ''
      : ` (got ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`
  return new VcfParseError(
    'VCF_PARSE_BAD_RECORD',
    `${opts.file}:${line}: ${field} ${message}${shown}.`,
    {
      details: { file: opts.file, line, field },
    },
  )
}

function slice(value: unknown, number: string | undefined, k: number, nAlt: number): unknown {
  if (!Array.isArray(value) || nAlt <= 1) return value
  if (number === 'A' && value.length === nAlt) return [value[k - 1]]
  if (number === 'R' && value.length === nAlt + 1) return [value[0], value[k]]
  if (number === 'G') {
    if (value.length === nAlt + 1) return [value[0], value[k]]
    if (value.length === ((nAlt + 1) * (nAlt + 2)) / 2) {
      const b = (k * (k + 1)) / 2
      return [value[0], value[b], value[b + k]]
    }
  }
  return value
}

/** Offsets of a line's first nine tabs (reused: one line is parsed at a time). */
const TABS = new Int32Array(9)

/** Contigs and (tab-prefixed) INFO keys already warned about, per {@link SplitOptions} object. */
const WARNED = new WeakMap<SplitOptions, Set<string>>()

/** A data line checked and located, before the split: what both record shapes are made from. */
interface ParsedLine {
  chrom: string
  pos: number
  id: string[] | undefined
  ref: string
  alts: string[]
  qual: number | undefined
  filter: 'PASS' | string[] | undefined
  info: InfoColumn
  gts: number[][]
  clnRaw: string | undefined
  clnDecl: string | undefined
  rlen: number
  /** INFO/END is given (the span is END's; SVLEN is not looked at). */
  hasEnd: boolean
  /** The FORMAT column, when the record has samples. */
  format: string | undefined
  /** The sample columns as written (tab-separated), when the record has samples. */
  sampleText: string | undefined
}

/** The index of the FORMAT key that is exactly `GT`, or -1 (`PGT` is not it). */
function gtColumn(format: string): number {
  let col = 0
  let start = 0
  for (let j = 0; j <= format.length; j++) {
    if (j === format.length || format.charCodeAt(j) === 58) {
      if (j - start === 2 && format.startsWith('GT', start)) return col
      col++
      start = j + 1
    }
  }
  return -1
}

/**
 * Checks the sample columns (`line` from `from` on) against FORMAT and reads each sample's GT alleles, in one pass
 * over the text. A sample whose fields stop before GT's has GT `""` (no alleles), as `@gmod/vcf`'s
 * `processGenotypes` reads it; without a GT key every sample has none.
 */
function readGenotypes(
  line: string,
  from: number,
  format: string,
  header: VcfHeader,
  lineNo: number,
  opts: SplitOptions,
): number[][] {
  const nSamples = header.samples.length
  let nKeys = 1
  for (let j = format.indexOf(':'); j !== -1; j = format.indexOf(':', j + 1)) nKeys++
  const gtCol = gtColumn(format)
  const legacy = header.legacyGt
  const gts = new Array<number[]>(nSamples)
  for (let s = 0; s < nSamples; s++) gts[s] = []
  let bad: [number, string] | undefined
  const take = (sample: number, gt: string): void => {
    const alleles = gtAlleles(gt, legacy)
    if (alleles) gts[sample] = alleles
    else bad ??= [sample, gt]
  }
  let colons = 0
  let sample = 0
  let fieldStart = from
  let gtRead = gtCol === -1
  const to = line.length
  for (let i = from; i <= to; i++) {
    const c = i < to ? line.charCodeAt(i) : 9
    if (c !== 58 && c !== 9) continue
    if (!gtRead && colons === gtCol) {
      take(sample, line.slice(fieldStart, i))
      gtRead = true
    }
    fieldStart = i + 1
    if (c === 58) {
      colons++
      continue
    }
    if (colons + 1 > nKeys) {
      throw fail(
        opts,
        lineNo,
        `sample ${header.samples[sample]}`,
        `has ${colons + 1} fields, but FORMAT ${format} declares ${nKeys}`,
      )
    }
    if (!gtRead) take(sample, '')
    colons = 0
    sample++
    gtRead = gtCol === -1
  }
  if (bad) {
    throw fail(
      opts,
      lineNo,
      `sample ${header.samples[bad[0]]}`,
      `has GT "${bad[1]}", which is not a genotype: alleles are numbers or ".", separated by "/" (unphased) or "|" (phased) (VCF ${legacy ? '3.3 §3 also allows "\\"' : '4.3 §1.6.2; "\\" is a VCF 3.3 separator'})`,
    )
  }
  return gts
}

/** Checks one data line as bcftools does and locates its fields (INFO is not parsed here). */
function parseLine(
  line: string,
  lineNo: number,
  header: VcfHeader,
  opts: SplitOptions,
): ParsedLine {
  // a line terminator left on is not part of the last column (as @gmod/vcf and htslib read it)
  while (line.endsWith('\n') || line.endsWith('\r')) line = line.slice(0, -1)
  let tabs = 0
  for (let i = line.indexOf('\t'); i !== -1; i = line.indexOf('\t', i + 1)) {
    if (tabs < 9) TABS[tabs] = i
    tabs++
  }
  const nSamples = header.samples.length
  const columns = tabs + 1
  if (nSamples > 0 ? columns !== 9 + nSamples : columns < 8 || columns > 9) {
    const expected = nSamples > 0 ? `9 + ${nSamples} samples = ${9 + nSamples}` : '8'
    throw fail(
      opts,
      lineNo,
      'the record',
      `has ${columns} tab-separated columns, but the header implies ${expected}`,
    )
  }
  // the fixed fields are read here, as @gmod/vcf's Variant reads them (split on the first tabs; ID and FILTER on
  // ";", ALT on ","; "." is missing): it measured as a fifth of a sites-only line's cost, half of it building the
  // parsed INFO and the line copies @gmod/vcf needs, so it is only used for the genotypes
  const infoStart = TABS[6]! + 1
  const infoEnd = columns > 8 ? TABS[7]! : line.length
  const rawInfo = line.slice(infoStart, infoEnd)
  const chrom = line.slice(0, TABS[0])
  if (chrom === '') throw fail(opts, lineNo, 'CHROM', 'is empty')
  const posText = line.slice(TABS[0]! + 1, TABS[1])
  // POS 0 (and N+1) mark a telomere (VCF 4.3 §1.6.1)
  if (!/^\d+$/.test(posText))
    throw fail(
      opts,
      lineNo,
      'POS',
      'must be a non-negative integer (1-based; 0 for a telomere)',
      posText,
    )
  const pos = +posText
  const idText = line.slice(TABS[1]! + 1, TABS[2])
  const ref = line.slice(TABS[2]! + 1, TABS[3])
  if (ref === '' || ref === '.') throw fail(opts, lineNo, 'REF', 'must not be empty', ref)
  const altText = line.slice(TABS[3]! + 1, TABS[4])
  const alts = altText === '.' ? ['.'] : altText.split(',')
  if (alts.some((a) => a === '')) throw fail(opts, lineNo, 'ALT', 'has an empty allele')
  const qualText = line.slice(TABS[4]! + 1, TABS[5])
  let qual = qualText === '.' ? undefined : +qualText
  if (qual !== undefined && !Number.isFinite(qual)) {
    // the spec's special floats (VCF 4.3 §1.6.1: [-+]?(INF|INFINITY|NAN), any case)
    const special = /^([-+]?)(inf|infinity|nan)$/i.exec(qualText)
    if (!special) throw fail(opts, lineNo, 'QUAL', 'must be a number, inf, nan or "."', qualText)
    qual = /nan/i.test(special[2]!) ? Number.NaN : special[1] === '-' ? -Infinity : Infinity
  }
  const filterText = line.slice(TABS[5]! + 1, TABS[6])
  const filter: 'PASS' | string[] | undefined =
    filterText === '.' ? undefined : filterText === 'PASS' ? 'PASS' : filterText.split(';')
  const info = new InfoColumn(rawInfo, header.infoTypes)
  if (opts.warn) {
    // each warning once per options object: the key and message are not rebuilt for every record that repeats it
    let warned = WARNED.get(opts)
    if (!warned) WARNED.set(opts, (warned = new Set()))
    if (!header.contigs.has(chrom) && !warned.has(chrom)) {
      warned.add(chrom)
      opts.warn(`contig:${chrom}`, `Contig '${chrom}' is not defined in the header`)
    }
    for (const key of info.keys) {
      if (!(key in header.info) && !warned.has(`\t${key}`)) {
        warned.add(`\t${key}`)
        opts.warn(`info:${key}`, `INFO '${key}' is not defined in the header, assuming Type=String`)
      }
    }
  }

  let gts: number[][] = []
  const format = nSamples > 0 ? line.slice(TABS[7]! + 1, TABS[8]) : undefined
  let sampleText: string | undefined
  if (nSamples > 0 && format) {
    gts = readGenotypes(line, TABS[8]! + 1, format, header, lineNo, opts)
    sampleText = line.slice(TABS[8]! + 1)
  }

  const clnKey = opts.clinicalSignificanceKey ?? 'CLNSIG'
  return {
    chrom,
    pos,
    id: idText === '.' ? undefined : idText.split(';'),
    ref,
    alts,
    qual,
    filter,
    info,
    gts,
    clnRaw: info.has(clnKey) ? rawInfoValue(rawInfo, clnKey) : undefined,
    clnDecl: header.info[clnKey]?.Number,
    rlen: referenceSpan(pos, ref, info.get('END')),
    hasEnd: info.has('END'),
    format: nSamples > 0 ? format : undefined,
    sampleText,
  }
}

/**
 * Checks the value counts of the Number=A and Number=R INFO fields of a multi-allelic record before it is split
 * (VCF v4.3 §1.4.2: A = one value per ALT, R = one per allele); a single `.` is a missing value and passes. This
 * is what `bcftools norm -m` refuses ("wrong number of fields in INFO/AF at 1:500, expected 2, found 1"): copying
 * the values to every split row would be silently wrong.
 */
function checkCounts(
  all: Record<string, unknown>,
  p: ParsedLine,
  header: VcfHeader,
  lineNo: number,
  opts: SplitOptions,
): void {
  const nAlt = p.alts.length
  for (const key in all) {
    const number = header.info[key]?.Number
    if (number !== 'A' && number !== 'R') continue
    const value = all[key]
    if (!Array.isArray(value) || (value.length === 1 && value[0] == null)) continue
    const expected = number === 'A' ? nAlt : nAlt + 1
    if (value.length === expected) continue
    throw fail(
      opts,
      lineNo,
      `INFO/${key}`,
      `has ${value.length} value${value.length === 1 ? '' : 's'}, but it is declared Number=${number} and the record has ${nAlt} ALT alleles, so it needs ${expected} (VCF 4.3 §1.4.2; a single "." marks it missing). Fix the values, or declare ${key} Number=.`,
      rawInfoValue(p.info.text, key) ?? '',
    )
  }
}

/** INFO of ALT `k` (1-based) of a record with `nAlt` ALTs: Number=A/R/G values sliced to it. */
function infoOfAlt(
  p: ParsedLine,
  header: VcfHeader,
  k: number,
  lineNo: number,
  opts: SplitOptions,
): Record<string, unknown> {
  const all = p.info.object()
  const nAlt = p.alts.length
  if (nAlt <= 1) return all
  if (k === 1) checkCounts(all, p, header, lineNo, opts)
  const out: Record<string, unknown> = {}
  for (const key in all) out[key] = slice(all[key], header.info[key]?.Number, k, nAlt)
  return out
}

/** The split record of ALT `i` (0-based) with `INFO` left to the caller. */
function splitAt(
  p: ParsedLine,
  header: VcfHeader,
  i: number,
  lineNo: number,
): Omit<SplitRecord, 'INFO'> {
  const alt = p.alts[i]!
  const k = i + 1
  const nAlt = p.alts.length
  const { het, homAlt } =
    p.gts.length > 0 ? carriers(p.gts, header.samples, k) : { het: [], homAlt: [] }
  return {
    CHROM: p.chrom,
    POS: p.pos,
    ID: p.id,
    REF: p.ref,
    ALT: alt === '.' ? [] : [alt],
    QUAL: p.qual,
    FILTER: Array.isArray(p.filter) ? [...p.filter] : p.filter,
    altIndex: k,
    line: lineNo,
    annotations: {
      clinical_significance: clinicalSignificanceOf(p.clnRaw, p.clnDecl, i, nAlt),
      gene: geneFrom(p.info, header, alt),
      genes: genesFrom(p.info, header, alt),
      af: alleleFrequencyOf(p.info.get('AF'), i, nAlt),
      variant_class: classifyAllele(p.ref, alt),
      // a symbolic SV without END: its span from SVLEN (VCF 4.4 §5.3)
      rlen:
        p.hasEnd || alt.charCodeAt(0) !== 60
          ? p.rlen
          : referenceSpan(p.pos, p.ref, undefined, alt, svlenOf(p.info.get('SVLEN'), i, nAlt)),
      het_samples: het,
      hom_alt_samples: homAlt,
      annotation: annotationText(p.info, header, p.id),
      format: p.format ?? null,
      sample_data:
        p.format === undefined || p.sampleText === undefined
          ? null
          : splitSampleColumns(p.format, p.sampleText, header.formatNumbers, k, nAlt),
    },
  }
}

/**
 * Splits one data line into one {@link SplitRecord} per ALT allele, validating what bcftools validates.
 *
 * @param line - the data line without its terminator
 * @param lineNo - 1-based line number in the file
 * @param header - the file's header
 * @param opts - file name, clinical-significance key, warning sink
 * @returns the split records, in ALT order
 * @throws {VcfParseError} `VCF_PARSE_BAD_RECORD` (details: file, line, field) when the column count does not
 *   match the header's samples, CHROM/REF/ALT are empty, POS is not a positive integer, QUAL is not a number,
 *   or a sample has more fields than FORMAT
 * @example
 * ```ts
 * const recs = splitRecord('1\t100\t.\tA\tG,T\t.\tPASS\t.', 5, header, { file: 'x.vcf' })
 * recs.map((r) => r.ALT[0]) // ['G', 'T']
 * ```
 */
export function splitRecord(
  line: string,
  lineNo: number,
  header: VcfHeader,
  opts: SplitOptions,
): SplitRecord[] {
  const p = parseLine(line, lineNo, header, opts)
  return p.alts.map((_, i) => {
    const rec = splitAt(p, header, i, lineNo) as SplitRecord
    rec.INFO = infoOfAlt(p, header, i + 1, lineNo, opts)
    return rec
  })
}

/**
 * A split record as ingest stores it: INFO only as its storage JSON, written from the text without building the
 * INFO object — the same JSON as `JSON.stringify` of {@link SplitRecord.INFO}.
 */
export interface StoredRecord extends Omit<SplitRecord, 'INFO'> {
  /** `JSON.stringify` of this ALT's INFO, as {@link recordToRow} stores it. */
  infoJson: string
}

/**
 * {@link splitRecord} for ingest: the same records, with {@link StoredRecord.infoJson} in place of INFO.
 * @internal
 */
export function splitStoredRecord(
  line: string,
  lineNo: number,
  header: VcfHeader,
  opts: SplitOptions,
): StoredRecord[] {
  const p = parseLine(line, lineNo, header, opts)
  const single = p.alts.length <= 1
  return p.alts.map((_, i) => {
    const rec = splitAt(p, header, i, lineNo) as StoredRecord
    rec.infoJson = single
      ? p.info.json()
      : JSON.stringify(infoOfAlt(p, header, i + 1, lineNo, opts))
    return rec
  })
}
