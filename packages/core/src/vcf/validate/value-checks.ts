/**
 * INFO and per-sample checks of a data line (VCFv4.3 §1.6.1 INFO, §1.6.2 genotype fields): keys, types and
 * Number counts (integers, `A`, `R`, `G` with the ploidy of GT), reserved keys, GT syntax and allele indexes.
 *
 * @module
 */
import type { Declared, HeaderFacts } from './header-checks.js'
import { type ReservedKey, reservedFormat, reservedInfo } from './reserved.js'
import { KEY_42, KEY_43, typeProblem } from './syntax.js'
import type { Report } from './types.js'

const CIGAR = /^(?:\d+[MIDNSHPX=])+$/

function expectedCount(
  number: string,
  nAlt: number,
  ploidy: number | undefined,
): number | undefined {
  if (/^\d+$/.test(number)) return Number(number)
  if (number === 'A') return nAlt
  if (number === 'R') return nAlt + 1
  if (number === 'G' && ploidy !== undefined) {
    // combinations with repetition of ploidy alleles out of nAlt + 1: C(n + p - 1, p)
    let c = 1
    for (let k = 1; k <= ploidy; k++) c = (c * (nAlt + k)) / k
    return Math.round(c)
  }
  return undefined
}

function valueChecks(
  values: string,
  decl: Declared | ReservedKey | undefined,
  reserved: ReservedKey | undefined,
  ctx: {
    key: string
    field: string
    nAlt: number
    ploidy: number | undefined
    version: string
    lineNo: number
    report: Report
    area: 'fixed' | 'genotype'
    prefix: string
  },
): void {
  const { field, lineNo, report, area } = ctx
  if (!decl) return
  if (values === '.') return
  // a String in double quotes is one value, commas and all (as the spec's valid conformance files write one)
  const list = decl.Type === 'String' && /^".*"$/.test(values) ? [values] : values.split(',')
  for (const v of list) {
    // v4.5 allows an empty (zero-length) list, e.g. LAA when no ALT is local
    if (v === '.' || (v === '' && Number(ctx.version) >= 4.5)) continue
    const problem = typeProblem(decl.Type, v, ctx.version)
    if (problem) {
      report(
        lineNo,
        field,
        `${ctx.prefix}.type`,
        `${field} value ${JSON.stringify(v)} ${problem} (declared Type=${decl.Type})`,
        area,
      )
      return
    }
    if (reserved?.nonNegative && Number(v) < 0) {
      report(
        lineNo,
        field,
        `${ctx.prefix}.reserved-value`,
        `${field} value ${v} is negative; the reserved key ${ctx.key} counts something`,
        area,
      )
      return
    }
    if (ctx.key === 'CIGAR' && reserved && !CIGAR.test(v)) {
      report(
        lineNo,
        field,
        `${ctx.prefix}.reserved-value`,
        `${field} value ${JSON.stringify(v)} is not a CIGAR string`,
        area,
      )
      return
    }
  }
  const perAllele = decl.Number === 'A' || decl.Number === 'R' || decl.Number === 'G'
  if (perAllele && ctx.nAlt === 0) return
  const n = decl.Number === undefined ? undefined : expectedCount(decl.Number, ctx.nAlt, ctx.ploidy)
  if (n !== undefined && n > 0 && list.length !== n) {
    report(
      lineNo,
      field,
      `${ctx.prefix}.number`,
      `${field} has ${list.length} value(s), Number=${decl.Number} expects ${n}`,
      area,
    )
  }
}

/**
 * Checks the INFO column: `.` or `;`-separated `key[=value]` entries with valid, unique keys, values of the
 * declared (or reserved) Type and Number, no value for a Flag.
 *
 * @param info - the INFO column
 * @param nAlt - number of ALT alleles
 * @param lineNo - 1-based line number
 * @param facts - the header's declarations and version
 * @param report - where violations go
 * @example
 * ```ts
 * checkInfo('DP=5;AF=0.5', 1, 7, facts, report)
 * ```
 */
