/**
 * The strict validator: every rule of the declared VCF version that a file can break, checked line by line with
 * constant memory (per contig, only the positions still open), each violation located (file:line, field, rule,
 * spec section) and collected up to a limit.
 *
 * @module
 */
import { VcfParseError } from '../../errors/errors.js'
import { type VcfInput, openVcfSource, sourceName } from '../source.js'
import {
  type HeaderFacts,
  checkChromLine,
  checkFileformat,
  checkMetaLine,
  versionOf,
} from './header-checks.js'
import { checkFixed } from './record-checks.js'
import {
  specSection,
  type Report,
  type SpecArea,
  type ValidateOptions,
  type ValidationReport,
  type Violation,
} from './types.js'
import { checkInfo, checkSamples } from './value-checks.js'

/** Violations a report keeps by default. */
export const DEFAULT_VIOLATION_LIMIT = 100

/** A validator fed one line at a time ({@link createValidator}). */
export interface LineValidator {
  /** Checks the next line (without its line terminator); `lineNo` is 1-based. */
  line(text: string, lineNo: number): void
  /** Ends the file: `finalNewline` says whether the text ended with a line feed. Returns the report. */
  finish(finalNewline: boolean, lastLine: number): ValidationReport
}

/**
 * A validator for one file, fed its lines in order. Used by {@link validateVcf} and by ingest's strict mode.
 *
 * @param file - the file name for messages
 * @param options - the violation limit
 * @returns the validator
 * @example
 * ```ts
 * const v = createValidator('x.vcf')
 * lines.forEach((l, i) => v.line(l, i + 1))
 * v.finish(true, lines.length).total // 0 for a valid file
 * ```
 */
export function createValidator(file: string, options: ValidateOptions = {}): LineValidator {
  const limit = options.limit ?? DEFAULT_VIOLATION_LIMIT
  const violations: Violation[] = []
  const byRule: Record<string, number> = {}
  let total = 0
  let fileformat = ''
  const facts: HeaderFacts = { version: '4.0', info: new Map(), format: new Map(), samples: [] }
  const report: Report = (line, field, rule, message, area: SpecArea) => {
    total++
    byRule[rule] = (byRule[rule] ?? 0) + 1
    if (violations.length < limit) {
      violations.push({
        file,
        line,
        field,
        rule,
        message,
        section: specSection(facts.version, area),
      })
    }
  }
  let inHeader = true
  let sawChromLine = false
  let records = 0
  let chrom: string | undefined
  let lastPos = -1
  const doneContigs = new Set<string>()
  // normalized CHROM-POS-REF-ALT keys of the current contig, by normalized POS (evicted once behind the records)
  let open = new Map<number, Set<string>>()

  function record(text: string, lineNo: number): void {
    records++
    const cols = text.split('\t')
    const expected = facts.samples.length > 0 ? 9 + facts.samples.length : 8
    if (cols.length < 8) {
      report(
        lineNo,
        'record',
        'record.columns',
        `a data line needs at least 8 tab-separated columns, found ${cols.length}`,
        'fixed',
      )
      return
    }
    if (cols.length !== expected && !(facts.samples.length === 0 && cols.length === 8)) {
      report(
        lineNo,
        'record',
        'record.columns',
        `the header names ${expected} columns, this line has ${cols.length}`,
        'header-line',
      )
    }
    const nAlt = checkFixed(cols, lineNo, facts.version, report)
    checkInfo(cols[7]!, nAlt, lineNo, facts, report)
    checkSamples(cols, nAlt, lineNo, facts, report)
    order(cols, lineNo)
  }

  function order(cols: readonly string[], lineNo: number): void {
    const c = cols[0]!.replace(/^<(.*)>$/, '$1')
    const pos = Number(cols[1])
    if (!Number.isInteger(pos)) return
    if (c !== chrom) {
      if (chrom !== undefined) doneContigs.add(chrom)
      if (doneContigs.has(c)) {
        report(
          lineNo,
          'CHROM',
          'record.contiguous',
          `the records of CHROM ${c} must be one block, but ${c} appeared before another contig`,
          'fixed',
        )
      }
      chrom = c
      lastPos = -1
      open = new Map()
    }
    // v4.5: the spec's only valid v4.5 conformance file is not sorted, so order is not checked there
    if (pos < lastPos && Number(facts.version) < 4.5) {
      report(
        lineNo,
        'POS',
        'record.sorted',
        `POS ${pos} comes after POS ${lastPos} on CHROM ${c}; records must be sorted by POS within a contig`,
        'fixed',
      )
    }
    lastPos = Math.max(lastPos, pos)
    for (const [p] of open) if (p < pos) open.delete(p)
    const ref = cols[3]!
    for (const alt of cols[4]!.split(',')) {
      if (alt === '.' || !/^[ACGTNacgtn]+$/.test(alt)) continue
      const [np, nr, na] = normalize(pos, ref.toUpperCase(), alt.toUpperCase())
      const key = `${nr}>${na}`
      const atPos = open.get(np) ?? new Set<string>()
      if (atPos.has(key)) {
        report(
          lineNo,
          'ALT',
          'record.duplicate',
          `the variant ${c}:${np} ${nr}>${na} (normalized) appears twice`,
          'fixed',
        )
      }
      atPos.add(key)
      open.set(np, atPos)
    }
  }

  return {
    line(text, lineNo) {
      if (lineNo === 1) {
        fileformat = checkFileformat(text, report)
        facts.version = versionOf(fileformat)
        return
      }
      if (inHeader) {
        if (text.startsWith('#') && !text.startsWith('##')) {
          facts.samples = checkChromLine(text, lineNo, report)
          sawChromLine = true
          inHeader = false
          return
        }
        if (!text.startsWith('#') && text.split('\t').length >= 8) {
          report(
            lineNo,
            '#CHROM',
            'header.chrom-line',
            'the header has no #CHROM line before the first record',
            'header-line',
          )
          inHeader = false
        } else {
          checkMetaLine(text, lineNo, facts, report)
          return
        }
      }
      if (text === '') return
      if (text.startsWith('#')) {
        report(
          lineNo,
          'header',
          'header.after-records',
          'a header line appears after the first record',
          'header-line',
        )
        return
      }
      record(text, lineNo)
    },
    finish(finalNewline, lastLine) {
      if (lastLine === 0) {
        report(
          1,
          '##fileformat',
          'header.fileformat',
          'the file is empty; a VCF starts with "##fileformat=VCFv4.x"',
          'fileformat',
        )
      } else if (!sawChromLine && inHeader) {
        report(
          lastLine,
          '#CHROM',
          'header.chrom-line',
          'the header has no #CHROM line',
          'header-line',
        )
      }
      // required where the conformance files require it (v4.3, and v4.4 after it); v4.1/v4.2 have no such rule,
      // and the spec's only valid v4.5 conformance file has no final line feed
      const version = Number(facts.version)
      if (lastLine > 0 && !finalNewline && version >= 4.3 && version < 4.5) {
        report(
          lastLine,
          'line end',
          'file.final-newline',
          'the last line does not end with a line feed',
          'header-line',
        )
      }
      return { file, fileformat, version: facts.version, records, violations, byRule, total }
    },
  }
}

