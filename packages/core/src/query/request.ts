/**
 * Turns what an adapter received — parsed CLI flags or a JSON body — into the typed request of an operation, with
 * one set of checks and messages for both: unknown options are named, values are checked against the option
 * table ({@link REQUEST_OPTIONS}).
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import {
  OPERATION_OPTIONS,
  type Operation,
  REQUEST_OPTIONS,
  type RequestOf,
  type RequestOption,
  type RequestOptionName,
} from './options.js'

/** Where the raw values come from: text (CLI flags, URL query parameters: strings, comma lists, repeats) or a JSON document (typed values). */
export type RequestSource = 'text' | 'json'

function bad(name: string, wants: string, got: unknown): UsageError {
  const shown = typeof got === 'string' ? JSON.stringify(got) : (JSON.stringify(got) ?? String(got))
  return new UsageError('USAGE_INVALID_ARGUMENT', `${name} must be ${wants} (got ${shown}).`, {
    details: { option: name },
  })
}

function asStrings(spec: RequestOption, raw: unknown, source: RequestSource): string[] {
  // CLI parsers read `--region 1` as the number 1: text sources give names, so numbers are names too
  const list = (Array.isArray(raw) ? raw : [raw]).map((x: unknown) =>
    source === 'text' && typeof x === 'number' ? String(x) : x,
  )
  if (list.some((x) => typeof x !== 'string')) throw bad(spec.name, 'a list of strings', raw)
  // CLI lists are comma-separated; region texts keep their commas (bcftools' own list syntax, braces aware)
  const split =
    source === 'text' && spec.name !== 'region'
      ? (list as string[]).flatMap((s) => s.split(','))
      : (list as string[])
  return split.map((s) => s.trim()).filter((s) => s !== '')
}

/** A finite number that stays finite as a Float32 (embeddings are stored and searched as Float32). */
const float32 = (n: number): boolean => Number.isFinite(Math.fround(n))

function asFloats(spec: RequestOption, raw: unknown, source: RequestSource): number[] {
  if (source === 'text' && typeof raw === 'string') {
    const parts = raw.split(',').map((s) => s.trim())
    const nums = parts.map(Number)
    const at = nums.findIndex((n, i) => parts[i] === '' || !float32(n))
    if (at !== -1)
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `${spec.name} element ${at} (${parts[at]}) is not a number within the Float32 range (±3.4e38); give comma-separated floats.`,
        { details: { option: spec.name } },
      )
    return nums
  }
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'number' || !float32(x)))
    throw bad(spec.name, 'a list of finite numbers within the Float32 range (±3.4e38)', raw)
  return raw as number[]
}

function convert(spec: RequestOption, raw: unknown, source: RequestSource): unknown {
  switch (spec.type) {
    case 'string':
      if (source === 'text' && (typeof raw === 'number' || typeof raw === 'boolean')) {
        if (raw === true) throw bad(spec.name, `a value ${spec.value ?? ''}`.trim(), raw)
        return String(raw)
      }
      if (typeof raw !== 'string') throw bad(spec.name, 'a string', raw)
      return raw
    case 'int': {
      const n =
        source === 'text' && typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
      const min = spec.min ?? 0
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min)
        throw bad(spec.name, min === 0 ? 'a non-negative integer' : `an integer ≥ ${min}`, raw)
      return n
    }
    case 'bool':
      if (typeof raw === 'boolean') return raw
      if (source === 'text' && (raw === 'true' || raw === 'false')) return raw === 'true'
      throw bad(spec.name, 'true or false', raw)
    case 'strings':
      return asStrings(spec, raw, source)
    case 'floats':
      return asFloats(spec, raw, source)
    case 'json':
      if (source === 'text' && typeof raw === 'string') {
        try {
          return JSON.parse(raw) as unknown
        } catch (err) {
          throw new UsageError(
            'USAGE_INVALID_ARGUMENT',
            `${spec.name} is not valid JSON (${(err as Error).message}).`,
            { details: { option: spec.name } },
          )
        }
      }
      return raw
  }
}

/**
 * Checks and converts one option's raw value, as {@link parseRequest} does for each option it is given.
 *
 * @param name - the option, e.g. `limit`
 * @param raw - its value as read (text sources may give strings, repeats as arrays)
 * @param source - `text` or `json`
 * @returns the typed value
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the value has not the option's type or range
 * @example
 * ```ts
 * parseOption('limit', '20', 'text') // 20
 * parseOption('workers', -1, 'text') // throws: workers must be a non-negative integer (got -1).
 * ```
 */
export function parseOption(name: RequestOptionName, raw: unknown, source: RequestSource): unknown {
  return convert(REQUEST_OPTIONS[name], raw, source)
}

/**
 * Checks and converts the raw options of one operation.
 *
 * @param operation - e.g. `filter`, `search`, `delete`
 * @param raw - option name → value; `undefined` values are ignored. Text values may be strings (`"10"`,
 *   `"a,b"`) and repeats (arrays); JSON values must have their option's type.
 * @param source - `text` or `json`
 * @returns the typed request
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` naming every unknown option, or the first ill-typed value
 * @example
 * ```ts
 * parseRequest('filter', { region: ['17:41196312-41277500'], limit: 20 }, 'json')
 * parseRequest('filter', { gene: 'BRCA1,BRCA2', limit: '20' }, 'text') // { gene: ['BRCA1', 'BRCA2'], limit: 20 }
 * ```
 */
export function parseRequest<O extends Operation>(
  operation: O,
  raw: Record<string, unknown>,
  source: RequestSource,
): RequestOf<O> {
  const allowed = OPERATION_OPTIONS[operation] as readonly RequestOptionName[]
  const unknown = Object.keys(raw).filter(
    (k) => raw[k] !== undefined && !(allowed as readonly string[]).includes(k),
  )
  if (unknown.length > 0) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} for ${operation}. Known: ${allowed.join(', ')}.`,
      { details: { unknown, operation } },
    )
  }
  const out: Record<string, unknown> = {}
  for (const name of allowed) {
    const value = raw[name]
    if (value == null) continue
    out[name] = convert(REQUEST_OPTIONS[name], value, source)
  }
  return out as RequestOf<O>
}
