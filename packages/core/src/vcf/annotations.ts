/**
 * Values derived from one split record for storage and embedding: gene symbol (GENEINFO, ANN, CSQ, SYMBOL,
 * GENE), clinical significance (CLNSIG by default), this ALT's AF, the variant class and the reference span.
 *
 * @module
 */
import type { Variant } from '../schema/variant.js'
import type { VcfHeader } from './header.js'
import type { InfoColumn } from './info.js'

/**
 * What a split record adds to the spec fields, named as the storage columns they fill (so the record↔row mapping
 * copies them as they are). Missing values are null, as stored.
 */
export type VariantAnnotations = Required<
  Pick<
    Variant,
    | 'clinical_significance'
    | 'gene'
    | 'genes'
    | 'af'
    | 'variant_class'
    | 'rlen'
    | 'het_samples'
    | 'hom_alt_samples'
    | 'annotation'
    | 'format'
    | 'sample_data'
  >
>

/**
 * The raw text of one INFO key (`KEY=value`), without decoding.
 *
 * @param infoText - the INFO column text
 * @param key - INFO key
 * @returns the value text, or undefined when the key is absent or a flag
 * @example
 * ```ts
 * rawInfoValue('DP=5;GENEINFO=BRCA1:672', 'GENEINFO') // 'BRCA1:672'
 * ```
 */
