/**
 * One VCF data line → one row per ALT allele, exactly as `bcftools norm -m -any` splits records
 * (VCF v4.3 §1.6.1 fixed fields; INFO Number=A/R/G values are sliced to the row's ALT).
 *
 * @module
 */
import { VcfParseError } from '../errors/errors.js'
import { classifyAllele } from '../schema/classify.js'
import type { VariantClass } from '../schema/variant.js'
import { carriers, parseGt } from './genotypes.js'
import type { VcfHeader } from './header.js'

/** One split row (one ALT of one record), before it gets an id and an embedding. */
export interface SplitRow {
  /** VCF CHROM. */
  chrom: string
  /** VCF POS, 1-based. */
  pos: number
  /** REF allele. */
  ref: string
  /** This row's ALT allele (`.` when the record has none). */
  alt: string
  /** 1-based index of the ALT in the record. */
  altIndex: number
  /** VCF ID values, or null for `.`. */
  id: string[] | null
  /** QUAL, Phred-scaled, or null for `.`. */
  qual: number | null
  /** FILTER values, or null for `.`. */
  filter: string[] | null
  /** INFO with per-allele values sliced to this ALT; `.` values are null. */
  info: Record<string, unknown>
  /** Value of the clinical-significance INFO key, as written in the file (sliced if Number=A), or null. */
  clinicalSignificance: string | null
  /** Gene symbol from GENEINFO, ANN, CSQ, SYMBOL or GENE, or null. */
  gene: string | null
  /** This ALT's INFO/AF, or null. */
  af: number | null
  /** Class of this ALT. */
  variantClass: VariantClass
  /** Reference span in bp: INFO/END − POS + 1 when END ≥ POS is given, else len(REF). */
  rlen: number
  /** Samples carrying this ALT in some but not all called alleles. */
  het: string[]
  /** Samples carrying this ALT in every called allele. */
  homAlt: string[]
}

/** Options of {@link splitRecord}. */
export interface SplitOptions {
  /** File name for error messages. */
  file: string
  /** INFO key holding clinical significance. The default is `CLNSIG`. */
  clinicalSignificanceKey?: string
  /** Receives each warning (undeclared INFO tag or contig) once per key. */
  warn?: (key: string, message: string) => void
}

function fail(opts: SplitOptions, line: number, field: string, message: string, text?: string): VcfParseError {
  const shown = text === undefined ? '' : ` (got ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`
  return new VcfParseError('VCF_PARSE_BAD_RECORD', `${opts.file}:${line}: ${field} ${message}${shown}.`, {
    details: { file: opts.file, line, field },
  })
}