/** Trims the shared suffix, then the shared prefix, of REF and ALT (keeping one base), moving POS with it. */
function normalize(pos: number, ref: string, alt: string): [number, string, string] {
  let r = ref
  let a = alt
  while (r.length > 1 && a.length > 1 && r[r.length - 1] === a[a.length - 1]) {
    r = r.slice(0, -1)
    a = a.slice(0, -1)
  }
  let p = pos
  while (r.length > 1 && a.length > 1 && r[0] === a[0]) {
    r = r.slice(1)
    a = a.slice(1)
    p++
  }
  return [p, r, a]
}

/**
 * Validates a whole VCF (plain, gzip or BGZF) against the specification of its declared version, without
 * storing anything: header lines and their declarations, reserved INFO/FORMAT keys and types, Number counts,
 * CHROM/POS/ID/REF/ALT/QUAL/FILTER syntax, symbolic alleles and breakends, GT, duplicate records, sort order and
 * contiguity within a contig, column counts and the final line feed.
 *
 * @param input - a path, `'-'` for standard input, or a byte stream
 * @param options - the violation limit (default {@link DEFAULT_VIOLATION_LIMIT})
 * @returns the report; `total` 0 means valid
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the input cannot be read at all
 * @example
 * ```ts
 * const report = await validateVcf('calls.vcf')
 * for (const v of report.violations) console.log(`${v.file}:${v.line} ${v.field} [${v.rule}] ${v.message} (${v.section})`)
 * ```
 */
export async function validateVcf(
  input: VcfInput,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const v = createValidator(sourceName(input), options)
  let source: Awaited<ReturnType<typeof openVcfSource>>
  try {
    source = await openVcfSource(input)
  } catch (err) {
    // an empty file is a violation to report, not a read failure
    if (err instanceof VcfParseError && err.details.empty === true) return v.finish(true, 0)
    throw err
  }
  let lineNo = 0
  try {
    for await (const text of source.lines) v.line(text, ++lineNo)
  } finally {
    source.close()
  }
  return v.finish(source.ending()?.finalNewline ?? true, lineNo)
}
