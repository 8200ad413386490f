/**
 * Step 1 of a filter check: lex the filter with the one {@link tokenizeSql} lexer, refuse what a filter never needs
 * (comments, `;`, double-quoted or dollar-quoted strings, string prefixes such as `E'…'`, hex numbers, parameters,
 * non-ASCII text outside string literals, deep nesting), and replace every string and number literal with a
 * placeholder. The parser only ever sees that literal-free *shape*, which is also the parse cache key.
 *
 * @internal
 * @module
 */
import { quotedValue, type SqlToken, tokenizeSql } from './lexer.js'
import { MAX_FILTER_DEPTH, NAMED_CHARS, PUNCTUATION, RESERVED_PREFIX } from './rules.js'

/**
 * A filter with its literals taken out.
 *
 * @internal
 * @example
 * ```ts
 * const lexed: Lexed | undefined = lexShape("gene = 'x'", new Set())
 * ```
 */
export interface Lexed {
  /** The filter with literals replaced by placeholders (`'s0'`, `__vcfn0`): the parse cache key. */
  shape: string
  /** The string literals' values, by placeholder index. */
  strings: string[]
  /** The number literals' texts, by placeholder index. */
  numbers: string[]
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const PLAIN_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const PLAIN_CHAR = /[A-Za-z0-9_]/
const WORD_CHAR = /[A-Za-z0-9_]/
const GLUED = /[A-Za-z0-9_.]/
const ALLOWED_SPACE = /[ \t\n\r]/
const RESERVED = `identifiers starting with ${RESERVED_PREFIX} are reserved`

/** Why a single character outside a literal is refused. */
function charProblem(c: string): string {
  const code = c.charCodeAt(0)
  if (code > 0x7e) {
    const hex = code.toString(16).toUpperCase().padStart(4, '0')
    return `non-ASCII character U+${hex} outside a string literal is not allowed (look-alike column names are refused)`
  }
  if (code < 0x20 || code === 0x7f)
    return 'control characters outside a string literal are not allowed'
  return NAMED_CHARS[c] ?? `character ${c} is not allowed`
}

/** A problem that stops lexing (the rest of the filter cannot be read reliably). */
class Stop extends Error {
  constructor(readonly problem: string) {
    super(problem)
    this.name = 'Stop'
  }
}

interface State {
  sql: string
  problems: Set<string>
  out: Lexed
  stack: string[]
}

function lexString(s: State, t: SqlToken): void {
  const quote = t.text[0]
  if (quote !== "'") {
    s.problems.add(NAMED_CHARS[quote === '"' ? '"' : '$']!)
    return
  }
  if (t.start > 0 && WORD_CHAR.test(s.sql[t.start - 1]!))
    s.problems.add("string prefixes (E'…', X'…', r'…' …) are not allowed")
  if (t.unterminated) throw new Stop('a string literal is not terminated')
  s.out.shape += ` 's${s.out.strings.length}' `
  s.out.strings.push(quotedValue(t))
}

function lexNumber(s: State, t: SqlToken): void {
  if (!NUMBER.test(t.text) || GLUED.test(s.sql[t.end] ?? '')) {
    throw new Stop('a malformed number (hex, suffixes and digits glued to names are not allowed)')
  }
  if (!Number.isFinite(Number(t.text))) s.problems.add('a number is out of range')
  s.out.shape += ` ${RESERVED_PREFIX}n${s.out.numbers.length} `
  s.out.numbers.push(t.text)
}

function lexName(s: State, t: SqlToken): void {
  if (t.kind === 'quoted-ident') {
    if (t.unterminated) throw new Stop('a quoted identifier is not terminated')
    const name = t.text.slice(1, -1)
    if (!PLAIN_IDENT.test(name))
      s.problems.add(
        'a backtick-quoted identifier must be a plain column name (letters, digits, _)',
      )
    else if (name.toLowerCase().startsWith(RESERVED_PREFIX)) s.problems.add(RESERVED)
    s.out.shape += `\`${name}\``
    return
  }
  let plain = true
  for (const c of t.text) {
    if (!PLAIN_CHAR.test(c)) {
      plain = false
      s.problems.add(charProblem(c.length > 1 ? c[0]! : c))
    }
  }
  if (plain && t.text.toLowerCase().startsWith(RESERVED_PREFIX)) s.problems.add(RESERVED)
  s.out.shape += t.text
}

function lexBracket(s: State, c: string): void {
  if (c === '(' || c === '[') {
    s.stack.push(c)
    if (s.stack.length > MAX_FILTER_DEPTH)
      throw new Stop(`nesting deeper than ${MAX_FILTER_DEPTH} levels is not allowed`)
  } else if (s.stack.pop() !== (c === ')' ? '(' : '['))
    throw new Stop('parentheses or brackets are unbalanced')
  s.out.shape += c
}

function lexOperator(s: State, t: SqlToken): void {
  if (t.text === '[' || t.text === ']') return lexBracket(s, t.text)
  if (t.text === '*' && s.sql[t.end] === '/') throw new Stop('comments are not allowed')
  for (const c of t.text) if (!PUNCTUATION.includes(c)) s.problems.add(charProblem(c))
  s.out.shape += t.text
}

function lexToken(s: State, t: SqlToken): void {
  switch (t.kind) {
    case 'space':
      s.out.shape += ' '
      for (const c of t.text) if (!ALLOWED_SPACE.test(c)) s.problems.add(charProblem(c))
      return
    case 'string':
      return lexString(s, t)
    case 'number':
      return lexNumber(s, t)
    case 'word':
    case 'quoted-ident':
      return lexName(s, t)
    case 'comment':
      throw new Stop('comments are not allowed')
    case 'lparen':
    case 'rparen':
      return lexBracket(s, t.text)
    case 'operator':
      return lexOperator(s, t)
    case 'param':
    case 'semicolon':
    case 'other':
      s.problems.add(charProblem(t.text[0]!))
  }
}

/**
 * Lexes a filter into its literal-free shape, adding every refused construct to `problems`.
 *
 * @internal
 * @param sql - the filter text
 * @param problems - collects the problems found (a message each, never a literal value)
 * @returns the shape and literals, or undefined when any problem was found
 * @throws nothing: refusals are added to `problems`, never thrown
 * @example
 * ```ts
 * lexShape("chrom = '1' AND pos > 5", new Set())?.shape // "chrom =  's0'  AND pos >  __vcfn0 "
 * ```
 */
export function lexShape(sql: string, problems: Set<string>): Lexed | undefined {
  const s: State = { sql, problems, out: { shape: '', strings: [], numbers: [] }, stack: [] }
  try {
    for (const t of tokenizeSql(sql)) lexToken(s, t)
  } catch (err) {
    if (!(err instanceof Stop)) throw err
    problems.add(err.problem)
    return undefined
  }
  if (s.stack.length > 0) problems.add('parentheses or brackets are unbalanced')
  return problems.size > 0 ? undefined : s.out
}
