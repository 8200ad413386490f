/**
 * The tautology check for write filters: finds a part of a filter that matches every row (`1=1`, `pos = pos`,
 * `x IS NULL OR x IS NOT NULL`, `gene LIKE '%'` …), so that a delete or update cannot widen to the whole table.
 *
 * @internal
 * @module
 */
import { evaluateNode, NON_CONSTANT } from './evaluate.js'
import { type Node, renderNode } from './node.js'
import { MAX_AST_DEPTH } from './rules.js'

const NEGATED: Readonly<Record<string, string>> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
}

function hasColumn(n: Node): boolean {
  return evaluateNode(n) === NON_CONSTANT
}

/** The canonical text of NOT n, when it has a simple form. */
function complementKey(n: Node): string | undefined {
  switch (n.k) {
    case 'not':
      return renderNode(n.e, false)
    case 'isnull':
    case 'like':
    case 'in':
    case 'between':
      return renderNode({ ...n, neg: !n.neg }, false)
    case 'cmp': {
      const op = NEGATED[n.op]
      return op ? renderNode({ ...n, op }, false) : undefined
    }
    default:
      return undefined
  }
}

/** `a OR NOT a` among the branches of an OR, masked, or undefined. */
function complementaryBranches(items: readonly Node[]): string | undefined {
  const keys = new Map<string, number>()
  items.forEach((item, i) => keys.set(renderNode(item, false), i))
  for (let i = 0; i < items.length; i++) {
    const c = complementKey(items[i]!)
    const j = c === undefined ? undefined : keys.get(c)
    if (j !== undefined)
      return `${renderNode(items[Math.min(i, j)]!, true)} OR ${renderNode(items[Math.max(i, j)]!, true)}`
  }
  return undefined
}

/**
 * The masked text of a part of `n` that matches every row, or undefined. For an OR, the offending branch is
 * named rather than the whole filter.
 *
 * @internal
 * @param n - the filter's normalized tree
 * @param depth - current depth; 0 at the top
 * @returns the masked text of the tautology (string values as `'***'`), or undefined
 * @throws nothing: it never throws
 * @example
 * ```ts
 * findTautology({ k: 'bool', v: true }) // 'TRUE'
 * ```
 */
export function findTautology(n: Node, depth = 0): string | undefined {
  if (depth > MAX_AST_DEPTH) return undefined
  if (n.k === 'or') {
    for (const item of n.items) {
      const t = findTautology(item, depth + 1)
      if (t !== undefined) return t
    }
    const pair = complementaryBranches(n.items)
    if (pair !== undefined) return pair
  }
  if (evaluateNode(n) === true) return renderNode(n, true)
  switch (n.k) {
    case 'cmp':
      return (n.op === '=' || n.op === '<=' || n.op === '>=') &&
        hasColumn(n.l) &&
        renderNode(n.l, false) === renderNode(n.r, false)
        ? renderNode(n, true)
        : undefined
    case 'like': {
      const p = evaluateNode(n.pattern)
      return !n.neg && typeof p === 'string' && /^%+$/.test(p) ? renderNode(n, true) : undefined
    }
    case 'and':
      return n.items.every((item) => findTautology(item, depth + 1) !== undefined)
        ? renderNode(n, true)
        : undefined
    default:
      return undefined
  }
}
