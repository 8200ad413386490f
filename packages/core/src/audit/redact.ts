/**
 * Redaction of values and free text before they reach the audit log or an error message.
 *
 * @module
 */
import { MASK, maskFilter } from '../filter/index.js'

/**
 * Columns and detail keys whose values are always masked. The genotype columns of the Variant table
 * (`het_samples`, `hom_alt_samples`, `sample_data`) plus the usual names of personal data columns. Matching is case-insensitive.
 * Add site-specific columns with the `sensitiveColumns` option of `createAuditLog`.
 */
export const DEFAULT_SENSITIVE_COLUMNS: readonly string[] = [
  'het_samples',
  'hom_alt_samples',
  'sample_data',
  'samples',
  'sample_id',
  'sample_ids',
  'sample_name',
  'genotype',
  'genotypes',
  'gt',
  'patient_id',
  'patient_name',
  'patient_email',
  'email',
  'ssn',
  'mrn',
  'dob',
  'date_of_birth',
]

/** Options shared by {@link maskValue} and {@link maskDetails}. */
export interface MaskOptions {
  /**
   * Extra sensitive column names, added to {@link DEFAULT_SENSITIVE_COLUMNS} (case-insensitive), e.g. a configured
   * PII column `participant_code`.
   */
  sensitiveColumns?: readonly string[]
  /** The table's column names, handed to `maskFilter` for SQL found in details (see `MaskFilterOptions.columns`). */
  columns?: readonly string[]
}

/** Detail keys that hold free text (error messages); their string values go through {@link redactMessage}. */
const TEXT_KEYS = new Set(['message', 'error', 'reason', 'cause'])
/** Detail keys that hold a SQL filter; their string values go through `maskFilter` (a VCF FILTER value such as `PASS` passes through unchanged). */
const FILTER_KEYS = new Set(['filter', 'filter_sql', 'where', 'predicate'])
/** Keys whose numeric arrays are vectors: logged as their length only. */
const VECTOR_KEYS = new Set(['embedding', 'vector', 'query_vector'])
const MAX_DEPTH = 8

interface MaskContext {
  sensitive: Set<string>
  columns: readonly string[] | undefined
}

function contextOf(options: MaskOptions | undefined): MaskContext {
  return {
    sensitive: new Set(
      [...DEFAULT_SENSITIVE_COLUMNS, ...(options?.sensitiveColumns ?? [])].map((c) =>
        c.toLowerCase(),
      ),
    ),
    columns: options?.columns,
  }
}

function floatsLabel(length: number): string {
  return `[${length} floats]`
}

