/**
 * The normalized condition tree the checks work on: node-sql-parser's tree reduced to the constructs a filter may
 * use, with literal values put back from the lexer. {@link renderNode} prints it, with values or masked.
 *
 * @internal
 * @module
 */

/**
 * One node of a normalized filter: a column, a literal, or an allowed operator or function applied to nodes.
 *
 * @internal
 * @example
 * ```ts
 * const n: Node = { k: 'isnull', e: { k: 'col', name: 'qual' }, neg: true }
 * ```
 */
export type Node =
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

/**
 * Is `n` a literal value (a string, number, boolean, NULL, or a negated number)?
 *
 * @internal
 * @param n - a node
 * @returns whether it is a literal
 * @throws nothing: it never throws
 * @example
 * ```ts
 * isLiteral({ k: 'neg', e: { k: 'num', v: 1, text: '1' } }) // true
 * ```
 */
export function isLiteral(n: Node): boolean {
  return (
    n.k === 'str' ||
    n.k === 'num' ||
    n.k === 'bool' ||
    n.k === 'null' ||
    (n.k === 'neg' && n.e.k === 'num')
  )
}

/**
 * Canonical text of a node: with values (for structural equality) or with every string masked as `'***'` (for
 * problem messages, which never echo string values).
 *
 * @internal
 * @param n - a node
 * @param mask - replace string literals by `'***'`
 * @returns the canonical SQL-like text
 * @throws nothing: it never throws
 * @example
 * ```ts
 * renderNode({ k: 'cmp', op: '=', l: { k: 'col', name: 'chrom' }, r: { k: 'str', v: '1' } }, true) // "chrom = '***'"
 * ```
 */
export function renderNode(n: Node, mask: boolean): string {
  const r = (x: Node): string => renderNode(x, mask)
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
