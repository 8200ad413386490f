/**
 * Step 3 of a filter check: walk node-sql-parser's WHERE tree against the allowlist in `rules.ts` (known columns,
 * comparison/boolean/arithmetic operators, literals, `[…]` lists as function arguments, {@link FILTER_FUNCTIONS})
 * and build the normalized {@link Node} tree, with literal values taken back from the lexer's placeholders.
 *
 * @internal
 * @module
 */
import { isLiteral, type Node } from './node.js'
import { type AstNode, isObj } from './parse.js'
import {
  ARITHMETIC,
  BOOLEAN_FUNCTIONS,
  COMPARISONS,
  FILTER_FUNCTIONS,
  MAX_AST_DEPTH,
  RESERVED_PREFIX,
  safeName,
  SYNTAX_ERROR,
  TYPE_MESSAGES,
} from './rules.js'
import type { Lexed } from './shape.js'

/**
 * What the walk needs: the literals, the allowed columns, and where to put problems.
 *
 * @internal
 * @example
 * ```ts
 * const ctx: ConvertContext = { lexed, columns: new Set(['pos']), problems: new Set() }
 * ```
 */
export interface ConvertContext {
  /** The lexer's output, for the literal values behind the placeholders. */
  lexed: Lexed
  /** Columns the filter may reference (exact names). */
  columns: ReadonlySet<string>
  /** Collects refusals. */
  problems: Set<string>
}

type Ctx = ConvertContext
const NUMBER_PLACEHOLDER = new RegExp(`^${RESERVED_PREFIX}n(\\d+)$`)
const UNSUPPORTED_LITERAL = 'an unsupported literal is not allowed'

function refuse(ctx: Ctx, problem: string): undefined {
  ctx.problems.add(problem)
  return undefined
}

function identName(v: unknown): string | undefined {
  if (isObj(v) && typeof v.value === 'string') return v.value
  if (typeof v === 'string') return v
  return undefined
}

/**
 * Converts a WHERE tree into a {@link Node}, adding a problem for every construct outside the allowlist.
 *
 * @internal
 * @param ctx - literals, allowed columns, problems
 * @param a - a node of node-sql-parser's tree (start with the WHERE expression)
 * @param depth - current depth; 0 at the top
 * @param listOk - whether a `[…]` list literal is allowed here (function arguments only)
 * @returns the normalized node, or undefined when something was refused
 * @throws nothing: refusals are added to the problems, never thrown
 * @example
 * ```ts
 * convertWhere({ lexed, columns: new Set(['pos']), problems }, parseShape(lexed.shape), 0)
 * ```
 */
