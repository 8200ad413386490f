/**
 * Value syntax shared by the header and record checks: the data types of VCFv4.3 §1.3, the key and contig-name
 * patterns of §1.4.2 and §1.4.7, and the parser of structured meta lines (`##KEY=<ID=…,Description="…">`).
 *
 * @module
 */

/** `Integer` (VCFv4.3 §1.3): an optionally signed decimal integer. */
export const INTEGER = /^[+-]?\d+$/

/** `Float` (VCFv4.3 §1.3): a decimal or exponent number, or `INF`, `INFINITY`, `NAN` in any case. */
export const FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan))$/i

/** INFO and FORMAT keys (VCFv4.3 §1.6.1): a letter or `_`, then letters, digits, `_` or `.`; or `1000G`. */
export const KEY_43 = /^(?:[A-Za-z_][0-9A-Za-z_.]*|1000G)$/

/** Keys of VCF v4.0–v4.2, which give no pattern: no white-space, `,`, `;`, `:` or `=`. */
export const KEY_42 = /^[^\s,;:=]+$/

/**
 * Contig names (VCFv4.3 §1.4.7): no white-space, commas or angle brackets; `*` and `=` not first; or `<ID>`, a
 * contig of the assembly file (VCFv4.3 §1.6.1 CHROM).
 */
export const CONTIG_43 =
  /^(?:[0-9A-Za-z!#$%&+./:;?@^_|~-][0-9A-Za-z!#$%&*+./:;=?@^_|~-]*|<[^\s<>,]+>)$/

/** Contig names of VCF v4.0–v4.2 (§1.4.1 CHROM): as v4.3, and the colon is not allowed; or `<ID>`. */
export const CONTIG_42 =
  /^(?:[0-9A-Za-z!#$%&+./;?@^_|~-][0-9A-Za-z!#$%&*+./;=?@^_|~-]*|<[^\s<>,]+>)$/

/** Smallest Integer a VCF v4.3+ file may hold: −2³¹ … −2³¹+7 are reserved for BCF (VCFv4.3 §1.3). */
export const INT_MIN = -2147483640
/** Largest Integer (32-bit signed). */
export const INT_MAX = 2147483647

/** One `key=value` of a structured meta line; `quoted` when the value was in double quotes. */
export interface MetaField {
  /** The key, e.g. `ID`. */
  key: string
  /** The value, unquoted and unescaped. */
  value: string
  /** Whether the value was written in double quotes. */
  quoted: boolean
}

/**
 * Parses the value of a structured meta line, `<K=V,K="V",…>`: quoted values may hold `,` `>` and `\"`, and
 * `[a, b]` lists (META `Values`) are one value.
 *
 * @param text - the value after `##KEY=`, starting with `<`
 * @returns the fields, or a message saying what is wrong
 * @example
 * ```ts
 * parseStructured('<ID=DP,Number=1,Type=Integer,Description="Depth">') // { fields: [...] }
 * ```
 */
export function parseStructured(text: string): { fields: MetaField[] } | { error: string } {
  const fields: MetaField[] = []
  let i = 1
  if (text === '<>') return { error: 'the structured value "<>" is empty' }
  for (;;) {
    const eq = text.indexOf('=', i)
    const stop = firstOf(text, i, ',>')
    if (eq === -1 || (stop !== -1 && stop < eq)) {
      const bare = text.slice(i, stop === -1 ? undefined : stop)
      return { error: `the entry ${JSON.stringify(bare)} is not a key=value pair` }
    }
    const key = text.slice(i, eq)
    let j = eq + 1
    let value: string
    let quoted = false
    if (text[j] === '"') {
      quoted = true
      let out = ''
      j++
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length) j++
        out += text[j]
      }
      if (j >= text.length) return { error: `the quoted value of ${key} is not closed by a "` }
      j++
      value = out
      if (j >= text.length) return { error: 'the structured value is not closed by >' }
      if (text[j] !== ',' && text[j] !== '>') {
        return { error: `the value of ${key} has a " inside its quotes that is not escaped as \\"` }
      }
    } else if (text[j] === '[') {
      const close = text.indexOf(']', j)
      if (close === -1) return { error: `the list value of ${key} is not closed by ]` }
      value = text.slice(j, close + 1)
      j = close + 1
    } else {
      const end = firstOf(text, j, ',>')
      if (end === -1) return { error: 'the structured value is not closed by >' }
      value = text.slice(j, end)
      j = end
    }
    fields.push({ key, value, quoted })
    if (text[j] === '>') {
      if (j !== text.length - 1) {
        return { error: `text follows the closing > (${JSON.stringify(text.slice(j + 1))})` }
      }
      return { fields }
    }
    if (text[j] !== ',') return { error: 'the structured value is not closed by >' }
    i = j + 1
  }
}

function firstOf(text: string, from: number, chars: string): number {
  for (let k = from; k < text.length; k++) if (chars.includes(text[k]!)) return k
  return -1
}

/**
 * Whether a value of a declared Type is well-formed (`.` is checked by the caller).
 *
 * @param type - Integer, Float, Flag, Character or String
 * @param value - one value of a list
 * @param version - `4.0` … `4.5` (v4.3+ reserves the lowest Integers)
 * @returns a message when malformed, else undefined
 * @example
 * ```ts
 * typeProblem('Integer', '1.5', '4.3') // 'is not an Integer'
 * ```
 */
export function typeProblem(type: string, value: string, version: string): string | undefined {
  switch (type) {
    case 'Integer': {
      if (!INTEGER.test(value)) return 'is not an Integer'
      if (Number(version) >= 4.3) {
        const n = Number(value)
        if (n > INT_MAX || n < INT_MIN) {
          return `is outside the Integer range ${INT_MIN}…${INT_MAX} (32-bit; the lowest 8 values are reserved)`
        }
      }
      return undefined
    }
    case 'Float':
      return FLOAT.test(value) ? undefined : 'is not a Float'
    case 'Character':
      return [...value].length === 1 ? undefined : 'is not a single Character'
    default:
      return undefined
  }
}
