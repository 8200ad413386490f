/**
 * A lint for hostile or mistyped filter expressions.
 *
 * @module
 */
import { maskFilter } from './mask-filter.js'
import { SQL_KEYWORDS, type SqlToken, tokenizeSql } from './sql-tokens.js'

/** Result of {@link checkFilter}. */
export type CheckFilterResult = { ok: true } | { ok: false; problems: string[] }

/** Words that start another statement or a subquery; a filter never needs them. */
const STATEMENT_WORDS = new Set(
  'SELECT INSERT UPDATE DELETE MERGE DROP CREATE ALTER TRUNCATE UNION INTERSECT EXCEPT ATTACH DETACH COPY GRANT REVOKE EXEC EXECUTE PRAGMA'.split(
    ' ',
  ),
)

const COMPARISONS = new Set(['=', '==', '>=', '<=', '<=>'])

function isWord(t: SqlToken, word: string): boolean {
  return t.kind === 'word' && t.text.toUpperCase() === word
}

/** Removes parentheses that enclose the whole token list: `((a OR b))` → `a OR b`. */
function unwrap(tokens: SqlToken[]): SqlToken[] {
  let ts = tokens
  for (;;) {
    if (ts.length < 2 || ts[0]!.kind !== 'lparen' || ts[ts.length - 1]!.kind !== 'rparen') return ts
    let depth = 0
    for (let i = 0; i < ts.length; i++) {
      if (ts[i]!.kind === 'lparen') depth++
      else if (ts[i]!.kind === 'rparen') depth--
      if (depth === 0 && i < ts.length - 1) return ts // the first '(' closes before the end: `(a) OR (b)`
    }
    ts = ts.slice(1, -1)
  }
}

/** Splits at `separator` tokens that are not inside parentheses. */
function splitTopLevel(tokens: SqlToken[], isSeparator: (t: SqlToken) => boolean): SqlToken[][] {
  const parts: SqlToken[][] = [[]]
  let depth = 0
  for (const t of tokens) {
    if (t.kind === 'lparen') depth++
    else if (t.kind === 'rparen') depth--
    if (depth === 0 && isSeparator(t)) parts.push([])
    else parts[parts.length - 1]!.push(t)
  }
  return parts
}

/** Whether a token sequence names a column (a bare word that is not a keyword or function name, or a quoted name). */
function referencesColumn(tokens: SqlToken[]): boolean {
  return tokens.some((t, i) => {
    if (t.kind === 'quoted-ident') return true
    if (t.kind !== 'word' || SQL_KEYWORDS.has(t.text.toUpperCase())) return false
    return tokens[i + 1]?.kind !== 'lparen' // `now()` is a function, not a column
  })
}

/** `x = x`, `pos >= pos`, `(1) = (1)`: a comparison whose two sides are the same text. */
function comparesWithItself(tokens: SqlToken[]): boolean {
  const ops = tokens.filter((t) => t.kind === 'operator' && COMPARISONS.has(t.text))
  if (ops.length !== 1) return false
  const at = tokens.indexOf(ops[0]!)
  const text = (ts: SqlToken[]): string => unwrap(ts).map((t) => (t.kind === 'word' ? t.text.toLowerCase() : t.text)).join(' ')
  const left = tokens.slice(0, at)
  const right = tokens.slice(at + 1)
  return left.length > 0 && text(left) === text(right)
}

function sourceOf(tokens: SqlToken[], sql: string): string {
  if (tokens.length === 0) return ''
  return sql.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
}

/**
 * Checks a filter expression for constructs that a filter never needs and an injection usually does. The problems
 * are described without the filter's literal values (they are masked with {@link maskFilter}).
 *
 * Refused:
 * - a statement separator `;` outside a string;
 * - SQL comments (`--` and block comments), which can hide the rest of a hand-built expression;
 * - an unterminated string, quoted identifier or comment;
 * - statement keywords such as `SELECT`, `UNION`, `DROP` outside strings;
 * - unbalanced parentheses;
 * - a top-level `OR` branch that is an obvious tautology and so widens the filter to (almost) every row: a branch
 *   that references no column (`OR 1=1`, `OR 'a'='a'`, `OR TRUE`, `OR NOT FALSE`), or one that compares an
 *   expression with itself (`OR chrom = chrom`).
 *
 * **WARNING**: this is a lint, not a parser, and it cannot see every tautology (`OR pos > 0` matches every row).
 * It catches the common cases early and with a clear message; the real protection is that filters are built with
 * `sqlString`/`sqlIdent` (store/filter.ts) and that the store refuses a delete or update whose filter matches
 * every row (`USAGE_MATCHES_ALL_ROWS`) unless asked explicitly.
 *
 * @param sql - a filter expression
 * @returns `{ ok: true }`, or `{ ok: false, problems }` with one sentence per problem
 * @example
 * ```ts
 * checkFilter("chrom = '1' AND pos > 100") // { ok: true }
 * checkFilter("variant_id = 'x' OR 1=1")
 * // { ok: false, problems: ['The top-level OR branch `***=***` does not depend on the row (it references no column); a constant OR branch either matches every row or is pointless.'] }
 * ```
 */
export function checkFilter(sql: string): CheckFilterResult {
  const problems: string[] = []
  const tokens = tokenizeSql(sql)
  const code = tokens.filter((t) => t.kind !== 'space')
  if (code.length === 0) return { ok: false, problems: ['The filter is empty.'] }

  for (const t of tokens) {
    if (t.kind === 'semicolon') problems.push(`Statement separator \`;\` at offset ${t.start}: a filter is one expression.`)
    else if (t.kind === 'comment') problems.push(`SQL comment at offset ${t.start}: comments are not allowed in a filter.`)
    else if (t.kind === 'word' && STATEMENT_WORDS.has(t.text.toUpperCase())) {
      problems.push(`Statement keyword \`${t.text.toUpperCase()}\` at offset ${t.start}: a filter cannot contain another statement or a subquery.`)
    }
    if (t.unterminated) {
      const what = t.kind === 'string' ? 'string literal' : t.kind === 'comment' ? 'block comment' : 'quoted identifier'
      problems.push(`Unterminated ${what} starting at offset ${t.start}.`)
    }
  }

  let depth = 0
  let unbalanced = false
  for (const t of code) {
    if (t.kind === 'lparen') depth++
    else if (t.kind === 'rparen' && --depth < 0) unbalanced = true
  }
  if (unbalanced || depth !== 0) problems.push('Unbalanced parentheses.')
  else {
    const branches = splitTopLevel(unwrap(code), (t) => isWord(t, 'OR'))
    if (branches.length > 1) {
      for (const branch of branches.map(unwrap)) {
        if (branch.length === 0) continue
        const shown = maskFilter(sourceOf(branch, sql))
        if (!referencesColumn(branch)) {
          problems.push(
            `The top-level OR branch \`${shown}\` does not depend on the row (it references no column); a constant OR branch either matches every row or is pointless.`,
          )
        } else if (comparesWithItself(branch)) {
          problems.push(`The top-level OR branch \`${shown}\` compares an expression with itself, so it widens the filter to every row.`)
        }
      }
    }
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems }
}