export function convertWhere(
  ctx: Ctx,
  a: unknown,
  depth: number,
  listOk = false,
): Node | undefined {
  if (depth > MAX_AST_DEPTH) return refuse(ctx, 'the expression is nested too deeply')
  if (!isObj(a)) return refuse(ctx, SYNTAX_ERROR)
  if ('ast' in a || a.type === 'select') return refuse(ctx, 'subqueries are not allowed')
  const type = typeof a.type === 'string' ? a.type : ''
  switch (type) {
    case 'column_ref':
      return convertColumn(ctx, a)
    case 'single_quote_string': {
      const m = typeof a.value === 'string' ? /^s(\d+)$/.exec(a.value) : null
      const v = m ? ctx.lexed.strings[Number(m[1])] : undefined
      return v === undefined ? refuse(ctx, UNSUPPORTED_LITERAL) : { k: 'str', v }
    }
    case 'number':
    case 'bigint':
      return typeof a.value === 'number' || typeof a.value === 'string'
        ? { k: 'num', v: Number(a.value), text: String(a.value) }
        : refuse(ctx, UNSUPPORTED_LITERAL)
    case 'bool':
      return { k: 'bool', v: a.value === true }
    case 'null':
      return { k: 'null' }
    case 'array':
      return convertList(ctx, a, depth + 1, listOk)
    case 'unary_expr': {
      const e = convertWhere(ctx, a.expr, depth + 1)
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
      return refuse(
        ctx,
        TYPE_MESSAGES[type] ?? `${safeName(type || 'unknown')} expressions are not allowed`,
      )
  }
}

function convertList(ctx: Ctx, a: AstNode, depth: number, listOk: boolean): Node | undefined {
  if (!listOk) return refuse(ctx, 'list literals [...] are only allowed as function arguments')
  if (
    a.brackets !== true ||
    (a.keyword !== '' && a.keyword !== undefined) ||
    !Array.isArray(a.array_path)
  )
    return refuse(ctx, 'only [...] list literals are allowed')
  const items: Node[] = []
  for (const item of a.array_path) {
    if (!isObj(item) || item.as != null) return refuse(ctx, 'only [...] list literals are allowed')
    const n = convertWhere(ctx, item.expr, depth)
    if (!n) return undefined
    if (!isLiteral(n)) return refuse(ctx, 'list literals may hold only literal values')
    items.push(n)
  }
  return { k: 'list', items }
}

function convertColumn(ctx: Ctx, a: AstNode): Node | undefined {
  if (a.table != null && a.table !== '')
    return refuse(ctx, 'qualified column names (table.column) are not allowed')
  if (a.collate != null) return refuse(ctx, 'COLLATE is not allowed')
  if (Array.isArray(a.subFields) && a.subFields.length > 0)
    return refuse(ctx, 'field access is not allowed')
  const col = a.column
  if (col === '*') return refuse(ctx, '* is not allowed')
  const expr = isObj(col) ? col.expr : col
  if (isObj(col) && Array.isArray(col.offset) && col.offset.length > 0)
    return refuse(ctx, 'array indexing is not allowed')
  const raw = identName(expr)
  if (raw === undefined) return refuse(ctx, 'an unsupported column reference is not allowed')
  const quoted = isObj(expr) && expr.type === 'backticks_quote_string'
  const placeholder = NUMBER_PLACEHOLDER.exec(raw)
  if (placeholder && !quoted) {
    const text = ctx.lexed.numbers[Number(placeholder[1])]
    return text === undefined
      ? refuse(ctx, UNSUPPORTED_LITERAL)
      : { k: 'num', v: Number(text), text }
  }
  if (isObj(expr) && expr.type !== 'default' && !quoted)
    return refuse(ctx, 'quoted text in this position is not allowed')
  // LanceDB lowercases unquoted identifiers; a backtick-quoted name is taken as written.
  const name = quoted ? raw : raw.toLowerCase()
  if (!ctx.columns.has(name)) return refuse(ctx, `unknown column ${safeName(name)}`)
  return { k: 'col', name }
}

function convertAll(ctx: Ctx, parts: readonly unknown[], depth: number): Node[] | undefined {
  const items: Node[] = []
  for (const part of parts) {
    const n = convertWhere(ctx, part, depth)
    if (n) items.push(n)
  }
  return items.length === parts.length ? items : undefined
}

function convertBinary(ctx: Ctx, a: AstNode, depth: number): Node | undefined {
  const op = typeof a.operator === 'string' ? a.operator.toUpperCase() : ''
  if (op === 'AND' || op === 'OR') {
    // Flatten left-deep chains iteratively: 1000 ORs must not cost 1000 stack frames.
    const rights: unknown[] = []
    let cur: unknown = a
    while (
      isObj(cur) &&
      cur.type === 'binary_expr' &&
      typeof cur.operator === 'string' &&
      cur.operator.toUpperCase() === op
    ) {
      rights.push(cur.right)
      cur = cur.left
    }
    const items = convertAll(ctx, [cur, ...rights.reverse()], depth + 1)
    return items ? { k: op === 'AND' ? 'and' : 'or', items } : undefined
  }
  if ('escape' in a && a.escape != null) return refuse(ctx, 'LIKE … ESCAPE is not allowed')
  const l = convertWhere(ctx, a.left, depth + 1)
  const right = a.right
  if (op === 'IN' || op === 'NOT IN') {
    if (!isObj(right) || right.type !== 'expr_list' || !Array.isArray(right.value)) {
      if (isObj(right) && ('ast' in right || right.type === 'select'))
        return refuse(ctx, 'subqueries are not allowed')
      if (
        isObj(right) &&
        Array.isArray(right.value) &&
        right.value.some((v) => isObj(v) && 'ast' in v)
      )
        return refuse(ctx, 'subqueries are not allowed')
      return refuse(ctx, 'IN needs a parenthesized list of values')
    }
    const items = convertAll(ctx, right.value, depth + 1)
    return l && items ? { k: 'in', e: l, items, neg: op === 'NOT IN' } : undefined
  }
  if (op === 'BETWEEN' || op === 'NOT BETWEEN') {
    if (
      !isObj(right) ||
      right.type !== 'expr_list' ||
      !Array.isArray(right.value) ||
      right.value.length !== 2
    )
      return refuse(ctx, 'BETWEEN needs two bounds')
    const lo = convertWhere(ctx, right.value[0], depth + 1)
    const hi = convertWhere(ctx, right.value[1], depth + 1)
    return l && lo && hi ? { k: 'between', e: l, lo, hi, neg: op === 'NOT BETWEEN' } : undefined
  }
  if (op === 'IS' || op === 'IS NOT') {
    if (!isObj(right) || right.type !== 'null')
      return refuse(ctx, 'only IS NULL and IS NOT NULL are allowed')
    return l ? { k: 'isnull', e: l, neg: op === 'IS NOT' } : undefined
  }
  const r = convertWhere(ctx, right, depth + 1)
  if (op === 'LIKE' || op === 'NOT LIKE')
    return l && r ? { k: 'like', e: l, pattern: r, neg: op === 'NOT LIKE' } : undefined
  if (COMPARISONS.has(op))
    return l && r ? { k: 'cmp', op: op === '<>' ? '!=' : op, l, r } : undefined
  if (ARITHMETIC.has(op)) return l && r ? { k: 'arith', op, l, r } : undefined
  return refuse(ctx, `operator ${safeName(op)} is not allowed`)
}

/** The called function's name, or a problem for a qualified name (`pg_catalog.f`, `SAFE.lower`). */
function functionName(nameObj: unknown): { name?: string; problem?: string } {
  if (!isObj(nameObj)) return { name: identName(nameObj) }
  const parts = Array.isArray(nameObj.name) ? nameObj.name.map(identName) : []
  const schema = identName(nameObj.schema)
  if (parts.length > 0)
    return { problem: `function ${safeName([schema, ...parts].join('.'))} is not allowed` }
  return { name: schema }
}

function convertFunction(ctx: Ctx, a: AstNode, depth: number): Node | undefined {
  const { name, problem } = functionName(a.name)
  if (problem !== undefined) return refuse(ctx, problem)
  if (name === undefined) return refuse(ctx, 'an unsupported function call is not allowed')
  const lower = name.toLowerCase()
  const argList: unknown[] = isObj(a.args) && Array.isArray(a.args.value) ? a.args.value : []
  if (lower === 'exists') return refuse(ctx, 'EXISTS subqueries are not allowed')
  if (argList.some((v) => isObj(v) && ('ast' in v || v.type === 'select')))
    return refuse(ctx, 'subqueries are not allowed')
  if (lower === 'not') {
    if (argList.length !== 1) return refuse(ctx, SYNTAX_ERROR)
    const e = convertWhere(ctx, argList[0], depth + 1)
    return e ? { k: 'not', e } : undefined
  }
  const arity = FILTER_FUNCTIONS.get(lower)
  if (!arity) return refuse(ctx, `function ${safeName(lower)} is not allowed`)
  if (a.over != null) return refuse(ctx, 'window functions (OVER) are not allowed')
  if (isObj(a.args) && (a.args.distinct != null || a.args.orderby != null))
    return refuse(ctx, `function ${lower} accepts only plain arguments`)
  if (argList.length < arity[0] || argList.length > arity[1])
    return refuse(
      ctx,
      `function ${lower} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s)`,
    )
  const args: Node[] = []
  for (const v of argList) {
    const n = convertWhere(ctx, v, depth + 1, true)
    if (n) args.push(n)
  }
  return args.length === argList.length ? { k: 'fn', name: lower, args } : undefined
}

/**
 * The problem when a top-level part of a filter cannot be a condition (`'x' OR …`, `pos + 1`, `lower(gene)`).
 * Columns and NULL are left to LanceDB.
 *
 * @internal
 * @param n - a node at condition position
 * @returns the problem, or undefined
 * @throws nothing: refusals are added to the problems, never thrown
 * @example
 * ```ts
 * conditionProblem({ k: 'num', v: 42, text: '42' }) // 'a number is not a condition'
 * ```
 */
export function conditionProblem(n: Node): string | undefined {
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
      return BOOLEAN_FUNCTIONS.has(n.name) || n.name === 'coalesce'
        ? undefined
        : `function ${n.name} does not return a condition`
    default:
      return undefined
  }
}

/**
 * Adds a problem for every part of `n` at condition position (through AND, OR, NOT) that is not a condition.
 *
 * @internal
 * @param n - the filter's normalized tree
 * @param problems - collects the problems
 * @param depth - current depth; 0 at the top
 * @returns nothing; problems are added to `problems`
 * @throws nothing: refusals are added to the problems, never thrown
 * @example
 * ```ts
 * checkConditions(tree, problems)
 * ```
 */
export function checkConditions(n: Node, problems: Set<string>, depth = 0): void {
  if (depth > MAX_AST_DEPTH) return
  const p = conditionProblem(n)
  if (p) problems.add(p)
  if (n.k === 'and' || n.k === 'or')
    for (const item of n.items) checkConditions(item, problems, depth + 1)
  else if (n.k === 'not') checkConditions(n.e, problems, depth + 1)
}
