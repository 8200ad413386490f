/**
 * The one SQL lexer of vcf-agent. It does not parse: it splits a filter into tokens the way LanceDB's own lexer does,
 * so that the validator (`checkFilter`) and the masker (`maskFilter`) agree on what is a literal, what is
 * a column name and where a comment or `;` is.
 *
 * LanceDB parses filters with sqlparser-rs and its `LanceDialect` (lance `lance-datafusion/src/sql.rs`): the
 * GenericDialect's identifier characters, and `is_delimited_identifier_start` is `` ch == '`' ``, so **only backticks
 * delimit identifiers**. DataFusion's own default (GenericDialect) would read `"…"` as an identifier; under
 * LanceDialect sqlparser lexes it as a `DoubleQuotedString`, and DataFusion's `parse_value` turns
 * `SingleQuotedString | DoubleQuotedString` into the same string literal. So, in a LanceDB filter:
 *
 * | text | token | note |
 * |---|---|---|
 * | `'a''b'` | `string` | `''` is an escaped quote; a backslash escapes nothing |
 * | `"a""b"` | `string` | a double-quoted **string literal**, not an identifier |
 * | `` `a``b` `` | `quoted-ident` | the only delimited identifier; ` `` ` is an escaped backtick |
 * | `0xFF` | `number` | sqlparser's `HexStringLiteral` (a binary literal); `0X…` is masked the same way here |
 * | `$$…$$`, `$tag$…$tag$` | `string` | dollar-quoted string |
 * | `-- …`, `/* … *\/` | `comment` | block comments nest here, which can only make a comment (and its mask) longer |
 *
 * Where this lexer could differ from LanceDB's it errs towards treating more text as literal or comment, which only
 * ever masks more (a number swallows the word characters glued to it, for example).
 *
 * @internal
 * @module
 */

/**
 * Kind of a {@link SqlToken}.
 *
 * @internal
 * @example
 * ```ts
 * const kind: SqlTokenKind = tokenizeSql('`chrom`')[0]!.kind // 'quoted-ident'
 * ```
 */
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
 * @example
 * ```ts
 * tokenizeSql("'x")[0] // { kind: 'string', text: "'x", start: 0, end: 2, unterminated: true }
 * ```
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
 * @example
 * ```ts
 * SQL_KEYWORDS.has('BETWEEN') // true
 * ```
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
const OPERATORS = [
  '->>',
  '!~*',
  '<=>',
  '<>',
  '!=',
  '<=',
  '>=',
  '==',
  '||',
  '::',
  '->',
  '~*',
  '!~',
  '@>',
  '<@',
  '=>',
]
/** Characters that start an operator token. `[` and `]` are operators too. */
const OPERATOR_CHARS = '=<>!|&+-*/%^~:,.[]'

/**
 * Finds the end of a quoted run that starts at `open` (the opening quote): the closing quote is the first `quote`
 * that is not doubled (`''` inside `'…'`, ` `` ` inside backticks). A backslash escapes nothing (LanceDialect).
 */
function endOfQuoted(sql: string, open: number, quote: string): { end: number; closed: boolean } {
  let i = open + 1
  while (i < sql.length) {
    if (sql[i] === quote) {
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
  return close === -1
    ? { end: sql.length, closed: false }
    : { end: close + tag.length, closed: true }
}

/** End of the block comment opened at `start`; nested `/* … *\/` pairs are counted. */
function endOfBlockComment(sql: string, start: number): { end: number; closed: boolean } {
  let depth = 1
  let j = start + 2
  while (j < sql.length && depth > 0) {
    if (sql[j] === '/' && sql[j + 1] === '*') {
      depth++
      j += 2
    } else if (sql[j] === '*' && sql[j + 1] === '/') {
      depth--
      j += 2
    } else j++
  }
  return { end: j, closed: depth === 0 }
}

/**
 * Splits a SQL filter expression into tokens. Never throws: text the lexer does not understand becomes `other`
 * tokens, and an unclosed string, quoted identifier or block comment runs to the end with `unterminated: true`.
 *
 * @internal
 * @param sql - a LanceDB (DataFusion SQL) filter expression
 * @returns the tokens, in order; their texts concatenate to `sql`
 * @throws nothing: it never throws
 * @example
 * ```ts
 * tokenizeSql("chrom = '1'").map((t) => t.kind) // ['word', 'space', 'operator', 'space', 'string']
 * tokenizeSql('"x"')[0]!.kind // 'string' (LanceDB: a double-quoted run is a string literal)
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
    let end = i + 1
    if (SPACE.test(c)) {
      while (end < sql.length && SPACE.test(sql[end]!)) end++
      push('space', i, end)
    } else if (c === '-' && next === '-') {
      const nl = sql.indexOf('\n', i)
      end = nl === -1 ? sql.length : nl
      push('comment', i, end)
    } else if (c === '/' && next === '*') {
      const r = endOfBlockComment(sql, i)
      end = r.end
      push('comment', i, end, !r.closed)
    } else if (c === "'" || c === '"' || c === '`') {
      const r = endOfQuoted(sql, i, c)
      end = r.end
      push(c === '`' ? 'quoted-ident' : 'string', i, end, !r.closed)
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(next ?? ''))) {
      end = endOfNumber(sql, i)
      push('number', i, end)
    } else if (WORD_START.test(c)) {
      while (end < sql.length && WORD_PART.test(sql[end]!)) end++
      push('word', i, end)
    } else if (c === '$') {
      const dq = dollarQuoted(sql, i)
      if (dq) {
        end = dq.end
        push('string', i, end, !dq.closed)
      } else {
        while (end < sql.length && DIGIT.test(sql[end]!)) end++
        push(end > i + 1 ? 'param' : 'other', i, end)
      }
    } else if (c === '?') push('param', i, end)
    else if (c === ';') push('semicolon', i, end)
    else if (c === '(') push('lparen', i, end)
    else if (c === ')') push('rparen', i, end)
    else if (OPERATOR_CHARS.includes(c)) {
      end = i + (OPERATORS.find((o) => sql.startsWith(o, i)) ?? c).length
      push('operator', i, end)
    } else push('other', i, end)
    i = end
  }
  return tokens
}

/**
 * The value of a closed `'…'` or `"…"` string token, with doubled quotes undone (`'it''s'` → `it's`).
 *
 * @internal
 * @param token - a `string` token that starts with `'` or `"`
 * @returns the literal's value
 * @throws nothing: it never throws
 * @example
 * ```ts
 * quotedValue(tokenizeSql("'it''s'")[0]!) // "it's"
 * ```
 */
export function quotedValue(token: SqlToken): string {
  const quote = token.text[0]!
  const body = token.unterminated ? token.text.slice(1) : token.text.slice(1, -1)
  return body.split(quote + quote).join(quote)
}
