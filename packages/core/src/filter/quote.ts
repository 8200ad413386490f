/**
 * Safe building blocks for LanceDB (DataFusion SQL) filter expressions. Never build SQL by pasting values:
 * use {@link sqlString} for literals and {@link sqlIdent} for column names.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'

/**
 * Quotes a string literal for a LanceDB filter: wraps it in single quotes and doubles every `'`, as
 * LanceDB's own `toSQL()` does. The result can never end the literal early, so it cannot widen a predicate.
 *
 * @param value - any string, e.g. a variant id containing `'`
 * @returns a SQL string literal
 * @throws nothing: it never throws
 * @example
 * ```ts
 * sqlString("1-100-A-G' OR '1'='1") // "'1-100-A-G'' OR ''1''=''1'"
 * ```
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

/**
 * Quotes a column name with backticks (LanceDB lowercases unquoted identifiers; lancedb issue #1081).
 *
 * @param name - a column name without backticks
 * @returns the quoted identifier
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the name contains a backtick
 * @example
 * ```ts
 * sqlIdent('variant_id') // "`variant_id`"
 * ```
 */
export function sqlIdent(name: string): string {
  if (name.includes('`'))
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'A column name must not contain a backtick.')
  return `\`${name}\``
}

/**
 * `column = 'value'` with both parts quoted.
 *
 * @param column - column name
 * @param value - string value
 * @returns a filter expression
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the column name contains a backtick
 * @example
 * ```ts
 * sqlEquals('variant_id', "x'y") // "`variant_id` = 'x''y'"
 * ```
 */
export function sqlEquals(column: string, value: string): string {
  return `${sqlIdent(column)} = ${sqlString(value)}`
}
