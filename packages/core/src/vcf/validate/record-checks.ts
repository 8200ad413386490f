/**
 * Checks of the fixed columns of a data line (VCFv4.3 §1.6.1): CHROM, POS, ID, REF, ALT (bases, `*`, symbolic
 * alleles, breakends), QUAL and FILTER.
 *
 * @module
 */
import { CONTIG_42, CONTIG_43, FLOAT } from './syntax.js'
import type { Report } from './types.js'

const BASES = /^[ACGTNacgtn]+$/
const SYMBOLIC = /^<[^<>\s,]+>$/
const BREAKEND_AFTER = /^([ACGTNacgtn]+)([[\]])([^[\]\s]+):(\d+)\2$/
const BREAKEND_BEFORE = /^([[\]])([^[\]\s]+):(\d+)\1([ACGTNacgtn]+)$/
const SINGLE_BREAKEND = /^(?:\.[ACGTNacgtn]+|[ACGTNacgtn]+\.)$/

/**
 * Checks CHROM, POS, ID, REF, ALT, QUAL and FILTER of one data line.
 *
 * @param cols - the tab-separated columns (at least 8)
 * @param lineNo - 1-based line number
 * @param version - `4.0` … `4.5`
 * @param report - where violations go
 * @returns the number of ALT alleles (0 for `.`)
 * @example
 * ```ts
 * checkFixed(['1', '100', '.', 'A', 'G', '.', 'PASS', '.'], 5, '4.3', report) // 1
 * ```
 */
export function checkFixed(
  cols: readonly string[],
  lineNo: number,
  version: string,
  report: Report,
): number {
  const v43 = Number(version) >= 4.3
  const say = (
    field: string,
    rule: string,
    message: string,
    area: 'fixed' | 'sv' | 'breakend' = 'fixed',
  ): void => report(lineNo, field, rule, message, area)
  const [chrom, pos, id, ref, alt, qual, filter] = cols as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  if (!(v43 ? CONTIG_43 : CONTIG_42).test(chrom)) {
    say(
      'CHROM',
      'chrom.syntax',
      `the CHROM ${JSON.stringify(chrom)} has a character the spec does not allow in a contig name`,
    )
  }
  if (!/^\d+$/.test(pos))
    say('POS', 'pos.syntax', `POS ${JSON.stringify(pos)} is not a non-negative integer`)
  if (id !== '.') {
    const ids = id.split(';')
    if (ids.some((x) => x === '' || x === '.' || /\s/.test(x))) {
      say(
        'ID',
        'id.syntax',
        `ID ${JSON.stringify(id)} must be "." or ;-separated identifiers without white-space`,
      )
    } else if (new Set(ids).size !== ids.length)
      say('ID', 'id.duplicate', `ID ${JSON.stringify(id)} lists an identifier twice`)
  }
  if (!BASES.test(ref))
    say('REF', 'ref.syntax', `REF ${JSON.stringify(ref)} must be one or more of A, C, G, T, N`)
  let nAlt = 0
  if (alt !== '.') {
    const alleles = alt.split(',')
    nAlt = alleles.length
    for (const a of alleles) {
      if (a === '') say('ALT', 'alt.syntax', `ALT ${JSON.stringify(alt)} has an empty allele`)
      else if (BASES.test(a) || a === '*') continue
      else if (a.startsWith('<')) {
        if (!SYMBOLIC.test(a))
          say(
            'ALT',
            'alt.symbolic',
            `the symbolic allele ${JSON.stringify(a)} must be <ID> without <, > or white-space inside`,
            'sv',
          )
      } else if (/[[\]]/.test(a)) {
        if (!BREAKEND_AFTER.test(a) && !BREAKEND_BEFORE.test(a)) {
          say(
            'ALT',
            'alt.breakend',
            `the breakend ${JSON.stringify(a)} must be t[p[, t]p], ]p]t or [p[t with bases t and position chr:pos`,
            'breakend',
          )
        }
      } else if (!SINGLE_BREAKEND.test(a)) {
        say(
          'ALT',
          'alt.syntax',
          `the ALT allele ${JSON.stringify(a)} is not bases (A, C, G, T, N), *, <ID> or a breakend`,
        )
      }
    }
  }
  if (qual !== '.' && (!FLOAT.test(qual) || Number(qual) < 0)) {
    say('QUAL', 'qual.syntax', `QUAL ${JSON.stringify(qual)} must be "." or a non-negative Float`)
  }
  if (filter !== '.' && filter !== 'PASS') {
    const names = filter.split(';')
    if (names.some((f) => f === '' || f === '.' || /\s/.test(f))) {
      say(
        'FILTER',
        'filter.syntax',
        `FILTER ${JSON.stringify(filter)} must be PASS, "." or ;-separated filter names without white-space`,
      )
    } else if (names.includes('0'))
      say('FILTER', 'filter.syntax', 'FILTER "0" is reserved and may not be used')
    else if (new Set(names).size !== names.length)
      say('FILTER', 'filter.duplicate', `FILTER ${JSON.stringify(filter)} lists a filter twice`)
  }
  return nAlt
}
