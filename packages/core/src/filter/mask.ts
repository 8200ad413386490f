/**
 * Masking of SQL filter expressions for the audit log and error messages. It uses the same lexer (`lexer.ts`) as
 * the validator, so both agree on what is a literal: `'…'`, `"…"` (a string in LanceDB), `$$…$$` and numbers
 * (`0xFF` included) are masked; backtick-quoted plain names are not.
 *
 * @module
 */
import { SQL_KEYWORDS, type SqlToken, tokenizeSql } from './lexer.js'

/**
 * What a masked literal is replaced by: `***`.
 *
 * @example
 * ```ts
 * maskFilter('pos = 5') === `pos = ${MASK}` // true
 * ```
 */
export const MASK = '***'

/**
 * Options of {@link maskFilter}.
 *
 * @example
 * ```ts
 * maskFilter('patient = jane', { columns: ['patient'] } satisfies MaskFilterOptions) // 'patient = ***'
 * ```
 */
export interface MaskFilterOptions {
  /**
   * The table's column names. When given, a bare or backtick-quoted name that is neither a keyword, a function name (a word
   * followed by `(`) nor one of these columns is masked too. A value typed without quotes (`patient = jane`, or the
   * tail of a mistyped `'…'`) is lexed as a column name, so without this list it stays readable. Case-insensitive.
   */
  columns?: readonly string[]
}

/** A quoted identifier that is a plain column name (`variant_id`, `CHROM`); anything else may be a mistyped value. */
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

function quotedName(token: SqlToken): string {
  return token.unterminated ? token.text.slice(1) : token.text.slice(1, -1)
}

function maskedQuoted(token: SqlToken): string {
  const quote = token.text[0]!
  return `${quote}${MASK}${token.unterminated ? '' : quote}`
}

/**
 * Masks every literal value in a DataFusion SQL filter so it can be written to the audit log or put into an error
 * message. The filter is lexed like SQL (see below), not pattern-matched, so a `'` inside a string, a `--` inside a
 * string or a digit inside a column name is never mistaken for something else.
 *
 * The lexer follows LanceDB's own (sqlparser-rs with `LanceDialect`): only backticks quote identifiers, so a
 * double-quoted run is a string literal; a backslash escapes nothing; `''` and `""` are escaped quotes.
 *
 * What is masked (replaced by `***`):
 * - string literals in single or double quotes (with `''`/`""` escapes) and `$$…$$` dollar-quoted ones → `'***'`
 *   or `"***"`; an unterminated string is masked to the end of the filter;
 * - numeric literals of every size (`1`, `-2.5e3`, `0xFF`; the sign stays) → `***`;
 * - the text of `--` and block comments → `***` (that a comment was there stays visible);
 * - a backtick-quoted name that is not a plain column name (`` `a@b.org` ``, `` `john doe` ``) → `` `***` ``;
 * - with `options.columns`, any name that is not a keyword, a function or a listed column.
 *
 * What stays readable: column names (bare, or in backticks when they are plain names), keywords and operators (`AND`,
 * `OR`, `NOT`, `IN`, `BETWEEN`, `LIKE`, `IS NULL`, `=`, `<>` …), function names (`array_has_any`), parentheses,
 * commas, parameters (`$1`, `?`) and the keywords `TRUE`, `FALSE` and `NULL`, which carry no identifying value.
 * Whitespace is kept as it was.
 *
 * @param sql - a filter expression, e.g. the `where` of a search
 * @param options - the table's columns, to also mask unquoted values
 * @returns the same expression with every literal masked
 * @throws nothing: any text is lexed (unknown characters are kept as they are)
 * @example
 * ```ts
 * maskFilter("chrom = '1' AND pos BETWEEN 1000 AND 2000") // "chrom = '***' AND pos BETWEEN *** AND ***"
 * maskFilter("variant_id = '1-100-A-G''; DROP TABLE x; --'") // "variant_id = '***'"
 * maskFilter('patient = jane', { columns: ['patient'] }) // 'patient = ***'
 * ```
 */
export function maskFilter(sql: string, options: MaskFilterOptions = {}): string {
  const columns = options.columns ? new Set(options.columns.map((c) => c.toLowerCase())) : undefined
  const tokens = tokenizeSql(sql)
  const nextCode = (i: number): SqlToken | undefined => {
    let j = i + 1
    while (tokens[j]?.kind === 'space') j++
    return tokens[j]
  }
  return tokens
    .map((token, i): string => {
      switch (token.kind) {
        case 'string': {
          // Keep the quote character so the shape stays visible; `$$…$$` becomes '***'.
          const quote = token.text[0] === '"' ? '"' : "'"
          return `${quote}${MASK}${token.unterminated ? '' : quote}`
        }
        case 'number':
          return MASK
        case 'comment':
          return token.text.startsWith('--')
            ? `-- ${MASK}`
            : `/* ${MASK}${token.unterminated ? '' : ' */'}`
        case 'quoted-ident': {
          const name = quotedName(token)
          if (!PLAIN_IDENTIFIER.test(name)) return maskedQuoted(token)
          return columns && !columns.has(name.toLowerCase()) ? maskedQuoted(token) : token.text
        }
        case 'word': {
          if (
            !columns ||
            SQL_KEYWORDS.has(token.text.toUpperCase()) ||
            columns.has(token.text.toLowerCase())
          )
            return token.text
          return nextCode(i)?.kind === 'lparen' ? token.text : MASK
        }
        default:
          return token.text
      }
    })
    .join('')
}
