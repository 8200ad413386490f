/**
 * A small lexer for LanceDB filter expressions. It does not parse: it only splits the text into tokens the way
 * LanceDB's own lexer does, so that `maskFilter` can tell a literal from a column name and can find
 * `;` and comments that are not inside a string.
 *
 * LanceDB parses filters with sqlparser-rs and its `LanceDialect` (lance `sql.rs`): the GenericDialect's identifier
 * characters, **only backticks** delimit identifiers (so `"…"` is a double-quoted *string*), and the trait defaults
 * for the rest: no backslash escapes in strings, no `E'…'` strings, no nested block comments. Where this lexer
 * differs it errs towards treating more text as literal or comment (block comments nest here), which only ever
 * masks more.
 *
 * @internal
 * @module
 */

/** Kind of a {@link SqlToken}. */
export type SqlTokenKind =
  | 'space'
  | 'string'
  | 'number'
  | 'word'
  | 'quoted-ident'
  | 'param'
  | 'comment'
  | 'semicolon'
  | 'lparen'
  | 'rparen'
  | 'operator'
  | 'other'

/**
 * One token of a SQL filter. `start`/`end` are 0-based UTF-16 offsets into the input, end exclusive, so
 * `sql.slice(start, end) === text` and the texts of all tokens concatenate to the input.
 *
 * @internal
 */
export interface SqlToken {
  /** What the token is. */
  readonly kind: SqlTokenKind
  /** The token's text, exactly as in the input. */
  readonly text: string
  /** 0-based offset of the first character. */
  readonly start: number
  /** 0-based offset after the last character. */
  readonly end: number
  /** Set on a string, quoted identifier or block comment that runs to the end of the input without closing. */
  readonly unterminated?: boolean
}

/**
 * Words that are never column references in a filter: operators and keywords, literal keywords (`TRUE`, `NULL`) and
 * the type names used in `CAST(… AS …)`. Upper case.
 *
 * @internal
 */
export const SQL_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'AND OR NOT IS NULL TRUE FALSE UNKNOWN IN BETWEEN SYMMETRIC LIKE ILIKE SIMILAR TO ESCAPE CASE WHEN THEN ELSE END ' +
    'CAST TRY_CAST AS INTERVAL DATE TIME TIMESTAMP DISTINCT FROM ANY ALL SOME EXISTS ' +
    'YEAR MONTH DAY HOUR MINUTE SECOND ' +
    'INT INTEGER BIGINT SMALLINT TINYINT FLOAT DOUBLE REAL DECIMAL NUMERIC VARCHAR CHAR STRING TEXT BOOLEAN BOOL'
  ).split(' '),
)

/** GenericDialect: an identifier starts with a letter, `_`, `#` or `@` and continues with those, digits or `$`. */
const WORD_START = /[\p{L}_#@]/u
const WORD_PART = /[\p{L}0-9_$#@]/u
const DIGIT = /[0-9]/
const SPACE = /\s/u
/** Multi-character operators, longest first. */
const OPERATORS = ['->>', '!~*', '<=>', '<>', '!=', '<=', '>=', '==', '||', '::', '->', '~*', '!~', '@>', '<@', '=>']

/**
 * Finds the end of a quoted run that starts at `open` (the opening quote): the closing quote is the first `quote`
 * that is not doubled (`''` inside `'…'`). A backslash escapes nothing (LanceDialect).
 */
function endOfQuoted(sql: string, open: number, quote: string): { end: number; closed: boolean } {
  let i = open + 1
  while (i < sql.length) {
    const c = sql[i]
    if (c === quote) {
      if (sql[i + 1] === quote) {
        i += 2
        continue
      }
      return { end: i + 1, closed: true }
    }
    i++
  }
  return { end: sql.length, closed: false }
}

function endOfNumber(sql: string, start: number): number {
  let i = start
  if (sql[i] === '0' && (sql[i + 1] === 'x' || sql[i + 1] === 'X')) {
    i += 2
    while (i < sql.length && /[0-9a-fA-F]/.test(sql[i]!)) i++
  } else {
    while (i < sql.length && DIGIT.test(sql[i]!)) i++
    if (sql[i] === '.') {
      i++
      while (i < sql.length && DIGIT.test(sql[i]!)) i++
    }
    if ((sql[i] === 'e' || sql[i] === 'E') && /[0-9+-]/.test(sql[i + 1] ?? '')) {
      const save = i
      i++
      if (sql[i] === '+' || sql[i] === '-') i++
      if (DIGIT.test(sql[i] ?? '')) while (i < sql.length && DIGIT.test(sql[i]!)) i++
      else i = save
    }
  }
  // `1abc` is not valid SQL, but whatever follows a number without a break belongs to it: mask it all.
  while (i < sql.length && WORD_PART.test(sql[i]!)) i++
  return i
}

/** `$$…$$` or `$tag$…$tag$` starting at `start`, or undefined when `$` does not open a dollar-quoted string. */
function dollarQuoted(sql: string, start: number): { end: number; closed: boolean } | undefined {
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start))
  if (!m) return undefined
  const tag = m[0]
  const close = sql.indexOf(tag, start + tag.length)
  return close === -1 ? { end: sql.length, closed: false } : { end: close + tag.length, closed: true }
}