function isNumericArray(value: unknown): value is ArrayLike<number> {
  return (
    value instanceof Float32Array ||
    value instanceof Float64Array ||
    (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number'))
  )
}

function maskIn(key: string | undefined, value: unknown, ctx: MaskContext, depth: number): unknown {
  const k = key?.toLowerCase()
  if (value === undefined) return undefined
  if (k !== undefined && ctx.sensitive.has(k)) return MASK
  if (value instanceof Float32Array || value instanceof Float64Array)
    return floatsLabel(value.length)
  if (k !== undefined && VECTOR_KEYS.has(k) && isNumericArray(value))
    return floatsLabel(value.length)
  if (typeof value === 'string') {
    if (k !== undefined && TEXT_KEYS.has(k)) return redactMessage(value)
    if (k !== undefined && FILTER_KEYS.has(k))
      return maskFilter(value, ctx.columns ? { columns: ctx.columns } : {})
    return value
  }
  if (typeof value === 'bigint') return value.toString()
  if (value == null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return '[nested too deep]'
  if (value instanceof Error) return { name: value.name, message: redactMessage(value.message) }
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((v) => maskIn(undefined, v, ctx, depth + 1))
  if (k === 'updates') return describeUpdate(value as Record<string, unknown>)
  const out: Record<string, unknown> = {}
  for (const [childKey, child] of Object.entries(value)) {
    const masked = maskIn(childKey, child, ctx, depth + 1)
    if (masked !== undefined) out[childKey] = masked
  }
  return out
}

/**
 * Masks the value of one column for logging:
 * - a sensitive column ({@link DEFAULT_SENSITIVE_COLUMNS} plus `options.sensitiveColumns`) → `'***'`, whatever the
 *   value (a sample list, a genotype, an id; `null` too, since "no carriers" is itself genotype information);
 * - an embedding (`embedding`, `vector`, or any `Float32Array`/`Float64Array`) → its length only, `'[1024 floats]'`;
 * - an object or array → the same rules applied to every nested key (rows inside details are masked too);
 * - anything else → unchanged.
 *
 * @param column - the column (or detail key) the value belongs to
 * @param value - the value
 * @param options - extra sensitive columns
 * @returns the value to log
 * @example
 * ```ts
 * maskValue('het_samples', ['NA12878', 'NA12891']) // '***'
 * maskValue('embedding', new Float32Array(1024)) // '[1024 floats]'
 * maskValue('chrom', '1') // '1'
 * ```
 */
export function maskValue(column: string, value: unknown, options?: MaskOptions): unknown {
  return maskIn(column, value, contextOf(options), 0)
}

/**
 * Masks a details object for the audit log, key by key, with the rules of {@link maskValue}. In addition, the free
 * text under `message`, `error`, `reason` and `cause` goes through {@link redactMessage}, SQL under `filter`, `filter_sql`,
 * `where` and `predicate` through `maskFilter`, and an `updates` object is replaced by {@link describeUpdate}.
 *
 * @param details - structured context of an audit event
 * @param options - extra sensitive columns
 * @returns a new, JSON-safe object; `details` is not changed
 * @example
 * ```ts
 * maskDetails({ updates: { clinical_significance: 'Benign' }, error: "no row 'jane@x.org'" })
 * // { updates: { columns: ['clinical_significance'] }, error: "no row '***'" }
 * ```
 */
export function maskDetails(
  details: Record<string, unknown>,
  options?: MaskOptions,
): Record<string, unknown> {
  return maskIn(undefined, details, contextOf(options), 0) as Record<string, unknown>
}

/**
 * Describes an update for the audit log by its column names only; the new values are never logged.
 *
 * @param updates - the column → new value map of an update
 * @returns `{ columns }`, the updated column names sorted
 * @example
 * ```ts
 * describeUpdate({ clinical_significance: 'Pathogenic', gene: 'BRCA1' }) // { columns: ['clinical_significance', 'gene'] }
 * ```
 */
export function describeUpdate(updates: Record<string, unknown>): { columns: string[] } {
  return { columns: Object.keys(updates).sort() }
}

/** A quoted run: an opening quote not preceded by a word character, up to a closing quote not followed by one. */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}_])'(?:[^']|'')*'(?![\p{L}\p{N}_])/gu
const DOUBLE_QUOTED = /"(?:[^"\\]|\\.|"")*"/g
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const SSN_LIKE = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g
const LONG_DIGITS = /\d{6,}/g

/** Options of {@link redactMessage}. */
export interface RedactMessageOptions {
  /**
   * Filters the message may quote verbatim (LanceDB's parse errors repeat the whole statement). Each occurrence is
   * replaced by its `maskFilter` form first, so even short numbers and unquoted values in it are masked.
   */
  filters?: readonly (string | undefined)[]
}

/**
 * Scrubs free text (an error message) before it is logged or returned to a client. Masked:
 * - every verbatim occurrence of `options.filters` → the masked filter;
 * - single- or double-quoted runs → `'***'` / `"***"` (quoted values in LanceDB and DataFusion messages, and
 *   values we quote with `JSON.stringify`); an apostrophe inside a word (`doesn't`) is not a quote;
 * - e-mail addresses → `***`;
 * - SSN-like numbers (`123-45-6789`) → `***`;
 * - runs of 6 or more digits (record numbers, phone numbers, long ids) → `***`.
 *
 * Backtick-quoted names stay: they are column names (see `sqlIdent`). Short numbers outside a given filter stay,
 * so `line 42` and `dim 1024` remain readable.
 *
 * @param text - a message
 * @param options - filters the message may contain
 * @returns the message with values masked
 * @example
 * ```ts
 * redactMessage("No field named 'john.doe@example.com' (row 1234567)") // "No field named '***' (row ***)"
 * redactMessage('Error parsing WHERE pos = 42 AND (', { filters: ['pos = 42 AND ('] }) // 'Error parsing WHERE pos = *** AND ('
 * ```
 */
export function redactMessage(text: string, options: RedactMessageOptions = {}): string {
  let out = text
  for (const filter of options.filters ?? []) {
    if (filter !== undefined && filter.trim() !== '')
      out = out.split(filter).join(maskFilter(filter))
  }
  return out
    .replace(SINGLE_QUOTED, `'${MASK}'`)
    .replace(DOUBLE_QUOTED, `"${MASK}"`)
    .replace(EMAIL, MASK)
    .replace(SSN_LIKE, MASK)
    .replace(LONG_DIGITS, MASK)
}