function rawInfoValue(infoText: string, key: string): string | undefined {
  if (infoText === '.' || infoText === '') return undefined
  let start = 0
  while (start <= infoText.length) {
    let end = infoText.indexOf(';', start)
    if (end === -1) end = infoText.length
    if (infoText.startsWith(key, start)) {
      const after = start + key.length
      if (after === end) return undefined
      if (infoText.charCodeAt(after) === 61) return infoText.slice(after + 1, end)
    }
    start = end + 1
  }
  return undefined
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

function geneFrom(info: Record<string, unknown>, rawInfo: string, header: VcfHeader, alt: string): string | null {
  const geneinfo = 'GENEINFO' in info ? rawInfoValue(rawInfo, 'GENEINFO') : undefined
  if (geneinfo) return geneinfo.split(/[|:]/)[0] || null
  const pick = (key: 'ANN' | 'CSQ', fields: string[] | undefined, symbolField: string): string | null => {
    if (!fields || !(key in info)) return null
    const raw = rawInfoValue(rawInfo, key)
    if (!raw) return null
    const idx = fields.indexOf(symbolField)
    const alleleIdx = fields.indexOf('Allele')
    if (idx === -1) return null
    let fallback: string | null = null
    for (const entry of raw.split(',')) {
      const parts = entry.split('|')
      const sym = parts[idx]
      if (!sym) continue
      const allele = alleleIdx === -1 ? undefined : parts[alleleIdx]
      if (allele === alt || allele === alt.slice(1) || (allele === '-' && alt.length === 1)) return sym
      fallback ??= sym
    }
    return fallback
  }
  const fromAnn = pick('ANN', header.annFields, 'Gene_Name') ?? pick('CSQ', header.csqFields, 'SYMBOL')
  if (fromAnn) return fromAnn
  for (const key of ['SYMBOL', 'GENE', 'Gene', 'GENE_NAME']) {
    const v = info[key]
    if (Array.isArray(v) && typeof v[0] === 'string' && v[0] !== '') return v[0]
  }
  return null
}

/**
 * Splits one data line into one {@link SplitRow} per ALT allele, validating what bcftools validates.
 *
 * @param line - the data line without its terminator
 * @param lineNo - 1-based line number in the file
 * @param header - the file's header
 * @param opts - file name, clinical-significance key, warning sink
 * @returns the rows, in ALT order
 * @throws {VcfParseError} `VCF_PARSE_BAD_RECORD` (details: file, line, field) when the column count does not
 *   match the header's samples, CHROM/REF/ALT are empty, POS is not a positive integer, QUAL is not a number,
 *   or a sample has more fields than FORMAT
 * @example
 * ```ts
 * const rows = splitRecord('1\t100\t.\tA\tG,T\t.\tPASS\t.', 5, header, { file: 'x.vcf' })
 * rows.map((r) => r.alt) // ['G', 'T']
 * ```
 */
export function splitRecord(line: string, lineNo: number, header: VcfHeader, opts: SplitOptions): SplitRow[] {
  let tabs = 0
  for (let i = line.indexOf('\t'); i !== -1; i = line.indexOf('\t', i + 1)) tabs++
  const nSamples = header.samples.length
  const columns = tabs + 1
  if (nSamples > 0 ? columns !== 9 + nSamples : columns < 8 || columns > 9) {
    const expected = nSamples > 0 ? `9 + ${nSamples} samples = ${9 + nSamples}` : '8'
    throw fail(opts, lineNo, 'the record', `has ${columns} tab-separated columns, but the header implies ${expected}`)
  }
  const v = header.parser.parseLine(line)
  const chrom = v.CHROM ?? ''
  if (chrom === '') throw fail(opts, lineNo, 'CHROM', 'is empty')
  const posText = line.slice(chrom.length + 1, line.indexOf('\t', chrom.length + 1))
  if (!/^\d+$/.test(posText) || v.POS <= 0) throw fail(opts, lineNo, 'POS', 'must be a positive integer (1-based)', posText)
  const ref = v.REF ?? ''
  if (ref === '' || ref === '.') throw fail(opts, lineNo, 'REF', 'must not be empty', ref)
  const alts = v.ALT ?? ['.']
  if (alts.some((a) => a === '')) throw fail(opts, lineNo, 'ALT', 'has an empty allele')
  if (v.QUAL !== undefined && !Number.isFinite(v.QUAL)) {
    throw fail(opts, lineNo, 'QUAL', 'must be a number or "."')
  }
  if (opts.warn && !header.contigs.has(chrom)) {
    opts.warn(`contig:${chrom}`, `Contig '${chrom}' is not defined in the header`)
  }
  let infoStart = 0
  for (let t = 0; t < 7 && infoStart !== -1; t++) infoStart = line.indexOf('\t', infoStart) + 1 || -1
  const infoEnd = infoStart > 0 ? line.indexOf('\t', infoStart) : -1
  const rawInfo = infoStart > 0 ? line.slice(infoStart, infoEnd === -1 ? line.length : infoEnd) : '.'
  if (opts.warn) {
    for (const key of Object.keys(v.INFO)) {
      if (!(key in header.info)) opts.warn(`info:${key}`, `INFO '${key}' is not defined in the header, assuming Type=String`)
    }
  }

  let gts: number[][] = []
  if (nSamples > 0 && v.FORMAT) {
    const nKeys = v.FORMAT.split(':').length
    let colons = 0
    let sample = 0
    for (let i = v.restStart; i <= v.restEnd; i++) {
      const c = i < v.restEnd ? line.charCodeAt(i) : 9
      if (c === 58) colons++
      else if (c === 9) {
        if (colons + 1 > nKeys) {
          throw fail(opts, lineNo, `sample ${header.samples[sample]}`, `has ${colons + 1} fields, but FORMAT ${v.FORMAT} declares ${nKeys}`)
        }
        colons = 0
        sample++
      }
    }
    gts = new Array<number[]>(nSamples)
    for (let s = 0; s < nSamples; s++) gts[s] = []
    v.processGenotypes((str, start, end, idx) => {
      gts[idx] = parseGt(str.slice(start, end))
    })
  }

  const clnKey = opts.clinicalSignificanceKey ?? 'CLNSIG'
  const clnRaw = clnKey in v.INFO ? rawInfoValue(rawInfo, clnKey) : undefined
  const clnDecl = header.info[clnKey]?.Number
  const filter = v.FILTER === undefined ? null : v.FILTER === 'PASS' ? ['PASS'] : v.FILTER
  const endVal = v.INFO.END
  const end = Array.isArray(endVal) ? Number(endVal[0]) : Number.NaN
  const rlen = Number.isSafeInteger(end) && end >= v.POS ? end - v.POS + 1 : ref.length
  const afVal = v.INFO.AF
  const nAlt = alts.length

  return alts.map((alt, i) => {
    const k = i + 1
    // one ALT: INFO as parsed (JSON.stringify writes a missing `.` value, undefined, as null)
    let info: Record<string, unknown> = v.INFO
    if (nAlt > 1) {
      info = {}
      for (const key in v.INFO) info[key] = slice(v.INFO[key], header.info[key]?.Number, k, nAlt)
    }
    let cln: string | null = null
    if (clnRaw !== undefined && clnRaw !== '.') {
      const parts = clnDecl === 'A' && nAlt > 1 ? clnRaw.split(',') : undefined
      cln = parts && parts.length === nAlt ? (parts[i] ?? null) : clnRaw
      if (cln === '.') cln = null
    }
    let af: number | null = null
    if (Array.isArray(afVal)) {
      const raw = afVal.length === nAlt ? afVal[i] : afVal.length === 1 ? afVal[0] : undefined
      const n = Number(raw)
      af = raw !== undefined && Number.isFinite(n) ? n : null
    }
    const { het, homAlt } = gts.length > 0 ? carriers(gts, header.samples, k) : { het: [], homAlt: [] }
    return {
      chrom,
      pos: v.POS,
      ref,
      alt,
      altIndex: k,
      id: v.ID ?? null,
      qual: v.QUAL ?? null,
      filter: filter ? [...filter] : null,
      info,
      clinicalSignificance: cln,
      gene: geneFrom(v.INFO, rawInfo, header, alt),
      af,
      variantClass: classifyAllele(ref, alt),
      rlen,
      het,
      homAlt,
    }
  })
}
