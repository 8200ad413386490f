/**
 * Validation of caller-supplied LanceDB (DataFusion SQL) filter expressions before they reach LanceDB.
 *
 * A filter is checked in steps, each in its own file:
 * 1. `rules.ts` — length limit and emptiness;
 * 2. `shape.ts` — the one lexer (`lexer.ts`) with LanceDB's rules refuses comments, `;`, double-quoted and
 *    dollar-quoted strings, string prefixes (`E'…'`), hex numbers, non-ASCII text outside string literals
 *    (look-alike column names) and nesting deeper than 64, and replaces every literal with a placeholder, so the
 *    parser never sees the values;
 * 3. `parse.ts` — `node-sql-parser` parses `SELECT * FROM t WHERE (<shape>)`; anything but that single SELECT is
 *    refused;
 * 4. `convert.ts` — the syntax tree is walked against the allowlist: known columns, comparison/boolean/arithmetic
 *    operators, literals, list literals as function arguments, and {@link FILTER_FUNCTIONS};
 * 5. `tautology.ts` — with `forWrite`, tautologies (`1=1`, `pos = pos`, `x IS NULL OR x IS NOT NULL` …) are
 *    refused too.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import { checkConditions, convertWhere } from './convert.js'
import { parseShape } from './parse.js'
import { DEFAULT_MAX_FILTER_LENGTH, FILTER_FUNCTIONS, lengthProblem } from './rules.js'
import { lexShape } from './shape.js'
import { findTautology } from './tautology.js'

/**
 * Options of {@link validateFilter} and {@link checkFilter}.
 *
 * @example
 * ```ts
 * const options: FilterCheckOptions = { columns: ['chrom', 'pos'], forWrite: true, maxLength: 8192 }
 * ```
 */
export interface FilterCheckOptions {
  /** The columns a filter may reference (exact names; unquoted identifiers are lowercased as LanceDB does). */
  columns: readonly string[]
  /** The filter selects rows to delete or update: tautologies that would match every row are refused. */
  forWrite?: boolean
  /** Longest accepted filter in characters. The default is {@link DEFAULT_MAX_FILTER_LENGTH} (4096). */
  maxLength?: number
}

/**
 * One reason a filter was refused. Names the construct; never contains literal values.
 *
 * @example
 * ```ts
 * const p: FilterProblem = { problem: 'function sleep is not allowed' }
 * ```
 */
export interface FilterProblem {
  /** e.g. `function sleep is not allowed`, `unknown column patient_email`. */
  problem: string
}

/**
 * Result of {@link checkFilter}.
 *
 * @example
 * ```ts
 * const r: FilterCheckResult = checkFilter('1=1', { columns: [] }) // { problems: [], tautology: true }
 * ```
 */
export interface FilterCheckResult {
  /** Why the filter is refused; empty when it is acceptable. */
  problems: FilterProblem[]
  /** Whether the filter (or one of its top-level OR branches) matches every row. */
  tautology: boolean
}

/** Runs the steps; returns whether a tautology was found. Problems go to `problems`. */
function runChecks(sql: string, options: FilterCheckOptions, problems: Set<string>): boolean {
  const tooLong = lengthProblem(sql, options.maxLength ?? DEFAULT_MAX_FILTER_LENGTH)
  if (tooLong !== undefined) {
    problems.add(tooLong)
    return false
  }
  const lexed = lexShape(sql, problems)
  if (!lexed) return false
  const where = parseShape(lexed.shape)
  if (typeof where === 'string') {
    problems.add(where)
    return false
  }
  const node = convertWhere({ lexed, columns: new Set(options.columns), problems }, where, 0)
  if (!node || problems.size > 0) return false
  checkConditions(node, problems)
  const t = findTautology(node)
  if (t === undefined) return false
  if (options.forWrite === true) problems.add(`tautology ${t} would match every row`)
  return true
}

/**
 * Checks a filter and reports every problem instead of throwing. Use {@link validateFilter} at API boundaries.
 *
 * @param sql - the filter (a SQL WHERE expression, without `WHERE`)
 * @param options - allowed columns, write mode, length limit
 * @returns the problems (empty when acceptable) and whether the filter is a tautology; with `forWrite`, a
 *   tautology is also listed as a problem
 * @throws nothing: an unexpected failure is reported as the problem `the filter could not be checked`
 * @example
 * ```ts
 * checkFilter("chrom = '1' OR 1=1", { columns: ['chrom'] }) // { problems: [], tautology: true }
 * checkFilter('sleep(1)', { columns: [] }).problems // [{ problem: 'function sleep is not allowed' }]
 * ```
 */
export function checkFilter(sql: string, options: FilterCheckOptions): FilterCheckResult {
  const problems = new Set<string>()
  let tautology = false
  try {
    tautology = runChecks(sql, options, problems)
  } catch {
    problems.add('the filter could not be checked')
  }
  return { problems: [...problems].map((problem) => ({ problem })), tautology }
}

/**
 * Validates a caller-supplied LanceDB filter before it is used by search, filter, delete, update or export.
 * Only known columns, comparison/boolean/arithmetic operators (`= != <> < <= > >= AND OR NOT IN BETWEEN LIKE
 * IS [NOT] NULL + - * /`), single-quoted string, number, boolean and NULL literals, `[…]` lists as function
 * arguments and the functions in {@link FILTER_FUNCTIONS} are accepted. Never throws anything but
 * {@link UsageError}.
 *
 * @param sql - the filter (a SQL WHERE expression, without `WHERE`), at most `maxLength` characters
 * @param options - allowed columns; `forWrite: true` for delete/update predicates refuses tautologies
 * @returns nothing; returning means the filter is acceptable
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` naming every refused construct; `details.problems` lists them
 *   (literal values are never echoed)
 * @example
 * ```ts
 * validateFilter("chrom = '17' AND pos BETWEEN 43044295 AND 43125483", { columns: ['chrom', 'pos'] }) // ok
 * validateFilter("chrom = '1' OR 1=1", { columns: ['chrom'], forWrite: true }) // throws: tautology 1 = 1 …
 * ```
 */
export function validateFilter(sql: string, options: FilterCheckOptions): void {
  const { problems } = checkFilter(sql, options)
  if (problems.length === 0) return
  const list = problems.map((p) => p.problem)
  throw new UsageError(
    'USAGE_INVALID_ARGUMENT',
    `Filter refused: ${list.join('; ')}. A filter may use known columns, comparisons, AND/OR/NOT, IN (…), BETWEEN, LIKE, IS [NOT] NULL, + - * /, single-quoted strings, numbers, TRUE/FALSE/NULL and the functions ${[...FILTER_FUNCTIONS.keys()].join(', ')}.`,
    { details: { problems: list } },
  )
}