export function rawInfoValue(infoText: string, key: string): string | undefined {
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

/**
 * Percent-decodes an INFO value piece (VCF 4.3 §1.2: `%3A` is `:`, `%3B` `;`, `%2C` `,` …) once it has been cut
 * out by the separators, as the spec reads it; a malformed escape is kept as written.
 */
function decoded(text: string): string {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The gene symbol of one ALT: INFO/GENEINFO's first symbol, else the ANN `Gene_Name` or CSQ `SYMBOL` of the entry
 * whose Allele matches this ALT (else the first one), else INFO SYMBOL, GENE, Gene or GENE_NAME.
 *
 * @param info - the record's INFO column
 * @param header - the file's header (ANN/CSQ field lists)
 * @param alt - this row's ALT allele
 * @returns the symbol, or null
 * @example
 * ```ts
 * geneFrom(new InfoColumn('GENEINFO=BRCA1:672', header.info), header, 'C') // 'BRCA1'
 * ```
 */
export function geneFrom(info: InfoColumn, header: VcfHeader, alt: string): string | null {
  const rawInfo = info.text
  const geneinfo = info.has('GENEINFO') ? rawInfoValue(rawInfo, 'GENEINFO') : undefined
  // GENEINFO is one value (SYMBOL:ID|SYMBOL:ID): decoded first, as its `:` may be written %3A
  if (geneinfo) return decoded(geneinfo).split(/[|:]/)[0] || null
  const pick = (
    key: 'ANN' | 'CSQ',
    fields: string[] | undefined,
    symbolField: string,
  ): string | null => {
    if (!fields || !info.has(key)) return null
    const raw = rawInfoValue(rawInfo, key)
    if (!raw) return null
    const idx = fields.indexOf(symbolField)
    const alleleIdx = fields.indexOf('Allele')
    if (idx === -1) return null
    let fallback: string | null = null
    for (const entry of raw.split(',')) {
      const parts = entry.split('|')
      const sym = parts[idx] && decoded(parts[idx])
      if (!sym) continue
      const allele = alleleIdx === -1 ? undefined : decoded(parts[alleleIdx] ?? '')
      if (allele !== undefined && alleleMatches(allele, alt)) return sym
      fallback ??= sym
    }
    return fallback
  }
  const fromAnn =
    pick('ANN', header.annFields, 'Gene_Name') ?? pick('CSQ', header.csqFields, 'SYMBOL')
  if (fromAnn) return fromAnn
  for (const key of ['SYMBOL', 'GENE', 'Gene', 'GENE_NAME']) {
    if (!info.has(key)) continue
    const v = info.get(key)
    if (Array.isArray(v) && typeof v[0] === 'string' && v[0] !== '') return v[0]
  }
  return null
}

/** Does an ANN/CSQ entry's Allele field name this ALT (VEP writes an indel's ALT without the padding base, `-` for a deletion)? */
function alleleMatches(allele: string, alt: string): boolean {
  return allele === alt || allele === alt.slice(1) || (allele === '-' && alt.length === 1)
}

/**
 * Every gene symbol of one ALT, distinct, in the order found: each symbol of INFO/GENEINFO (one value,
 * `SYMBOL:ID|SYMBOL:ID`, percent-decoded first), then the ANN `Gene_Name` and the CSQ `SYMBOL` of the entries
 * whose Allele is this ALT (every entry when none names it, e.g. no Allele field), then INFO SYMBOL, GENE, Gene
 * or GENE_NAME (when none of those gave one). Symbols are percent-decoded (VCF 4.3 §1.2). The first is {@link geneFrom}'s symbol whenever the
 * entries name their allele.
 *
 * @param info - the record's INFO column
 * @param header - the file's header (ANN/CSQ field lists)
 * @param alt - this row's ALT allele
 * @returns the symbols, or null when there are none
 * @example
 * ```ts
 * genesFrom(new InfoColumn('GENEINFO=DOCK8:81704|DOCK8-AS1:157983', header.info), header, 'T') // ['DOCK8', 'DOCK8-AS1']
 * ```
 */
export function genesFrom(info: InfoColumn, header: VcfHeader, alt: string): string[] | null {
  const rawInfo = info.text
  const out = new Set<string>()
  const geneinfo = info.has('GENEINFO') ? rawInfoValue(rawInfo, 'GENEINFO') : undefined
  if (geneinfo) {
    for (const pair of decoded(geneinfo).split('|')) {
      const sym = pair.split(':')[0]
      if (sym && sym !== '.') out.add(sym)
    }
  }
  const collect = (key: 'ANN' | 'CSQ', fields: string[] | undefined, symbolField: string): void => {
    if (!fields || !info.has(key)) return
    const raw = rawInfoValue(rawInfo, key)
    const idx = fields.indexOf(symbolField)
    if (!raw || idx === -1) return
    const alleleIdx = fields.indexOf('Allele')
    const mine: string[] = []
    const all: string[] = []
    for (const entry of raw.split(',')) {
      const parts = entry.split('|')
      const sym = parts[idx] && decoded(parts[idx])
      if (!sym) continue
      all.push(sym)
      if (alleleIdx !== -1 && alleleMatches(decoded(parts[alleleIdx] ?? ''), alt)) mine.push(sym)
    }
    for (const sym of mine.length > 0 ? mine : all) out.add(sym)
  }
  collect('ANN', header.annFields, 'Gene_Name')
  collect('CSQ', header.csqFields, 'SYMBOL')
  if (out.size === 0) {
    for (const key of ['SYMBOL', 'GENE', 'Gene', 'GENE_NAME']) {
      if (!info.has(key)) continue
      const v = info.get(key)
      if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x !== '') out.add(x)
      if (out.size > 0) break
    }
  }
  return out.size > 0 ? [...out] : null
}

/**
 * Clinical significance of ALT `i` (0-based) as written in the file: the whole raw value, or its `i`-th
 * comma-separated part when the key is declared Number=A and the record has several ALTs; percent-decoded.
 *
 * @param raw - the raw INFO value text, or undefined when absent
 * @param number - the key's declared Number
 * @param i - 0-based ALT index
 * @param nAlt - number of ALTs in the record
 * @returns the value, or null for absent or `.`
 * @example
 * ```ts
 * clinicalSignificanceOf('Benign,Pathogenic', 'A', 1, 2) // 'Pathogenic'
 * ```
 */
export function clinicalSignificanceOf(
  raw: string | undefined,
  number: string | undefined,
  i: number,
  nAlt: number,
): string | null {
  if (raw === undefined || raw === '.') return null
  const parts = number === 'A' && nAlt > 1 ? raw.split(',') : undefined
  const cln = parts && parts.length === nAlt ? (parts[i] ?? null) : raw
  return cln == null || cln === '.' ? null : decoded(cln)
}

/**
 * This ALT's INFO/AF: the `i`-th value when there is one per ALT, the only value when there is one.
 *
 * @param afVal - the parsed INFO/AF
 * @param i - 0-based ALT index
 * @param nAlt - number of ALTs in the record
 * @returns the frequency, or null
 * @example
 * ```ts
 * alleleFrequencyOf([0.1, 0.2], 1, 2) // 0.2
 * ```
 */
export function alleleFrequencyOf(afVal: unknown, i: number, nAlt: number): number | null {
  if (!Array.isArray(afVal)) return null
  const raw: unknown = afVal.length === nAlt ? afVal[i] : afVal.length === 1 ? afVal[0] : undefined
  const n = Number(raw)
  return raw !== undefined && Number.isFinite(n) ? n : null
}

/** Symbolic structural-variant alleles whose SVLEN is a reference length (VCF 4.4 §5.3): DEL, DUP, INV, CNV. */
const SPANNING_SV = /^<(?:DEL|DUP|INV|CNV)(?:[:>])/

/**
 * Reference span in bp (htslib rlen): INFO/END − POS + 1 when END ≥ POS is given; else, for a symbolic `<DEL>`,
 * `<DUP>`, `<INV>` or `<CNV>` allele (and their subtypes such as `<DEL:ME>`) with this ALT's INFO/SVLEN,
 * |SVLEN| + 1 — the padding base at POS and the event after it (VCF 4.4 §5.3 makes END optional there; VCF ≤ 4.3
 * writes deletions' SVLEN negative, hence the absolute value); else len(REF).
 *
 * @param pos - VCF POS, 1-based
 * @param ref - REF allele
 * @param endVal - the parsed INFO/END
 * @param alt - this row's ALT allele, when SVLEN may give the span
 * @param svlen - this ALT's INFO/SVLEN value
 * @returns the span in bp
 * @example
 * ```ts
 * referenceSpan(100, 'A', [199]) // 100
 * referenceSpan(100, 'A', undefined, '<DEL>', 7000) // 7001
 * ```
 */
export function referenceSpan(
  pos: number,
  ref: string,
  endVal: unknown,
  alt?: string,
  svlen?: unknown,
): number {
  const end = Array.isArray(endVal) ? Number(endVal[0]) : Number.NaN
  if (Number.isSafeInteger(end) && end >= pos) return end - pos + 1
  if (alt !== undefined && SPANNING_SV.test(alt)) {
    const len = Math.abs(Number(svlen))
    if (Number.isSafeInteger(len) && len > 0) return len + 1
  }
  return ref.length
}

/**
 * This ALT's INFO/SVLEN: the `i`-th value when there is one per ALT (VCF 4.4: Number=A), the only value when
 * there is one.
 *
 * @param svlenVal - the parsed INFO/SVLEN
 * @param i - 0-based ALT index
 * @param nAlt - number of ALTs in the record
 * @returns the value, or undefined
 */
export function svlenOf(svlenVal: unknown, i: number, nAlt: number): unknown {
  if (!Array.isArray(svlenVal)) return undefined
  return svlenVal.length === nAlt ? svlenVal[i] : svlenVal.length === 1 ? svlenVal[0] : undefined
}
