/**
 * Step 2 of a filter check: parse the literal-free shape with `node-sql-parser` (BigQuery grammar: backtick
 * identifiers and `['a', 'b']` list literals) as `SELECT * FROM t WHERE (<shape>)`, and refuse anything but that
 * single SELECT. Results are cached by shape, so repeated shapes (every `genomicFilter` for one region) cost
 * microseconds; a new shape costs one parse (about 0.5–2 ms).
 *
 * @internal
 * @module
 */
import { createRequire } from 'node:module'
import { SYNTAX_ERROR } from './rules.js'

/**
 * A node of node-sql-parser's syntax tree.
 *
 * @internal
 * @example
 * ```ts
 * const where: AstNode | string = parseShape('pos >  __vcfn0 ')
 * ```
 */
export type AstNode = Record<string, unknown>

type ParserModule = typeof import('node-sql-parser')

const CACHE_SIZE = 512
const SELECT_KEYS = new Set(['type', 'columns', 'from', 'where'])
const SINGLE = 'only a single condition is allowed (no statements, clauses or set operations)'

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

/**
 * Is `v` a plain object (a syntax-tree node)?
 *
 * @internal
 * @param v - any value
 * @returns whether it is a non-null, non-array object
 * @throws nothing: parser errors become a problem message
 * @example
 * ```ts
 * isObj({ type: 'number' }) // true
 * ```
 */
export function isObj(v: unknown): v is AstNode {
  return typeof v === 'object' && v != null && !Array.isArray(v)
}

function whereOf(ast: unknown): AstNode | string {
  if (Array.isArray(ast)) {
    if (ast.length !== 1) return SINGLE
    ast = ast[0]
  }
  if (!isObj(ast) || ast.type !== 'select' || !isObj(ast.where)) return SINGLE
  for (const [key, value] of Object.entries(ast)) {
    if (SELECT_KEYS.has(key)) continue
    if (value != null && value !== false && !(Array.isArray(value) && value.length === 0))
      return SINGLE
  }
  const cols = ast.columns
  const from = ast.from
  if (!Array.isArray(cols) || cols.length !== 1 || !Array.isArray(from) || from.length !== 1)
    return SINGLE
  const f = from[0] as AstNode
  if (!isObj(f) || f.table !== 't' || f.as != null || f.db != null) return SINGLE
  return ast.where
}

/**
 * The WHERE tree of a filter's literal-free shape, or a problem message. Cached (the last 512 shapes).
 *
 * @internal
 * @param shape - the output of `lexShape` (no literal values in it)
 * @returns the syntax tree of the condition, or why it is not a single valid condition
 * @throws nothing: parser errors become a problem message
 * @example
 * ```ts
 * typeof parseShape('pos > __vcfn0') // 'object'
 * parseShape('pos = 1 UNION SELECT 1') // 'syntax error: …'
 * ```
 */
export function parseShape(shape: string): AstNode | string {
  const hit = shapeCache.get(shape)
  if (hit !== undefined) return hit
  let result: AstNode | string
  try {
    result = whereOf(getParser().astify(`SELECT * FROM t WHERE (${shape})`))
  } catch (err) {
    result = err instanceof RangeError ? 'the filter is too complex to check' : SYNTAX_ERROR
  }
  if (shapeCache.size >= CACHE_SIZE) shapeCache.delete(shapeCache.keys().next().value!)
  shapeCache.set(shape, result)
  return result
}
