/**
 * Validation of caller-supplied LanceDB (DataFusion SQL) filter expressions before they reach LanceDB.
 *
 * A filter is checked in three steps:
 * 1. a lexer with DataFusion's rules (single-quoted strings with `''` escapes and no backslash escapes,
 *    backtick-quoted identifiers) refuses comments, `;`, double quotes, string prefixes (`E'…'`), non-ASCII
 *    text outside string literals (look-alike column names) and nesting deeper than {@link MAX_FILTER_DEPTH};
 *    it replaces every string and number literal with a placeholder, so the parser never sees the values;
 * 2. `node-sql-parser` (BigQuery grammar: backtick identifiers and `['a', 'b']` list literals) parses
 *    `SELECT * FROM t WHERE (<filter>)`; anything but that single SELECT is refused;
 * 3. the syntax tree is walked against allowlists: known columns, comparison/boolean/arithmetic operators,
 *    literals, list literals as function arguments, and {@link FILTER_FUNCTIONS}. With `forWrite`, tautologies
 *    (`1=1`, `pos = pos`, `x IS NULL OR x IS NOT NULL` …) are refused too.
 *
 * Parse results are cached by the literal-free shape of the filter, so repeated shapes (e.g. every
 * `genomicFilter` for one region) cost microseconds; a new shape costs one parse (about 0.5–2 ms).
 *
 * @module
 */
import { createRequire } from 'node:module'
import { UsageError } from '../errors/errors.js'

/** Options of {@link validateFilter}. */
export interface FilterCheckOptions {
  /** The columns a filter may reference (exact names; unquoted identifiers are lowercased as LanceDB does). */
  columns: readonly string[]
  /** The filter selects rows to delete or update: tautologies that would match every row are refused. */
  forWrite?: boolean
  /** Longest accepted filter in characters. Default {@link DEFAULT_MAX_FILTER_LENGTH}. */
  maxLength?: number
}

/** One reason a filter was refused. Names the construct; never contains literal values. */
export interface FilterProblem {
  /** e.g. `function sleep is not allowed`, `unknown column patient_email`. */
  problem: string
}

/** Result of {@link checkFilter}. */
export interface FilterCheckResult {
  /** Why the filter is refused; empty when it is acceptable. */
  problems: FilterProblem[]
  /** Whether the filter (or one of its top-level OR branches) matches every row. */
  tautology: boolean
}

/** Default of {@link FilterCheckOptions.maxLength}. */
export const DEFAULT_MAX_FILTER_LENGTH = 4096

/** Deepest accepted nesting of parentheses and brackets. */
export const MAX_FILTER_DEPTH = 64

/** Functions a filter may call (lowercase), with their accepted argument counts `[min, max]`. */
export const FILTER_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
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

const BOOLEAN_FUNCTIONS = new Set(['array_has_any', 'array_has_all', 'array_contains', 'array_has'])
const COMPARISONS = new Set(['=', '!=', '<>', '<', '<=', '>', '>='])
const ARITHMETIC = new Set(['+', '-', '*', '/'])
const MAX_AST_DEPTH = 256
const CACHE_SIZE = 512
const RESERVED = '__vcf'

// ---------------------------------------------------------------------------------------------- normalized tree

type Node =
  | { k: 'col'; name: string }
  | { k: 'str'; v: string }
  | { k: 'num'; v: number; text: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'list'; items: Node[] }
  | { k: 'cmp'; op: string; l: Node; r: Node }
  | { k: 'arith'; op: string; l: Node; r: Node }
  | { k: 'neg'; e: Node }
  | { k: 'like'; e: Node; pattern: Node; neg: boolean }
  | { k: 'and' | 'or'; items: Node[] }
  | { k: 'not'; e: Node }
  | { k: 'in'; e: Node; items: Node[]; neg: boolean }
  | { k: 'between'; e: Node; lo: Node; hi: Node; neg: boolean }
  | { k: 'isnull'; e: Node; neg: boolean }
  | { k: 'fn'; name: string; args: Node[] }

// ------------------------------------------------------------------------------------------------------- lexer

