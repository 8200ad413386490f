/**
 * Constant folding for the tautology check: evaluates a column-free {@link Node} with SQL three-valued logic
 * (`NULL` propagates; `AND`/`OR` short-circuit on `FALSE`/`TRUE`), and reports {@link NON_CONSTANT} for anything
 * that depends on a row.
 *
 * @internal
 * @module
 */
import type { Node } from './node.js'
import { MAX_AST_DEPTH } from './rules.js'

/**
 * A constant SQL value.
 *
 * @internal
 * @example
 * ```ts
 * const v: Value = ['a', 1, null]
 * ```
 */
export type Value = string | number | boolean | null | Value[]

/**
 * The result of an expression that depends on a row (or that this evaluator does not fold).
 *
 * @internal
 * @example
 * ```ts
 * evaluateNode({ k: 'col', name: 'pos' }) === NON_CONSTANT // true
 * ```
 */
export const NON_CONSTANT: unique symbol = Symbol('non-constant')

/**
 * A folded value, or {@link NON_CONSTANT}.
 *
 * @internal
 * @example
 * ```ts
 * const e: Eval = evaluateNode({ k: 'col', name: 'pos' }) // NON_CONSTANT
 * ```
 */
export type Eval = Value | typeof NON_CONSTANT

function compare(op: string, l: Eval, r: Eval): Eval {
  if (l === NON_CONSTANT || r === NON_CONSTANT) return NON_CONSTANT
  if (l == null || r == null) return null
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
      if (a != null) return a
    }
    return null
  }
  if (args.includes(NON_CONSTANT)) return NON_CONSTANT
  const [a, b] = args as Value[]
  if (a == null) return null
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

/** AND (`stopAt` false) or OR (`stopAt` true) over folded items, with SQL's NULL rules. */
function connective(items: Eval[], stopAt: boolean): Eval {
  let unknown = false
  let nul = false
  for (const v of items) {
    if (v === stopAt) return stopAt
    if (v === NON_CONSTANT) unknown = true
    else if (v == null) nul = true
    else if (v !== !stopAt) unknown = true
  }
  return unknown ? NON_CONSTANT : nul ? null : !stopAt
}

function evaluateLike(n: Extract<Node, { k: 'like' }>, ev: (x: Node) => Eval): Eval {
  const e = ev(n.e)
  const p = ev(n.pattern)
  if (e == null || p == null) return null
  if (typeof e !== 'string' || typeof p !== 'string') return NON_CONSTANT
  let m: boolean
  if (/^%+$/.test(p)) m = true
  else if (!/[%_]/.test(p)) m = e === p
  else return NON_CONSTANT
  return n.neg ? !m : m
}

function evaluateIn(n: Extract<Node, { k: 'in' }>, ev: (x: Node) => Eval): Eval {
  const e = ev(n.e)
  if (e === NON_CONSTANT) return NON_CONSTANT
  let nul = e == null
  let unknown = false
  for (const item of n.items) {
    const c = compare('=', e, ev(item))
    if (c === true) return !n.neg
    if (c == null) nul = true
    else if (c === NON_CONSTANT) unknown = true
  }
  return unknown ? NON_CONSTANT : nul ? null : n.neg
}

/**
 * Evaluates a column-free expression with SQL three-valued logic.
 *
 * @internal
 * @param n - a node
 * @param depth - current depth; 0 at the top
 * @returns the constant value, or {@link NON_CONSTANT} when it depends on a row
 * @throws nothing: it never throws
 * @example
 * ```ts
 * evaluateNode({ k: 'cmp', op: '=', l: { k: 'num', v: 1, text: '1' }, r: { k: 'num', v: 1, text: '1' } }) // true
 * ```
 */
export function evaluateNode(n: Node, depth = 0): Eval {
  if (depth > MAX_AST_DEPTH) return NON_CONSTANT
  const ev = (x: Node): Eval => evaluateNode(x, depth + 1)
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
      return typeof v === 'number' ? -v : v == null ? null : NON_CONSTANT
    }
    case 'arith': {
      const l = ev(n.l)
      const r = ev(n.r)
      if (l == null || r == null) return null
      if (typeof l !== 'number' || typeof r !== 'number') return NON_CONSTANT
      return n.op === '+'
        ? l + r
        : n.op === '-'
          ? l - r
          : n.op === '*'
            ? l * r
            : r === 0
              ? NON_CONSTANT
              : l / r
    }
    case 'cmp':
      return compare(n.op, ev(n.l), ev(n.r))
    case 'like':
      return evaluateLike(n, ev)
    case 'and':
    case 'or':
      return connective(n.items.map(ev), n.k === 'or')
    case 'not': {
      const v = ev(n.e)
      return typeof v === 'boolean' ? !v : v == null ? null : NON_CONSTANT
    }
    case 'isnull': {
      const v = ev(n.e)
      return v === NON_CONSTANT ? NON_CONSTANT : (v == null) !== n.neg
    }
    case 'in':
      return evaluateIn(n, ev)
    case 'between': {
      const lo = compare('>=', ev(n.e), ev(n.lo))
      const hi = compare('<=', ev(n.e), ev(n.hi))
      if (lo === NON_CONSTANT || hi === NON_CONSTANT) return NON_CONSTANT
      if (lo === false || hi === false) return n.neg
      if (lo == null || hi == null) return null
      return !n.neg
    }
    case 'fn':
      return evaluateFunction(n.name, n.args.map(ev))
  }
}
