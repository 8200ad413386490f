/**
 * The validator as ingest uses it: the whole file before anything is stored in strict mode, the header only
 * (counted warnings) otherwise.
 *
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { VcfParseError } from '../../errors/errors.js'
import { type VcfInput, openVcfSource, sourceName } from '../source.js'
import type { ValidationReport } from './types.js'
import { createValidator, validateVcf } from './validator.js'

/** Whether the input is a path to a regular file, which can be read twice (not `-`, a named pipe or /dev/stdin). */
async function isRegularFile(input: VcfInput): Promise<boolean> {
  if (typeof input !== 'string' || input === '-') return false
  try {
    return (await stat(input)).isFile()
  } catch {
    return false
  }
}

/** Violations listed in the message of a strict refusal (all of them, up to the limit, are in `details`). */
const SHOWN = 10

/**
 * Runs the whole validator over an input before it is ingested. A regular file is read twice (this pass, then
 * the ingest); standard input, a named pipe or a byte stream is first copied to a temporary file, which the
 * returned `input` names and `cleanup` deletes.
 *
 * @param input - the ingest's input
 * @returns the input for the ingest to read, and the cleanup to run when it is done
 * @throws {VcfParseError} `VCF_PARSE_STRICT_VIOLATIONS` listing the violations (details: file, line of the first,
 *   violations, total, by_rule); `VCF_PARSE_UNREADABLE` when the input cannot be read
 * @example
 * ```ts
 * const { input: checked, cleanup } = await strictPrepass('calls.vcf')
 * ```
 */
export async function strictPrepass(
  input: VcfInput,
): Promise<{ input: VcfInput; cleanup: () => Promise<void> }> {
  let path: string
  let cleanup = async (): Promise<void> => {}
  if (await isRegularFile(input)) path = input as string
  else {
    const dir = await mkdtemp(join(tmpdir(), 'vcf-agent-strict-'))
    cleanup = () => rm(dir, { recursive: true, force: true })
    path = join(dir, sourceName(input))
    const from =
      input === '-' ? process.stdin : typeof input === 'string' ? createReadStream(input) : input
    try {
      await pipeline(from, createWriteStream(path))
    } catch (err) {
      await cleanup()
      throw err
    }
  }
  let report: ValidationReport
  try {
    report = await validateVcf(path)
    // the temporary copy keeps the original's name in messages
    if (path !== input) for (const v of report.violations) v.file = sourceName(input)
  } catch (err) {
    await cleanup()
    throw err
  }
  if (report.total > 0) {
    await cleanup()
    throw strictError(report, sourceName(input))
  }
  return { input: path === input ? input : path, cleanup }
}

/**
 * The `VCF_PARSE_STRICT_VIOLATIONS` error for a report with violations.
 *
 * @param report - the validator's report (total > 0)
 * @param file - the file name for the message
 * @returns the error
 * @example
 * ```ts
 * throw strictError(await validateVcf('bad.vcf'), 'bad.vcf')
 * ```
 */
export function strictError(report: ValidationReport, file: string): VcfParseError {
  const lines = report.violations
    .slice(0, SHOWN)
    .map((v) => `  ${v.file}:${v.line}: ${v.field}: ${v.message} [${v.rule}, ${v.section}]`)
  const more = report.total > SHOWN ? `\n  … and ${report.total - SHOWN} more` : ''
  const first = report.violations[0]
  return new VcfParseError(
    'VCF_PARSE_STRICT_VIOLATIONS',
    `${file}: ${report.total} violation(s) of the VCF ${report.version} specification (strict mode); nothing was stored. ` +
      `Fix them, or ingest without strict to read the file as bcftools does:\n${lines.join('\n')}${more}`,
    {
      details: {
        file,
        ...(first ? { line: first.line, field: first.field } : {}),
        total: report.total,
        by_rule: report.byRule,
        violations: report.violations,
      },
    },
  )
}

/** Header checks as counted warnings (see {@link headerWarnings}). */
export interface HeaderWarnings {
  /** Violations counted by rule id. */
  byRule: Record<string, number>
  /** One warning message per rule: its count and first place. */
  messages: string[]
  /** False when the input was not read for them (not a regular file): its header is to be checked as it is read. */
  checked: boolean
}

/**
 * The header checks of the validator (up to the `#CHROM` line) of a file, as counted warnings: ingest runs them
 * without strict mode, where reading the header twice costs nothing measurable. Only a regular file is read
 * twice: for standard input, named pipes and streams `checked` is false, and ingest checks the header lines as it
 * reads them ({@link headerChecks}).
 *
 * @param input - the ingest's input
 * @returns violations counted by rule id, one warning message per rule (its count and first place), and whether
 *   the input was read
 * @example
 * ```ts
 * const { byRule } = await headerWarnings('calls.vcf') // { 'header.alt-id': 1 }
 * ```
 */
export async function headerWarnings(input: VcfInput): Promise<HeaderWarnings> {
  if (!(await isRegularFile(input))) return { byRule: {}, messages: [], checked: false }
  const lines: string[] = []
  let source: Awaited<ReturnType<typeof openVcfSource>> | undefined
  try {
    source = await openVcfSource(input)
    for await (const text of source.lines) {
      lines.push(text)
      // the header ends at the #CHROM line (or, when it has none, at the first data line)
      if (lines.length > 1 && !text.startsWith('##')) break
    }
  } catch {
    // a file that cannot be read is the ingest's error to report
    return { byRule: {}, messages: [], checked: true }
  } finally {
    source?.close()
  }
  return headerChecks(lines, sourceName(input))
}

/**
 * The header checks of {@link headerWarnings} over lines already read: the header (the `#CHROM` line last, as the
 * ingest's readers give it), or up to the first data line when it has no `#CHROM` line.
 *
 * @param lines - the header lines, from line 1
 * @param file - the file name for messages
 * @returns violations counted by rule id and one warning message per rule (`checked` true)
 * @example
 * ```ts
 * headerChecks(['##fileformat=VCFv4.2', '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'], 'stdin').byRule // {}
 * ```
 */
export function headerChecks(lines: readonly string[], file: string): HeaderWarnings {
  const v = createValidator(file)
  let lineNo = 0
  for (const text of lines) v.line(text, ++lineNo)
  const report = v.finish(true, lineNo)
  const messages: string[] = []
  for (const [rule, count] of Object.entries(report.byRule)) {
    const first = report.violations.find((x) => x.rule === rule)
    if (!first) continue
    messages.push(
      `${count} × ${rule} (strict mode would refuse the file): first at ${first.file}:${first.line}: ${first.field}: ${first.message} (${first.section})`,
    )
  }
  return { byRule: report.byRule, messages, checked: true }
}
