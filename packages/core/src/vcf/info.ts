/**
 * The INFO column read lazily: its keys and raw values are located once, typed values are made only for the keys
 * asked for, and the stored JSON is written straight from the text (VCF v4.3 §1.6.1 INFO). The values are those of
 * `@gmod/vcf`'s `parseInfo` — a flag is `true`, else a list with `.` as `undefined`, Integer and Float as numbers,
 * `%`-encoded text decoded when the column holds a `%` — except where it reads INFO otherwise than htslib and the
 * spec: a repeated key keeps its first value, an empty value (`DP=`) is missing, not a flag, and an Integer/Float
 * item that is not a finite number (`inf`, `nan`) keeps its text instead of becoming NaN (JSON null). No object is
 * built per record on ingest's hot path.
 *
 * @module
 * @internal
 */

function decodeNoThrow(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Text that `JSON.stringify` writes as is between quotes: no `"`, `\`, control characters. */
// eslint-disable-next-line no-control-regex -- JSON.stringify escapes exactly these (U+0000–U+001F, ", \)
const PLAIN_TEXT = /^[^"\\\u0000-\u001f]*$/
/** Integers and short decimals that `String(Number(s))` writes back unchanged (≤ 15 significant digits). */
const CANONICAL_INT = /^(?:0|-?[1-9]\d{0,14})$/
const CANONICAL_DEC = /^-?(?:[1-9]\d{0,6}|0(?!\.0{6}))\.\d{0,7}[1-9]$/
/** Keys an object would not keep in text order (array indices) or as own properties. */
const ODD_KEY = /^(?:0|[1-9]\d*)$|^__proto__$/

/** Whether a comma-separated value list has a `.` (missing) item. */
const hasMissing = (raw: string): boolean =>
  raw === '.' || raw.startsWith('.,') || raw.endsWith(',.') || raw.includes(',.,')

/**
 * The key that followed each INFO key (`''`: the first key) in the columns located so far in this thread, as
 * internalized strings. A key equal to the one predicted is replaced by it, so that the lookups made with it
 * afterwards (the header's Type of the key, whether the header defines it, the annotation text's slots) find an
 * internalized string: looked up first, a fresh slice of the line is hashed and internalized, 100–200 ns a key. The
 * prediction holds for 95 % of ClinVar's keys and 98 % of hap.py's (the bench files); a miss costs one
 * internalization. Cleared when it reaches {@link NEXT_KEY_LIMIT} entries (a thread that reads many files).
 */
const NEXT_KEY = new Map<string, string>()
/** Entries {@link NEXT_KEY} holds at most. */
const NEXT_KEY_LIMIT = 4096

/** The internalized copy of `s` (a property key is one): not a slice, so it keeps no line alive. */
function internalized(s: string): string {
  if (NEXT_KEY.size >= NEXT_KEY_LIMIT) NEXT_KEY.clear()
  return Object.keys({ [s]: 0 })[0]!
}

/**
 * One record's INFO column, located but not parsed.
 * @internal
 */
export class InfoColumn {
  /** Keys in text order (repeats kept). */
  readonly keys: string[] = []
  /** Raw value text of each key, or undefined for a bare key (a flag). */
  readonly raws: (string | undefined)[] = []
  readonly #types: Record<string, string>
  readonly #decode: boolean
  #object: Record<string, unknown> | undefined

  /**
   * @param text - the INFO column (`.` for none)
   * @param types - the Type of each INFO key (`VcfHeader.infoTypes`)
   */
  constructor(
    readonly text: string,
    types: Record<string, string>,
  ) {
    this.#types = types
    this.#decode = text.includes('%')
    if (text === '.') return
    let start = 0
    let prev = ''
    for (;;) {
      let end = text.indexOf(';', start)
      if (end === -1) end = text.length
      const eq = text.indexOf('=', start)
      const bare = eq === -1 || eq > end
      let key = text.slice(start, bare ? end : eq)
      const guess = NEXT_KEY.get(prev)
      if (guess === key) key = guess
      else NEXT_KEY.set(prev, (key = internalized(key)))
      this.keys.push((prev = key))
      this.raws.push(bare ? undefined : text.slice(eq + 1, end))
      if (end === text.length) break
      start = end + 1
    }
  }

  /** Whether the key is present (as a flag or with a value). */
  has(key: string): boolean {
    return this.keys.includes(key)
  }

  /** The typed value of a key (the first one when the key repeats, as htslib reads it), or undefined. */
  get(key: string): unknown {
    const i = this.keys.indexOf(key)
    return i === -1 ? undefined : this.#typed(key, this.raws[i])
  }

  #typed(key: string, raw: string | undefined): unknown {
    const type = this.#types[key]
    if (type === 'Flag' || raw === undefined) return true
    // `DP=`: an empty value is a missing one (htslib writes it back as `DP=.`)
    if (raw === '') return [undefined]
    const numeric = type === 'Integer' || type === 'Float'
    return raw.split(',').map((v) => {
      if (v === '.') return undefined
      const w = this.#decode ? decodeNoThrow(v) : v
      if (!numeric) return w
      // inf, nan (VCF 4.3 §1.6.1) and anything else that is not a finite number keep their text
      const n = Number(w)
      return Number.isFinite(n) ? n : w
    })
  }

  /**
   * INFO as key → `true` (a flag) or a list of values (`undefined` for `.`; Integer/Float values that are not
   * finite numbers, such as `inf` and `nan`, as their text). A repeated key keeps its first value, as htslib does.
   */
  object(): Record<string, unknown> {
    if (this.#object) return this.#object
    const out: Record<string, unknown> = {}
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!
      if (!Object.hasOwn(out, key)) out[key] = this.#typed(key, this.raws[i])
    }
    return (this.#object = out)
  }

  /** `JSON.stringify(this.object())`, written from the text. */
  json(): string {
    const n = this.keys.length
    if (n === 0) return '{}'
    // repeated or index-like keys reorder an object: leave those to JSON.stringify
    for (let i = 0; i < n; i++) {
      const key = this.keys[i]!
      if (ODD_KEY.test(key) || this.keys.indexOf(key) !== i) return JSON.stringify(this.object())
    }
    const plain = !this.#decode && PLAIN_TEXT.test(this.text)
    let out = '{'
    for (let i = 0; i < n; i++) {
      const key = this.keys[i]!
      const raw = this.raws[i]
      out += `${i === 0 ? '' : ','}${plain ? `"${key}"` : JSON.stringify(key)}:`
      const type = this.#types[key]
      if (type === 'Flag' || raw === undefined) {
        out += 'true'
        continue
      }
      if (raw === '') {
        out += '[null]'
        continue
      }
      const numeric = type === 'Integer' || type === 'Float'
      if (plain && !numeric && !hasMissing(raw)) {
        // text items, none `.`, nothing to escape: the list is the text with its commas quoted
        out += `["${raw.includes(',') ? raw.replaceAll(',', '","') : raw}"]`
        continue
      }
      out += '['
      let start = 0
      for (let first = true; ; first = false) {
        let end = raw.indexOf(',', start)
        if (end === -1) end = raw.length
        const v = raw.slice(start, end)
        if (!first) out += ','
        if (v === '.') out += 'null'
        else {
          const w = this.#decode ? decodeNoThrow(v) : v
          if (numeric)
            out +=
              CANONICAL_INT.test(w) || CANONICAL_DEC.test(w)
                ? w
                : Number.isFinite(Number(w))
                  ? JSON.stringify(Number(w))
                  : JSON.stringify(w)
          else out += plain ? `"${w}"` : JSON.stringify(w)
        }
        if (end === raw.length) break
        start = end + 1
      }
      out += ']'
    }
    return `${out}}`
  }
}