/**
 * Splits a SQL filter expression into tokens. Never throws: text the lexer does not understand becomes `other`
 * tokens, and an unclosed string, quoted identifier or block comment runs to the end with `unterminated: true`.
 *
 * @internal
 * @param sql - a DataFusion SQL filter expression
 * @returns the tokens, in order; their texts concatenate to `sql`
 * @example
 * ```ts
 * tokenizeSql("chrom = '1'").map((t) => t.kind) // ['word', 'space', 'operator', 'space', 'string']
 * ```
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = []
  const push = (kind: SqlTokenKind, start: number, end: number, unterminated = false): void => {
    const token: SqlToken = { kind, text: sql.slice(start, end), start, end }
    tokens.push(unterminated ? { ...token, unterminated } : token)
  }
  let i = 0
  while (i < sql.length) {
    const c = sql[i]!
    const next = sql[i + 1]
    if (SPACE.test(c)) {
      let j = i + 1
      while (j < sql.length && SPACE.test(sql[j]!)) j++
      push('space', i, j)
      i = j
    } else if (c === '-' && next === '-') {
      const nl = sql.indexOf('\n', i)
      const end = nl === -1 ? sql.length : nl
      push('comment', i, end)
      i = end
    } else if (c === '/' && next === '*') {
      // LanceDialect does not nest block comments; nesting here can only make the comment longer, i.e. mask more.
      let depth = 1
      let j = i + 2
      while (j < sql.length && depth > 0) {
        if (sql[j] === '/' && sql[j + 1] === '*') {
          depth++
          j += 2
        } else if (sql[j] === '*' && sql[j + 1] === '/') {
          depth--
          j += 2
        } else j++
      }
      push('comment', i, j, depth > 0)
      i = j
    } else if (c === "'" || c === '"') {
      // In LanceDB a double-quoted run is a string literal, not an identifier.
      const { end, closed } = endOfQuoted(sql, i, c)
      push('string', i, end, !closed)
      i = end
    } else if (c === '`') {
      const { end, closed } = endOfQuoted(sql, i, c)
      push('quoted-ident', i, end, !closed)
      i = end
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(next ?? ''))) {
      const end = endOfNumber(sql, i)
      push('number', i, end)
      i = end
    } else if (WORD_START.test(c)) {
      let j = i + 1
      while (j < sql.length && WORD_PART.test(sql[j]!)) j++
      push('word', i, j)
      i = j
    } else if (c === '$') {
      const dq = dollarQuoted(sql, i)
      if (dq) {
        push('string', i, dq.end, !dq.closed)
        i = dq.end
      } else {
        let j = i + 1
        while (j < sql.length && DIGIT.test(sql[j]!)) j++
        push(j > i + 1 ? 'param' : 'other', i, j)
        i = j
      }
    } else if (c === '?') {
      push('param', i, i + 1)
      i++
    } else if (c === ';') {
      push('semicolon', i, i + 1)
      i++
    } else if (c === '(') {
      push('lparen', i, i + 1)
      i++
    } else if (c === ')') {
      push('rparen', i, i + 1)
      i++
    } else if ('=<>!|&+-*/%^~:,.[]'.includes(c)) {
      const op = OPERATORS.find((o) => sql.startsWith(o, i)) ?? c
      push('operator', i, i + op.length)
      i += op.length
    } else {
      push('other', i, i + 1)
      i++
    }
  }
  return tokens
}