export function checkInfo(
  info: string,
  nAlt: number,
  lineNo: number,
  facts: HeaderFacts,
  report: Report,
): void {
  if (info === '.') return
  const { version } = facts
  const v43 = Number(version) >= 4.3
  const keyRe = v43 ? KEY_43 : KEY_42
  const reservedTable = reservedInfo(version)
  const seen = new Set<string>()
  for (const entry of info.split(';')) {
    const eq = entry.indexOf('=')
    const key = eq === -1 ? entry : entry.slice(0, eq)
    const field = `INFO/${key}`
    if (!keyRe.test(key)) {
      report(
        lineNo,
        'INFO',
        'info.key',
        `INFO key ${JSON.stringify(key)} is not a valid key (a letter or _, then letters, digits, _ or .)`,
        'fixed',
      )
      continue
    }
    if (seen.has(key)) {
      report(lineNo, field, 'info.duplicate-key', `INFO key ${key} appears twice`, 'fixed')
      continue
    }
    seen.add(key)
    const reserved = reservedTable[key]
    const decl: Declared | ReservedKey | undefined = facts.info.get(key) ?? reserved
    if (eq === -1) {
      if (decl && decl.Type !== 'Flag')
        report(
          lineNo,
          field,
          'info.number',
          `INFO ${key} has no value but is declared Type=${decl.Type}`,
          'fixed',
        )
      continue
    }
    const value = entry.slice(eq + 1)
    // a Flag written 0 or 1 is accepted, as the spec's own valid conformance files write it
    if (decl?.Type === 'Flag' && value !== '0' && value !== '1') {
      report(
        lineNo,
        field,
        'info.flag',
        `INFO ${key} is a Flag and may not have a value (found ${JSON.stringify(value)})`,
        'fixed',
      )
      continue
    }
    // v4.0–v4.2 forbid white-space in INFO values; v4.3 allows it (an "=" inside a value is accepted, as the
    // spec's own valid conformance files write one)
    if (!v43 && /\s/.test(value)) {
      report(
        lineNo,
        field,
        'info.syntax',
        `INFO ${key} value ${JSON.stringify(value)} contains white-space`,
        'fixed',
      )
      continue
    }
    if (decl?.Type === 'Flag') continue
    valueChecks(value, decl, reserved, {
      key,
      field,
      nAlt,
      ploidy: undefined,
      version,
      lineNo,
      report,
      area: 'fixed',
      prefix: 'info',
    })
  }
}

const GT = /^[|/]?(?:\.|\d+)(?:[|/](?:\.|\d+))*$/

/**
 * Checks FORMAT and the sample columns: valid unique keys with GT first, no more fields than keys, GT syntax and
 * allele indexes, values of the declared (or reserved) Type and Number (`G` from the GT's ploidy).
 *
 * @param cols - the data line's columns
 * @param nAlt - number of ALT alleles
 * @param lineNo - 1-based line number
 * @param facts - the header's declarations, samples and version
 * @param report - where violations go
 * @example
 * ```ts
 * checkSamples(cols, 1, 7, facts, report)
 * ```
 */
export function checkSamples(
  cols: readonly string[],
  nAlt: number,
  lineNo: number,
  facts: HeaderFacts,
  report: Report,
): void {
  if (cols.length < 9) return
  const { version } = facts
  const keys = cols[8]!.split(':')
  // FORMAT keys follow the v4.3 pattern in every version: v4.1/v4.2 give none, and no valid example departs from it
  const keyRe = KEY_43
  const bad = keys.find((k) => !keyRe.test(k))
  if (bad !== undefined) {
    report(
      lineNo,
      'FORMAT',
      'format.key',
      `FORMAT key ${JSON.stringify(bad)} is not a valid key`,
      'genotype',
    )
    return
  }
  if (new Set(keys).size !== keys.length)
    report(
      lineNo,
      'FORMAT',
      'format.duplicate-key',
      `FORMAT ${cols[8]} lists a key twice`,
      'genotype',
    )
  const gtAt = keys.indexOf('GT')
  if (gtAt > 0)
    report(
      lineNo,
      'FORMAT',
      'format.gt-first',
      'GT must be the first FORMAT key when present',
      'genotype',
    )
  const reservedTable = reservedFormat(version)
  const v44 = Number(version) >= 4.4
  for (let s = 9; s < cols.length; s++) {
    const sample = facts.samples[s - 9] ?? String(s - 8)
    const fields = cols[s]!.split(':')
    if (fields.length > keys.length) {
      report(
        lineNo,
        `sample ${sample}`,
        'sample.field-count',
        `sample ${sample} has ${fields.length} fields, FORMAT has ${keys.length}`,
        'genotype',
      )
      continue
    }
    let ploidy: number | undefined
    if (gtAt === 0 && fields[0] !== undefined) {
      const gt = fields[0]
      if (!GT.test(gt) || (!v44 && /^[|/]/.test(gt))) {
        report(
          lineNo,
          `sample ${sample}`,
          'sample.gt',
          `GT ${JSON.stringify(gt)} of sample ${sample} is not allele indexes separated by / or |`,
          'genotype',
        )
        continue
      }
      const alleles = gt.replace(/^[|/]/, '').split(/[|/]/)
      // with ALT "." the valid conformance files still call 0|1: allele indexes are checked only against real ALTs
      const high = nAlt === 0 ? undefined : alleles.find((a) => a !== '.' && Number(a) > nAlt)
      if (high !== undefined) {
        report(
          lineNo,
          `sample ${sample}`,
          'sample.gt',
          `GT ${gt} of sample ${sample} names allele ${high}, but the record has ${nAlt} ALT allele(s)`,
          'genotype',
        )
        continue
      }
      ploidy = alleles.length
    }
    for (let k = 0; k < fields.length; k++) {
      const key = keys[k]!
      if (key === 'GT') continue
      const reserved = reservedTable[key]
      const decl = facts.format.get(key) ?? reserved
      valueChecks(fields[k]!, decl, reserved, {
        key,
        field: `FORMAT/${key} of sample ${sample}`,
        nAlt,
        ploidy,
        version,
        lineNo,
        report,
        area: 'genotype',
        prefix: 'sample',
      })
    }
  }
}
