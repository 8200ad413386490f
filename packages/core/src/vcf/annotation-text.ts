/**
 * The searchable `annotation` text of one split record: the INFO fields people look variants up by, as plain
 * words for a full-text index. Built at ingest, stored in the `annotation` column.
 *
 * @module
 */
import type { VcfHeader } from './header.js'
import type { InfoColumn } from './info.js'

/** Condition names: ClinVar CLNDN / CLNDBN (2017 layout), MacArthur ClinVar ALL_TRAITS, ONCDN, SCIDN. */
const CONDITION_KEYS = ['CLNDN', 'CLNDBN', 'ALL_TRAITS', 'ONCDN', 'SCIDN'] as const
/** HGVS expressions: ClinVar CLNHGVS, MacArthur HGVS_C / HGVS_P. */
const HGVS_KEYS = ['CLNHGVS', 'HGVS_C', 'HGVS_P', 'HGVS'] as const
/** Gene symbols (GENEINFO is `SYMBOL:ID|SYMBOL:ID`). */
const GENE_KEYS = ['GENEINFO', 'SYMBOL', 'GENE', 'Gene', 'GENE_NAME'] as const
/** ANN (SnpEff) and CSQ (VEP) sub-fields worth searching. */
const ANN_FIELDS = ['Annotation', 'Gene_Name', 'HGVS.c', 'HGVS.p', 'Feature_ID'] as const
const CSQ_FIELDS = ['Consequence', 'SYMBOL', 'HGVSc', 'HGVSp', 'Existing_variation'] as const

function decode(s: string): string {
  if (!s.includes('%')) return s
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Words of a free-text INFO value: `_` and `|` separate words (ClinVar writes spaces as `_`). */
function words(raw: string): string {
  let s = decode(raw)
  // each rewrite only where it can change something: most values have no comma, many no `_` or `|`
  if (s.includes('_') || s.includes('|')) s = s.replace(/[_|]+/g, ' ')
  if (s.includes(',')) s = s.replace(/\s*,\s*/g, ', ')
  return s.trim()
}

/** The INFO keys the text is made of, in the order their parts are written. */
const TEXT_KEYS = [...CONDITION_KEYS, ...HGVS_KEYS, ...GENE_KEYS, 'MC', 'ANN', 'CSQ', 'RS'] as const
/** Each text key's place in {@link TEXT_KEYS}. */
const SLOT = new Map<string, number>(TEXT_KEYS.map((k, i) => [k, i]))
const HGVS_FROM = CONDITION_KEYS.length
const GENES_FROM = HGVS_FROM + HGVS_KEYS.length
const MC = GENES_FROM + GENE_KEYS.length
const [ANN, CSQ, RS] = [MC + 1, MC + 2, MC + 3] as const
/** The raw value of each text key in the record being read (reused: one record is read at a time). */
const VALUES: (string | undefined)[] = new Array<string | undefined>(TEXT_KEYS.length)

function sub(
  raw: string,
  fields: readonly string[] | undefined,
  want: readonly string[],
): string[] {
  if (!fields) return []
  const idx = want.map((w) => fields.indexOf(w)).filter((i) => i >= 0)
  const out: string[] = []
  for (const entry of raw.split(',')) {
    const parts = entry.split('|')
    for (const i of idx) {
      const v = parts[i]
      if (v) out.push(decode(v).replace(/&/g, ' '))
    }
  }
  return out
}

/**
 * The `annotation` text of a record: condition names (CLNDN, ALL_TRAITS, …, `_` read as a space), HGVS
 * expressions (CLNHGVS, …) kept whole, gene symbols (GENEINFO without the gene ids), consequences (MC's
 * `missense_variant` as `missense variant`, ANN and CSQ consequences, symbols and HGVS), the rsID (`rs` + INFO/RS)
 * and the VCF ID. Parts are joined by ` ; ` in that order; repeats are dropped.
 *
 * @param info - the record's INFO column
 * @param header - the file's header (for the ANN/CSQ field lists)
 * @param id - the VCF ID values, or undefined for `.`
 * @returns the text, or null when the record has none of these fields
 * @example
 * ```ts
 * annotationText(new InfoColumn('CLNDN=Breast_cancer;RS=80357906', header.infoTypes), header, undefined)
 * // 'Breast cancer ; rs80357906'
 * ```
 */
export function annotationText(
  info: InfoColumn,
  header: Pick<VcfHeader, 'annFields' | 'csqFields'>,
  id: readonly string[] | undefined,
): string | null {
  // one pass over the keys: a repeated key's last value counts (a flag, or `.`, is none)
  VALUES.fill(undefined)
  for (let i = 0; i < info.keys.length; i++) {
    const slot = SLOT.get(info.keys[i]!)
    if (slot !== undefined) VALUES[slot] = info.raws[i]
  }
  const raw = (slot: number): string | undefined => {
    const v = VALUES[slot]
    return v === '.' ? undefined : v
  }
  const parts: string[] = []
  for (let slot = 0; slot < HGVS_FROM; slot++) {
    const v = raw(slot)
    if (v) parts.push(words(v))
  }
  for (let slot = HGVS_FROM; slot < GENES_FROM; slot++) {
    const v = raw(slot)
    if (v) parts.push(...decode(v).split(/[|,]/).filter(Boolean))
  }
  for (let slot = GENES_FROM; slot < MC; slot++) {
    const v = raw(slot)
    if (v)
      parts.push(
        ...v
          .split(/[|,]/)
          .map((g) => g.split(':')[0] ?? '')
          .filter(Boolean),
      )
  }
  const mc = raw(MC)
  if (mc) for (const c of mc.split(',')) parts.push(words(c.split('|').pop() ?? ''))
  const ann = raw(ANN)
  if (ann) parts.push(...sub(ann, header.annFields, ANN_FIELDS).map(words))
  const csq = raw(CSQ)
  if (csq) parts.push(...sub(csq, header.csqFields, CSQ_FIELDS).map(words))
  const rs = raw(RS)
  if (rs) for (const r of rs.split(/[|,]/)) if (r) parts.push(r.startsWith('rs') ? r : `rs${r}`)
  if (id) for (const i of id) if (i && i !== '.') parts.push(i)
  const unique = [...new Set(parts.filter((p) => p !== ''))]
  return unique.length === 0 ? null : unique.join(' ; ')
}
