/**
 * Printing: JSON (one document, or NDJSON for row lists) or aligned tables for humans. Data goes to stdout;
 * logs, warnings and progress go to stderr.
 *
 * @module
 */
import type { FormattedError } from '@vcf-agent/core'

/** What a command returns: data, and optionally rows to print as a table / NDJSON. */
export interface CommandOutput {
  /** The JSON document (summary) of the command. */
  data: unknown
  /** Rows, printed as NDJSON with `--json`, or as an aligned table. */
  rows?: Record<string, unknown>[]
  /** A one-line message for humans (stderr when rows are printed, stdout otherwise). */
  message?: string
  /** Rows printed as an aligned table for humans instead of the summary of `data` (`--json` prints `data`). */
  textRows?: Record<string, unknown>[]
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (value instanceof Float32Array || value instanceof Float64Array) return Array.from(value)
  if (typeof value === 'bigint') return Number(value)
  return value
}

/** Serialises a value as JSON, turning typed arrays into arrays. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, jsonSafe)
}

function cell(v: unknown): string {
  if (v == null) return '.'
  if (v instanceof Float32Array) return `[${v.length} floats]`
  if (Array.isArray(v)) return v.length === 0 ? '' : v.join(',')
  if (typeof v === 'number')
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)))
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a table cell shows any other value as String() renders it
  const s = String(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

/** Formats rows as an aligned text table. */
export function formatTable(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return '(no rows)'
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const cells = rows.map((r) => cols.map((c) => cell(r[c])))
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)))
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

/** Formats a flat summary object as `key: value` lines. */
export function formatSummary(data: Record<string, unknown>): string {
  const keys = Object.keys(data)
  const w = Math.max(...keys.map((k) => k.length))
  return keys
    .map((k) => {
      const v = data[k]
      if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x != null))
        return `${k.padEnd(w)}  ${v.map((x) => toJson(x)).join(', ')}`
      const text = typeof v === 'object' && v != null && !Array.isArray(v) ? toJson(v) : cell(v)
      return `${k.padEnd(w)}  ${text}`
    })
    .join('\n')
}

/** Prints a command's output. */
export function printOutput(
  out: CommandOutput,
  json: boolean,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): void {
  if (out.data === undefined && !out.rows) return // the command streamed its own output
  if (json) {
    if (out.rows) for (const r of out.rows) stdout.write(`${toJson(r)}\n`)
    else stdout.write(`${toJson(out.data)}\n`)
    return
  }
  if (out.rows) {
    stdout.write(`${formatTable(out.rows)}\n`)
    if (out.message) stderr.write(`${out.message}\n`)
    return
  }
  if (out.message) stdout.write(`${out.message}\n`)
  if (out.textRows) {
    stdout.write(`${formatTable(out.textRows)}\n`)
    return
  }
  if (out.data && typeof out.data === 'object' && !Array.isArray(out.data)) {
    stdout.write(`${formatSummary(out.data as Record<string, unknown>)}\n`)
  }
}

/**
 * Prints an error that core's `formatError` described: `error[CODE]: message` and the hint (if any) on stderr,
 * and with `--json` also `{"error": {"code", "message", "details"?}}` on stdout.
 *
 * @param error - the formatted error
 * @param json - whether `--json` was given
 * @param stdout - where the JSON document goes
 * @param stderr - where the human-readable lines go
 * @param stderrText - replaces the message on stderr only (the CLI passes an unexpected error's stack here)
 * @example
 * ```ts
 * printError(formatError(err), false, process.stdout, process.stderr)
 * // stderr: error[STORE_TABLE_NOT_FOUND]: No table "variants".
 * ```
 */
export function printError(
  error: FormattedError,
  json: boolean,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  stderrText: string = error.message,
): void {
  if (json) {
    const { code, message, details } = error
    stdout.write(
      `${toJson({ error: details === undefined ? { code, message } : { code, message, details } })}\n`,
    )
  }
  stderr.write(`error[${error.code}]: ${stderrText}\n`)
  if (error.hint !== undefined) stderr.write(`${error.hint}\n`)
}