interface Lexed {
  /** The filter with literals replaced by placeholders: the parse cache key. */
  shape: string
  strings: string[]
  numbers: string[]
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y
const PLAIN_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const WORD_CHAR = /[A-Za-z0-9_]/
const NAMED_CHARS: Record<string, string> = {
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

function lex(sql: string, problems: Set<string>): Lexed | undefined {
  let shape = ''
  const strings: string[] = []
  const numbers: string[] = []
  const stack: string[] = []
  let i = 0
  const n = sql.length
  while (i < n) {
    const c = sql[i]!
    const code = c.charCodeAt(0)
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      shape += ' '
      i++
    } else if (c === "'") {
      if (i > 0 && WORD_CHAR.test(sql[i - 1]!)) problems.add("string prefixes (E'…', X'…', r'…' …) are not allowed")
      let j = i + 1
      let value = ''
      for (;;) {
        const q = sql.indexOf("'", j)
        if (q === -1) {
          problems.add('a string literal is not terminated')
          return undefined
        }
        value += sql.slice(j, q)
        if (sql[q + 1] === "'") {
          value += "'"
          j = q + 2
        } else {
          j = q + 1
          break
        }
      }
      shape += ` 's${strings.length}' `
      strings.push(value)
      i = j
    } else if (c === '`') {
      const q = sql.indexOf('`', i + 1)
      if (q === -1) {
        problems.add('a quoted identifier is not terminated')
        return undefined
      }
      const name = sql.slice(i + 1, q)
      if (!PLAIN_IDENT.test(name)) problems.add('a backtick-quoted identifier must be a plain column name (letters, digits, _)')
      else if (name.toLowerCase().startsWith(RESERVED)) problems.add(`identifiers starting with ${RESERVED} are reserved`)
      shape += `\`${name}\``
      i = q + 1
    } else if ((c >= '0' && c <= '9') || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      NUMBER.lastIndex = i
      const m = NUMBER.exec(sql)!
      const text = m[0]
      i += text.length
      if (i < n && /[A-Za-z0-9_.]/.test(sql[i]!)) {
        problems.add('a malformed number (hex, suffixes and digits glued to names are not allowed)')
        return undefined
      }
      if (!Number.isFinite(Number(text))) problems.add('a number is out of range')
      shape += ` ${RESERVED}n${numbers.length} `
      numbers.push(text)
    } else if (/[A-Za-z_]/.test(c)) {
      IDENT.lastIndex = i
      const word = IDENT.exec(sql)![0]
      if (word.toLowerCase().startsWith(RESERVED)) problems.add(`identifiers starting with ${RESERVED} are reserved`)
      shape += word
      i += word.length
    } else if ((c === '-' && sql[i + 1] === '-') || (c === '/' && sql[i + 1] === '*') || (c === '*' && sql[i + 1] === '/')) {
      problems.add('comments are not allowed')
      return undefined
    } else if (c === '(' || c === '[') {
      stack.push(c)
      if (stack.length > MAX_FILTER_DEPTH) {
        problems.add(`nesting deeper than ${MAX_FILTER_DEPTH} levels is not allowed`)
        return undefined
      }
      shape += c
      i++
    } else if (c === ')' || c === ']') {
      const open = stack.pop()
      if (open !== (c === ')' ? '(' : '[')) {
        problems.add('parentheses or brackets are unbalanced')
        return undefined
      }
      shape += c
      i++
    } else if ('=<>!,+-*/.'.includes(c)) {
      shape += c
      i++
    } else if (code > 0x7e) {
      problems.add(`non-ASCII character U+${code.toString(16).toUpperCase().padStart(4, '0')} outside a string literal is not allowed (look-alike column names are refused)`)
      i++
    } else if (code < 0x20 || code === 0x7f) {
      problems.add('control characters outside a string literal are not allowed')
      i++
    } else {
      problems.add(NAMED_CHARS[c] ?? `character ${c} is not allowed`)
      i++
    }
  }
  if (stack.length > 0) problems.add('parentheses or brackets are unbalanced')
  return problems.size > 0 ? undefined : { shape, strings, numbers }
}

// ------------------------------------------------------------------------------------------------------ parser

type ParserModule = typeof import('node-sql-parser')
type AstNode = Record<string, unknown>
let parser: InstanceType<ParserModule['Parser']> | undefined
const shapeCache = new Map<string, AstNode | string>()

function getParser(): InstanceType<ParserModule['Parser']> {
  if (!parser) {
    // The BigQuery build is ~5x smaller than the all-dialect bundle and knows backticks and `[…]` lists.
    const mod = createRequire(import.meta.url)('node-sql-parser/build/bigquery.js') as ParserModule
    parser = new mod.Parser()
  }
  return parser
}

/** The WHERE tree of `shape`, or a problem message. Cached. */
function parseShape(shape: string): AstNode | string {
  const hit = shapeCache.get(shape)
  if (hit !== undefined) return hit
  let result: AstNode | string
  try {
    const ast = getParser().astify(`SELECT * FROM t WHERE (${shape})`) as unknown
    result = whereOf(ast)
  } catch (err) {
    result = err instanceof RangeError ? 'the filter is too complex to check' : 'syntax error: the filter is not a single valid SQL condition'
  }
  if (shapeCache.size >= CACHE_SIZE) shapeCache.delete(shapeCache.keys().next().value!)
  shapeCache.set(shape, result)
  return result
}

const SELECT_KEYS = new Set(['type', 'columns', 'from', 'where'])

function whereOf(ast: unknown): AstNode | string {
  const single = 'only a single condition is allowed (no statements, clauses or set operations)'
  if (Array.isArray(ast)) {
    if (ast.length !== 1) return single
    ast = ast[0]
  }
  if (!isObj(ast) || ast.type !== 'select' || !isObj(ast.where)) return single
  for (const [key, value] of Object.entries(ast)) {
    if (SELECT_KEYS.has(key)) continue
    if (value !== null && value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0)) return single
  }
  const cols = ast.columns
  const from = ast.from
  if (!Array.isArray(cols) || cols.length !== 1 || !Array.isArray(from) || from.length !== 1) return single
  const f = from[0] as AstNode
  if (!isObj(f) || f.table !== 't' || f.as != null || f.db != null) return single
  return ast.where
}

