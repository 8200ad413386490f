/**
 * The filter module: everything about the SQL filter expressions that LanceDB (DataFusion SQL) evaluates.
 *
 * - {@link validateFilter} / {@link checkFilter}: refuse hostile or widening filters before they reach LanceDB.
 * - {@link sqlString} / {@link sqlIdent} / {@link sqlEquals}: build filters with safely quoted parts.
 * - {@link maskFilter}: mask every literal of a filter for the audit log and error messages.
 *
 * All of them read a filter with one lexer that follows LanceDB's `LanceDialect`: `'…'` and `"…"` are string
 * literals, only backticks quote identifiers. This module imports only `errors`.
 *
 * @module
 */
export { checkFilter, validateFilter } from './validate.js'
export type { FilterCheckOptions, FilterCheckResult, FilterProblem } from './validate.js'
export { DEFAULT_MAX_FILTER_LENGTH, FILTER_FUNCTIONS, MAX_FILTER_DEPTH } from './rules.js'
export { sqlEquals, sqlIdent, sqlString } from './quote.js'
export { MASK, maskFilter } from './mask.js'
export type { MaskFilterOptions } from './mask.js'
export { SQL_KEYWORDS, tokenizeSql } from './lexer.js'
export type { SqlToken, SqlTokenKind } from './lexer.js'
