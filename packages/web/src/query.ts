/**
 * What the search box means: a gene symbol (or several, comma-separated), a region (`chr17:43044295-43125483`,
 * `17:41196312`, `chrX`), a variant (`17-41197701-G-C`, `17:41197701:G:C`), or free text.
 *
 * @module
 */
import type { Scope } from './api.js'

/** The parsed search box. */
export type Parsed =
  | { kind: 'gene'; genes: string[]; scope: Scope }
  | { kind: 'region'; region: string; scope: Scope }
  | { kind: 'variant'; chrom: string; pos: number; ref: string; alt: string; scope: Scope }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }

const VARIANT =
  /^((?:chr)?[A-Za-z0-9_.]+)[-:](\d+)[-:]([ACGTNacgtn*]+)[-:]([ACGTNacgtn*.]+|<[^>]+>)$/
const REGION = /^((?:chr)?[A-Za-z0-9_.]+):([\d,]+)(?:-([\d,]+))?$/
const CHROM = /^(?:chr[A-Za-z0-9_.]+|[1-9]|1\d|2[0-2]|X|Y|MT?)$/
const GENE = /^[A-Za-z][A-Za-z0-9-]*(?:\.\d+)?$/

/** Doubles `'` for a SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`
}

/**
 * Parses the search box.
 *
 * @param input - what was typed
 * @returns its kind and the scope options that select it
 */
export function parseSearch(input: string): Parsed {
  const text = input.trim()
  if (text === '') return { kind: 'empty' }
  const v = VARIANT.exec(text)
  if (v) {
    const [, chrom, p, ref, alt] = v as unknown as [string, string, string, string, string]
    const pos = Number(p)
    return {
      kind: 'variant',
      chrom,
      pos,
      ref: ref.toUpperCase(),
      alt: alt.startsWith('<') ? alt : alt.toUpperCase(),
      scope: {
        region: [`${chrom}:${pos}-${pos}`],
        filter_sql: `pos = ${pos} AND ref = ${sqlString(ref.toUpperCase())} AND alt = ${sqlString(alt.startsWith('<') ? alt : alt.toUpperCase())}`,
      },
    }
  }
  const r = REGION.exec(text)
  if (r) {
    const region = text.replaceAll(',', '')
    return { kind: 'region', region, scope: { region: [region] } }
  }
  if (CHROM.test(text)) return { kind: 'region', region: text, scope: { region: [text] } }
  const parts = text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  if (
    parts.length > 0 &&
    parts.length <= 20 &&
    parts.every((p) => GENE.test(p) && p.length <= 30)
  ) {
    // a single word with spaces around is not a list; two words separated only by a space are text
    if (parts.length > 1 && !text.includes(',')) return { kind: 'text', text }
    // gene symbols are stored as written (BRCA1, C1orf112): match what was typed and its upper-case form
    const genes = [...new Set(parts.flatMap((p) => [p, p.toUpperCase()]))]
    return { kind: 'gene', genes: parts, scope: { gene: genes } }
  }
  return { kind: 'text', text }
}