function isObj(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// ----------------------------------------------------------------------------------------------------- convert

interface Ctx {
  lexed: Lexed
  columns: ReadonlySet<string>
  problems: Set<string>
}

const TYPE_MESSAGES: Record<string, string> = {
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

function safeName(s: unknown): string {
  const t = typeof s === 'string' ? s : String(s)
  const clean = t.replace(/[^A-Za-z0-9_.]/g, '?')
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean
}

function refuse(ctx: Ctx, problem: string): undefined {
  ctx.problems.add(problem)
  return undefined
}

function identName(v: unknown): string | undefined {
  if (isObj(v) && typeof v.value === 'string') return v.value
  if (typeof v === 'string') return v
  return undefined
}

function convert(ctx: Ctx, a: unknown, depth: number, listOk = false): Node | undefined {
  if (depth > MAX_AST_DEPTH) return refuse(ctx, 'the expression is nested too deeply')
  if (!isObj(a)) return refuse(ctx, 'syntax error: the filter is not a single valid SQL condition')
  if ('ast' in a || a.type === 'select') return refuse(ctx, 'subqueries are not allowed')
  const type = typeof a.type === 'string' ? a.type : ''
  const d = depth + 1
  switch (type) {
    case 'column_ref':
      return convertColumn(ctx, a)
    case 'single_quote_string': {
      const m = typeof a.value === 'string' ? /^s(\d+)$/.exec(a.value) : null
      const v = m ? ctx.lexed.strings[Number(m[1])] : undefined
      return v === undefined ? refuse(ctx, 'an unsupported literal is not allowed') : { k: 'str', v }
    }
    case 'number':
    case 'bigint':
      return typeof a.value === 'number' || typeof a.value === 'string' ? { k: 'num', v: Number(a.value), text: String(a.value) } : refuse(ctx, 'an unsupported literal is not allowed')
    case 'bool':
      return { k: 'bool', v: a.value === true }
    case 'null':
      return { k: 'null' }
    case 'array': {
      if (!listOk) return refuse(ctx, 'list literals [...] are only allowed as function arguments')
      if (a.brackets !== true || (a.keyword !== '' && a.keyword !== undefined) || !Array.isArray(a.array_path)) return refuse(ctx, 'only [...] list literals are allowed')
      const items: Node[] = []
      for (const item of a.array_path) {
        if (!isObj(item) || item.as != null) return refuse(ctx, 'only [...] list literals are allowed')
        const n = convert(ctx, item.expr, d)
        if (!n) return undefined
        if (!isLiteral(n)) return refuse(ctx, 'list literals may hold only literal values')
        items.push(n)
      }
      return { k: 'list', items }
    }
    case 'unary_expr': {
      const e = convert(ctx, a.expr, d)
      if (!e) return undefined
      if (a.operator === 'NOT') return { k: 'not', e }
      if (a.operator === '-') return { k: 'neg', e }
      if (a.operator === '+') return e
      return refuse(ctx, `operator ${safeName(a.operator)} is not allowed`)
    }
    case 'binary_expr':
      return convertBinary(ctx, a, depth)
    case 'function':
      return convertFunction(ctx, a, depth)
    case 'expr_list':
      return refuse(ctx, 'parenthesized lists are only allowed after IN')
    default:
      return refuse(ctx, TYPE_MESSAGES[type] ?? `${safeName(type || 'unknown')} expressions are not allowed`)
  }
}

function isLiteral(n: Node): boolean {
  return n.k === 'str' || n.k === 'num' || n.k === 'bool' || n.k === 'null' || (n.k === 'neg' && n.e.k === 'num')
}

function convertColumn(ctx: Ctx, a: AstNode): Node | undefined {
  if (a.table != null && a.table !== '') return refuse(ctx, 'qualified column names (table.column) are not allowed')
  if (a.collate != null) return refuse(ctx, 'COLLATE is not allowed')
  if (Array.isArray(a.subFields) && a.subFields.length > 0) return refuse(ctx, 'field access is not allowed')
  const col = a.column
  if (col === '*') return refuse(ctx, '* is not allowed')
  const expr = isObj(col) ? col.expr : col
  if (isObj(col) && Array.isArray(col.offset) && col.offset.length > 0) return refuse(ctx, 'array indexing is not allowed')
  const raw = identName(expr)
  if (raw === undefined) return refuse(ctx, 'an unsupported column reference is not allowed')
  const quoted = isObj(expr) && expr.type === 'backticks_quote_string'
  const placeholder = /^__vcfn(\d+)$/.exec(raw)
  if (placeholder && !quoted) {
    const text = ctx.lexed.numbers[Number(placeholder[1])]
    return text === undefined ? refuse(ctx, 'an unsupported literal is not allowed') : { k: 'num', v: Number(text), text }
  }
  if (isObj(expr) && expr.type !== 'default' && !quoted) return refuse(ctx, 'quoted text in this position is not allowed')
  const name = quoted ? raw : raw.toLowerCase()
  if (!ctx.columns.has(name)) return refuse(ctx, `unknown column ${safeName(name)}`)
  return { k: 'col', name }
}

function convertBinary(ctx: Ctx, a: AstNode, depth: number): Node | undefined {
  const op = typeof a.operator === 'string' ? a.operator.toUpperCase() : ''
  if (op === 'AND' || op === 'OR') {
    // Flatten left-deep chains iteratively: 1000 ORs must not cost 1000 stack frames.
    const rights: unknown[] = []
    let cur: unknown = a
    while (isObj(cur) && cur.type === 'binary_expr' && typeof cur.operator === 'string' && cur.operator.toUpperCase() === op) {
      rights.push(cur.right)
      cur = cur.left
    }
    const items: Node[] = []
    for (const part of [cur, ...rights.reverse()]) {
      const n = convert(ctx, part, depth + 1)
      if (n) items.push(n)
    }
    return items.length === rights.length + 1 ? { k: op === 'AND' ? 'and' : 'or', items } : undefined
  }
  if ('escape' in a && a.escape != null) return refuse(ctx, 'LIKE … ESCAPE is not allowed')
  const l = convert(ctx, a.left, depth + 1)
  if (op === 'IN' || op === 'NOT IN') {
    const right = a.right
    if (!isObj(right) || right.type !== 'expr_list' || !Array.isArray(right.value)) {
      if (isObj(right) && ('ast' in right || right.type === 'select')) return refuse(ctx, 'subqueries are not allowed')
      if (isObj(right) && Array.isArray(right.value) && right.value.some((v) => isObj(v) && 'ast' in v)) return refuse(ctx, 'subqueries are not allowed')
      return refuse(ctx, 'IN needs a parenthesized list of values')
    }
    const items: Node[] = []
    for (const v of right.value) {
      const n = convert(ctx, v, depth + 1)
      if (n) items.push(n)
    }
    return l && items.length === right.value.length ? { k: 'in', e: l, items, neg: op === 'NOT IN' } : undefined
  }
  if (op === 'BETWEEN' || op === 'NOT BETWEEN') {
    const right = a.right
    if (!isObj(right) || right.type !== 'expr_list' || !Array.isArray(right.value) || right.value.length !== 2) return refuse(ctx, 'BETWEEN needs two bounds')
    const lo = convert(ctx, right.value[0], depth + 1)
    const hi = convert(ctx, right.value[1], depth + 1)
    return l && lo && hi ? { k: 'between', e: l, lo, hi, neg: op === 'NOT BETWEEN' } : undefined
  }
  if (op === 'IS' || op === 'IS NOT') {
    if (!isObj(a.right) || a.right.type !== 'null') return refuse(ctx, 'only IS NULL and IS NOT NULL are allowed')
    return l ? { k: 'isnull', e: l, neg: op === 'IS NOT' } : undefined
  }
  const r = convert(ctx, a.right, depth + 1)
  if (op === 'LIKE' || op === 'NOT LIKE') return l && r ? { k: 'like', e: l, pattern: r, neg: op === 'NOT LIKE' } : undefined
  if (COMPARISONS.has(op)) return l && r ? { k: 'cmp', op: op === '<>' ? '!=' : op, l, r } : undefined
  if (ARITHMETIC.has(op)) return l && r ? { k: 'arith', op, l, r } : undefined
  return refuse(ctx, `operator ${safeName(op)} is not allowed`)
}

function convertFunction(ctx: Ctx, a: AstNode, depth: number): Node | undefined {
  const nameObj = a.name
  let name: string | undefined
  if (isObj(nameObj)) {
    const parts = Array.isArray(nameObj.name) ? nameObj.name.map(identName) : []
    const schema = identName(nameObj.schema)
    if (parts.length > 0) return refuse(ctx, `function ${safeName([schema, ...parts].join('.'))} is not allowed`)
    name = schema
  } else name = identName(nameObj)
  if (name === undefined) return refuse(ctx, 'an unsupported function call is not allowed')
  const lower = name.toLowerCase()
  const argList = isObj(a.args) && Array.isArray(a.args.value) ? a.args.value : []
  if (lower === 'exists') return refuse(ctx, 'EXISTS subqueries are not allowed')
  if (argList.some((v) => isObj(v) && ('ast' in v || v.type === 'select'))) return refuse(ctx, 'subqueries are not allowed')
  if (lower === 'not') {
    if (argList.length !== 1) return refuse(ctx, 'syntax error: the filter is not a single valid SQL condition')
    const e = convert(ctx, argList[0], depth + 1)
    return e ? { k: 'not', e } : undefined
  }
  const arity = FILTER_FUNCTIONS.get(lower)
  if (!arity) return refuse(ctx, `function ${safeName(lower)} is not allowed`)
  if (a.over != null) return refuse(ctx, 'window functions (OVER) are not allowed')
  if (isObj(a.args) && ((a.args.distinct ?? null) !== null || (a.args.orderby ?? null) !== null)) return refuse(ctx, `function ${lower} accepts only plain arguments`)
  if (argList.length < arity[0] || argList.length > arity[1]) return refuse(ctx, `function ${lower} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s)`)
  const args: Node[] = []
  for (const v of argList) {
    const n = convert(ctx, v, depth + 1, true)
    if (n) args.push(n)
  }
  return args.length === argList.length ? { k: 'fn', name: lower, args } : undefined
}

// ------------------------------------------------------------------------------------------------- semantics

/** A problem when `n` cannot be a condition (e.g. `'x' OR …`). Columns and NULL are left to LanceDB. */
function conditionProblem(n: Node): string | undefined {
  switch (n.k) {
    case 'str':
      return 'a string literal is not a condition'
    case 'num':
    case 'neg':
      return 'a number is not a condition'
    case 'arith':
      return 'an arithmetic expression is not a condition'
    case 'list':
      return 'a list is not a condition'
    case 'fn':
      return BOOLEAN_FUNCTIONS.has(n.name) || n.name === 'coalesce' ? undefined : `function ${n.name} does not return a condition`
    default:
      return undefined
  }
}

function checkConditions(n: Node, problems: Set<string>, depth = 0): void {
  if (depth > MAX_AST_DEPTH) return
  const p = conditionProblem(n)
  if (p) problems.add(p)
  if (n.k === 'and' || n.k === 'or') for (const item of n.items) checkConditions(item, problems, depth + 1)
  else if (n.k === 'not') checkConditions(n.e, problems, depth + 1)
}

/** Canonical text of a node: values included (for structural equality) or masked (for messages). */
function render(n: Node, mask: boolean): string {
  const r = (x: Node): string => render(x, mask)
  switch (n.k) {
    case 'col':
      return n.name
    case 'str':
      return mask ? "'***'" : `'${n.v.replace(/'/g, "''")}'`
    case 'num':
      return n.text
    case 'bool':
      return n.v ? 'TRUE' : 'FALSE'
    case 'null':
      return 'NULL'
    case 'list':
      return `[${n.items.map(r).join(', ')}]`
    case 'cmp':
    case 'arith':
      return `${r(n.l)} ${n.op} ${r(n.r)}`
    case 'neg':
      return `-${r(n.e)}`
    case 'like':
      return `${r(n.e)} ${n.neg ? 'NOT LIKE' : 'LIKE'} ${r(n.pattern)}`
    case 'and':
    case 'or':
      return `(${n.items.map(r).join(` ${n.k.toUpperCase()} `)})`
    case 'not':
      return `NOT (${r(n.e)})`
    case 'in':
      return `${r(n.e)} ${n.neg ? 'NOT IN' : 'IN'} (${n.items.map(r).join(', ')})`
    case 'between':
      return `${r(n.e)} ${n.neg ? 'NOT BETWEEN' : 'BETWEEN'} ${r(n.lo)} AND ${r(n.hi)}`
    case 'isnull':
      return `${r(n.e)} IS ${n.neg ? 'NOT ' : ''}NULL`
    case 'fn':
      return `${n.name}(${n.args.map(r).join(', ')})`
  }
}

type Value = string | number | boolean | null | Value[]
const NON_CONSTANT = Symbol('non-constant')
type Eval = Value | typeof NON_CONSTANT

/** Evaluates a column-free expression with SQL three-valued logic; NON_CONSTANT when it depends on a row. */
function evaluate(n: Node, depth = 0): Eval {
  if (depth > MAX_AST_DEPTH) return NON_CONSTANT
  const ev = (x: Node): Eval => evaluate(x, depth + 1)
  switch (n.k) {
    case 'col':
      return NON_CONSTANT
    case 'str':
    case 'num':
    case 'bool':
      return n.v
    case 'null':
      return null
    case 'list': {
      const vs = n.items.map(ev)
      return vs.includes(NON_CONSTANT) ? NON_CONSTANT : (vs as Value[])
    }
    case 'neg': {
      const v = ev(n.e)
      return typeof v === 'number' ? -v : v === null ? null : NON_CONSTANT
    }
    case 'arith': {
      const l = ev(n.l)
      const r = ev(n.r)
      if (l === null || r === null) return null
      if (typeof l !== 'number' || typeof r !== 'number') return NON_CONSTANT
      return n.op === '+' ? l + r : n.op === '-' ? l - r : n.op === '*' ? l * r : r === 0 ? NON_CONSTANT : l / r
    }
    case 'cmp':
      return compare(n.op, ev(n.l), ev(n.r))
    case 'like': {
      const e = ev(n.e)
      const p = ev(n.pattern)
      if (e === null || p === null) return null
      if (typeof e !== 'string' || typeof p !== 'string') return NON_CONSTANT
      let m: boolean
      if (/^%+$/.test(p)) m = true
      else if (!/[%_]/.test(p)) m = e === p
      else return NON_CONSTANT
      return n.neg ? !m : m
    }
    case 'and': {
      let unknown = false
      let nul = false
      for (const item of n.items) {
        const v = ev(item)
        if (v === false) return false
        if (v === NON_CONSTANT) unknown = true
        else if (v === null) nul = true
        else if (v !== true) unknown = true
      }
      return unknown ? NON_CONSTANT : nul ? null : true
    }
    case 'or': {
      let unknown = false
      let nul = false
      for (const item of n.items) {
        const v = ev(item)
        if (v === true) return true
        if (v === NON_CONSTANT) unknown = true
        else if (v === null) nul = true
        else if (v !== false) unknown = true
      }
      return unknown ? NON_CONSTANT : nul ? null : false
    }
    case 'not': {
      const v = ev(n.e)
      return typeof v === 'boolean' ? !v : v === null ? null : NON_CONSTANT
    }
    case 'isnull': {
      const v = ev(n.e)
      return v === NON_CONSTANT ? NON_CONSTANT : (v === null) !== n.neg
    }
    case 'in': {
      const e = ev(n.e)
      if (e === NON_CONSTANT) return NON_CONSTANT
      let nul = e === null
      let unknown = false
      for (const item of n.items) {
        const c = compare('=', e, ev(item))
        if (c === true) return !n.neg
        if (c === null) nul = true
        else if (c === NON_CONSTANT) unknown = true
      }
      return unknown ? NON_CONSTANT : nul ? null : n.neg
    }
    case 'between': {
      const lo = compare('>=', ev(n.e), ev(n.lo))
      const hi = compare('<=', ev(n.e), ev(n.hi))
      if (lo === NON_CONSTANT || hi === NON_CONSTANT) return NON_CONSTANT
      if (lo === false || hi === false) return n.neg
      if (lo === null || hi === null) return null
      return !n.neg
    }
    case 'fn':
      return evaluateFunction(n.name, n.args.map(ev))
  }
}

function compare(op: string, l: Eval, r: Eval): Eval {
  if (l === NON_CONSTANT || r === NON_CONSTANT) return NON_CONSTANT
  if (l === null || r === null) return null
  if (typeof l !== typeof r || Array.isArray(l) || Array.isArray(r)) return NON_CONSTANT
  switch (op) {
    case '=':
      return l === r
    case '!=':
      return l !== r
    case '<':
      return l < r
    case '<=':
      return l <= r
    case '>':
      return l > r
    case '>=':
      return l >= r
    default:
      return NON_CONSTANT
  }
}

function evaluateFunction(name: string, args: Eval[]): Eval {
  if (name === 'coalesce') {
    for (const a of args) {
      if (a === NON_CONSTANT) return NON_CONSTANT
      if (a !== null) return a
    }
    return null
  }
  if (args.includes(NON_CONSTANT)) return NON_CONSTANT
  const [a, b] = args as Value[]
  if (a === null || a === undefined) return null
  switch (name) {
    case 'lower':
      return typeof a === 'string' ? a.toLowerCase() : NON_CONSTANT
    case 'upper':
      return typeof a === 'string' ? a.toUpperCase() : NON_CONSTANT
    case 'length':
    case 'char_length':
    case 'character_length':
      return typeof a === 'string' ? [...a].length : NON_CONSTANT
    case 'abs':
      return typeof a === 'number' ? Math.abs(a) : NON_CONSTANT
    case 'array_length':
      return Array.isArray(a) && b === undefined ? a.length : NON_CONSTANT
    case 'array_has':
    case 'array_contains':
      return Array.isArray(a) && b !== undefined && !Array.isArray(b) ? a.includes(b) : NON_CONSTANT
    case 'array_has_any':
      return Array.isArray(a) && Array.isArray(b) ? b.some((x) => a.includes(x)) : NON_CONSTANT
    case 'array_has_all':
      return Array.isArray(a) && Array.isArray(b) ? b.every((x) => a.includes(x)) : NON_CONSTANT
    default:
      return NON_CONSTANT
  }
}

function hasColumn(n: Node): boolean {
  return evaluate(n) === NON_CONSTANT
}

const NEGATED: Record<string, string> = { '=': '!=', '!=': '=', '<': '>=', '>=': '<', '>': '<=', '<=': '>' }

/** The canonical text of NOT n, when it has a simple form. */
function complementKey(n: Node): string | undefined {
  switch (n.k) {
    case 'not':
      return render(n.e, false)
    case 'isnull':
      return render({ ...n, neg: !n.neg }, false)
    case 'like':
      return render({ ...n, neg: !n.neg }, false)
    case 'in':
      return render({ ...n, neg: !n.neg }, false)
    case 'between':
      return render({ ...n, neg: !n.neg }, false)
    case 'cmp': {
      const op = NEGATED[n.op]
      return op ? render({ ...n, op }, false) : undefined
    }
    default:
      return undefined
  }
}

/** The masked text of a part of `n` that matches every row, or undefined. */
function findTautology(n: Node, depth = 0): string | undefined {
  if (depth > MAX_AST_DEPTH) return undefined
  if (n.k === 'or') {
    // Name the offending branch rather than the whole filter.
    for (const item of n.items) {
      const t = findTautology(item, depth + 1)
      if (t !== undefined) return t
    }
    const keys = new Map<string, number>()
    n.items.forEach((item, i) => keys.set(render(item, false), i))
    for (let i = 0; i < n.items.length; i++) {
      const c = complementKey(n.items[i]!)
      const j = c === undefined ? undefined : keys.get(c)
      if (j !== undefined) return `${render(n.items[Math.min(i, j)]!, true)} OR ${render(n.items[Math.max(i, j)]!, true)}`
    }
  }
  if (evaluate(n) === true) return render(n, true)
  switch (n.k) {
    case 'cmp':
      return (n.op === '=' || n.op === '<=' || n.op === '>=') && hasColumn(n.l) && render(n.l, false) === render(n.r, false) ? render(n, true) : undefined
    case 'like': {
      const p = evaluate(n.pattern)
      return !n.neg && typeof p === 'string' && /^%+$/.test(p) ? render(n, true) : undefined
    }
    case 'and':
      return n.items.every((item) => findTautology(item, depth + 1) !== undefined) ? render(n, true) : undefined
    default:
      return undefined
  }
}

// -------------------------------------------------------------------------------------------------------- API

/**
 * Checks a filter and reports every problem instead of throwing. Use {@link validateFilter} at API boundaries.
 *
 * @param sql - the filter (a SQL WHERE expression, without `WHERE`)
 * @param options - allowed columns, write mode, length limit
 * @returns the problems (empty when acceptable) and whether the filter is a tautology; with `forWrite`, a
 *   tautology is also listed as a problem
 * @example
 * ```ts
 * checkFilter("chrom = '1' OR 1=1", { columns: ['chrom'] }) // { problems: [], tautology: true }
 * ```
 */
export function checkFilter(sql: string, options: FilterCheckOptions): FilterCheckResult {
  const problems = new Set<string>()
  let tautology = false
  try {
    const maxLength = options.maxLength ?? DEFAULT_MAX_FILTER_LENGTH
    if (typeof sql !== 'string') problems.add('the filter must be a string')
    else if (sql.length > maxLength) problems.add(`the filter is ${sql.length} characters long; the limit is ${maxLength}`)
    else if (sql.trim() === '') problems.add('the filter is empty')
    else {
      const lexed = lex(sql, problems)
      if (lexed) {
        const where = parseShape(lexed.shape)
        if (typeof where === 'string') problems.add(where)
        else {
          const columns = new Set(options.columns)
          const node = convert({ lexed, columns, problems }, where, 0)
          if (node && problems.size === 0) {
            checkConditions(node, problems)
            const t = findTautology(node)
            if (t !== undefined) {
              tautology = true
              if (options.forWrite === true) problems.add(`tautology ${t} would match every row`)
            }
          }
        }
      }
    }
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

const trusted = new Set<string>()

/**
 * Marks a filter built by vcf-agent itself from validated parts and safely quoted literals (e.g. by
 * `genomicFilter`), so the store does not parse it again (region lists can be long). Keeps the last 256.
 * @internal
 */
export function trustFilter(filter: string): string {
  if (trusted.size >= 256) trusted.delete(trusted.values().next().value as string)
  trusted.add(filter)
  return filter
}

/** Was this exact filter text built by vcf-agent ({@link trustFilter})? @internal */
export function isTrustedFilter(filter: string): boolean {
  return trusted.has(filter)
}
