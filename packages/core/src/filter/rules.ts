/**
 * The allowlist a filter is checked against: length and nesting limits, operators, functions, the reserved
 * identifier prefix, and the messages for refused constructs. Data only; {@link convertWhere} and
 * {@link lexShape} apply it.
 *
 * @internal
 * @module
 */

/**
 * Default of `FilterCheckOptions.maxLength`, in characters: 4096.
 *
 * @example
 * ```ts
 * checkFilter('x'.repeat(DEFAULT_MAX_FILTER_LENGTH + 1), { columns: ['x'] }).problems.length // 1
 * ```
 */
export const DEFAULT_MAX_FILTER_LENGTH = 4096

/**
 * Deepest accepted nesting of parentheses and brackets: 64.
 *
 * @internal
 * @example
 * ```ts
 * checkFilter(`${'('.repeat(MAX_FILTER_DEPTH + 1)}pos = 1${')'.repeat(MAX_FILTER_DEPTH + 1)}`, { columns: ['pos'] }) // refused
 * ```
 */
export const MAX_FILTER_DEPTH = 64

/**
 * Deepest syntax tree walked before a filter is refused as too deep.
 *
 * @internal
 * @example
 * ```ts
 * MAX_AST_DEPTH // 256
 * ```
 */
export const MAX_AST_DEPTH = 256

/**
 * Identifiers starting with this (case-insensitive) are reserved for the lexer's placeholders.
 *
 * @internal
 * @example
 * ```ts
 * '__vcfn0'.startsWith(RESERVED_PREFIX) // true
 * ```
 */
export const RESERVED_PREFIX = '__vcf'

/**
 * Functions a filter may call (lowercase), with their accepted argument counts `[min, max]`.
 *
 * @example
 * ```ts
 * FILTER_FUNCTIONS.get('array_has_any') // [2, 2]
 * FILTER_FUNCTIONS.has('sleep') // false
 * ```
 */
export const FILTER_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map<
  string,
  readonly [number, number]
>([
  ['array_has_any', [2, 2]],
  ['array_has_all', [2, 2]],
  ['array_contains', [2, 2]],
  ['array_has', [2, 2]],
  ['array_length', [1, 2]],
  ['lower', [1, 1]],
  ['upper', [1, 1]],
  ['character_length', [1, 1]],
  ['char_length', [1, 1]],
  ['length', [1, 1]],
  ['coalesce', [1, 16]],
  ['abs', [1, 1]],
])

/**
 * Functions in {@link FILTER_FUNCTIONS} that return a boolean (and so may stand as a condition).
 *
 * @internal
 * @example
 * ```ts
 * BOOLEAN_FUNCTIONS.has('array_has') // true
 * ```
 */
export const BOOLEAN_FUNCTIONS: ReadonlySet<string> = new Set([
  'array_has_any',
  'array_has_all',
  'array_contains',
  'array_has',
])

/**
 * Accepted comparison operators (`<>` is normalized to `!=`).
 *
 * @internal
 * @example
 * ```ts
 * COMPARISONS.has('<>') // true
 * ```
 */
export const COMPARISONS: ReadonlySet<string> = new Set(['=', '!=', '<>', '<', '<=', '>', '>='])

/**
 * Accepted arithmetic operators.
 *
 * @internal
 * @example
 * ```ts
 * ARITHMETIC.has('%') // false
 * ```
 */
export const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/'])

/**
 * Single characters accepted outside literals and names (besides `(`, `)`, `[`, `]` and whitespace).
 *
 * @internal
 * @example
 * ```ts
 * PUNCTUATION.includes(';') // false
 * ```
 */
export const PUNCTUATION = '=<>!,+-*/.'

/**
 * Why a character outside a literal is refused, when it has a specific reason.
 *
 * @internal
 * @example
 * ```ts
 * NAMED_CHARS[';'] // 'multiple statements (;) are not allowed'
 * ```
 */
export const NAMED_CHARS: Readonly<Record<string, string>> = {
  ';': 'multiple statements (;) are not allowed',
  '"': "double-quoted text is not allowed; write string values in single quotes ('…') and quote column names with backticks",
  '\\': 'a backslash is not allowed outside a string literal',
  '#': 'character # is not allowed (comments are not allowed)',
  '%': 'operator % is not allowed',
  '|': 'operator | is not allowed',
  '&': 'operator & is not allowed',
  '^': 'operator ^ is not allowed',
  '~': 'operator ~ is not allowed',
  '@': 'variables (@) are not allowed',
  $: 'character $ is not allowed (parameters and dollar-quoted strings are not allowed)',
  '?': 'parameters (?) are not allowed',
  ':': 'character : is not allowed (casts and parameters are not allowed)',
  '{': 'character { is not allowed',
  '}': 'character } is not allowed',
}

/**
 * Why a syntax-tree node type is refused, for the types with a specific message.
 *
 * @internal
 * @example
 * ```ts
 * TYPE_MESSAGES.case // 'CASE expressions are not allowed'
 * ```
 */
export const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  case: 'CASE expressions are not allowed',
  cast: 'CAST is not allowed',
  interval: 'INTERVAL is not allowed',
  extract: 'EXTRACT is not allowed',
  unnest: 'UNNEST is not allowed',
  select: 'subqueries are not allowed',
  aggr_func: 'aggregate functions are not allowed',
  star: '* is not allowed',
  var: 'variables are not allowed',
  param: 'parameters are not allowed',
  date: "typed literals (DATE '…', TIMESTAMP '…') are not allowed",
  time: "typed literals (DATE '…', TIMESTAMP '…') are not allowed",
  timestamp: "typed literals (DATE '…', TIMESTAMP '…') are not allowed",
  datetime: "typed literals (DATE '…', TIMESTAMP '…') are not allowed",
  struct: 'STRUCT is not allowed',
}

/**
 * The generic refusal for anything the parser does not accept as one condition.
 *
 * @internal
 * @example
 * ```ts
 * parseShape('pos = 1 UNION SELECT 1') === SYNTAX_ERROR // true
 * ```
 */
export const SYNTAX_ERROR = 'syntax error: the filter is not a single valid SQL condition'

/**
 * The problem with a filter's size or emptiness, before any lexing: not a string, longer than `maxLength`
 * characters, or blank.
 *
 * @internal
 * @param sql - the filter
 * @param maxLength - the longest accepted filter, in characters
 * @returns the problem, or undefined when the filter may be lexed
 * @throws nothing: it never throws
 * @example
 * ```ts
 * lengthProblem('', 4096) // 'the filter is empty'
 * ```
 */
export function lengthProblem(sql: unknown, maxLength: number): string | undefined {
  if (typeof sql !== 'string') return 'the filter must be a string'
  if (sql.length > maxLength)
    return `the filter is ${sql.length} characters long; the limit is ${maxLength}`
  if (sql.trim() === '') return 'the filter is empty'
  return undefined
}

/**
 * A name made safe for a problem message: characters other than letters, digits, `_` and `.` become `?`, and it
 * is cut at 64 characters. Problems never echo literal values; this keeps odd names from smuggling them in.
 *
 * @internal
 * @param s - a name from the syntax tree
 * @returns the cleaned name
 * @throws nothing: it never throws
 * @example
 * ```ts
 * safeName('a@b') // 'a?b'
 * ```
 */
export function safeName(s: unknown): string {
  const t = typeof s === 'string' ? s : String(s)
  const clean = t.replace(/[^A-Za-z0-9_.]/g, '?')
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean
}
