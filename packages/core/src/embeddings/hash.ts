/**
 * Deterministic 32-bit hashing for the feature embedder: FNV-1a over UTF-8 bytes, fed incrementally so that
 * features are hashed without building key strings, plus the murmur3 finaliser to spread the bits.
 *
 * Nothing here depends on the process, the machine or a random seed.
 *
 * @internal
 * @module
 */

/**
 * The FNV-1a 32-bit offset basis (2166136261).
 *
 * @internal
 */
export const FNV_OFFSET = 0x811c9dc5

const FNV_PRIME = 0x01000193

/**
 * Feeds one byte into an FNV-1a state.
 *
 * @internal
 * @param h - current state (unsigned 32-bit)
 * @param b - a byte, 0..255
 * @returns the new state
 * @example
 * ```ts
 * fnvByte(FNV_OFFSET, 0x61) // 0xe40c292c, FNV-1a of 'a'
 * ```
 */
export function fnvByte(h: number, b: number): number {
  return Math.imul(h ^ b, FNV_PRIME) >>> 0
}

/**
 * Feeds the UTF-8 encoding of `s.slice(start, end)` into an FNV-1a state, without allocating. Lone surrogates are
 * encoded as U+FFFD, exactly as `TextEncoder` does.
 *
 * @internal
 * @param h - current state
 * @param s - the string
 * @param start - first UTF-16 index (default 0)
 * @param end - end UTF-16 index, exclusive (default `s.length`)
 * @param upper - map ASCII `a`-`z` to `A`-`Z` first (default false)
 * @returns the new state
 * @example
 * ```ts
 * fnvString(FNV_OFFSET, 'foobar') // 0xbf9cf968
 * ```
 */
export function fnvString(h: number, s: string, start = 0, end = s.length, upper = false): number {
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i)
    if (c < 0x80) {
      if (upper && c >= 97 && c <= 122) c -= 32
      h = Math.imul(h ^ c, FNV_PRIME)
      continue
    }
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), FNV_PRIME)
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME)
      continue
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < end ? s.charCodeAt(i + 1) : 0
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        h = Math.imul(h ^ (0xf0 | (cp >> 18)), FNV_PRIME)
        h = Math.imul(h ^ (0x80 | ((cp >> 12) & 0x3f)), FNV_PRIME)
        h = Math.imul(h ^ (0x80 | ((cp >> 6) & 0x3f)), FNV_PRIME)
        h = Math.imul(h ^ (0x80 | (cp & 0x3f)), FNV_PRIME)
        i++
        continue
      }
      c = 0xfffd
    }
    h = Math.imul(h ^ (0xe0 | (c >> 12)), FNV_PRIME)
    h = Math.imul(h ^ (0x80 | ((c >> 6) & 0x3f)), FNV_PRIME)
    h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME)
  }
  return h >>> 0
}

/**
 * Feeds an integer (any safe integer, negative allowed) into an FNV-1a state as 8 little-endian bytes of its
 * two's-complement 64-bit form.
 *
 * @internal
 * @param h - current state
 * @param n - a safe integer
 * @returns the new state
 * @example
 * ```ts
 * fnvInt(FNV_OFFSET, 949)
 * ```
 */
export function fnvInt(h: number, n: number): number {
  const hi = Math.floor(n / 4294967296)
  const lo = n - hi * 4294967296
  h = Math.imul(h ^ (lo & 0xff), FNV_PRIME)
  h = Math.imul(h ^ ((lo >>> 8) & 0xff), FNV_PRIME)
  h = Math.imul(h ^ ((lo >>> 16) & 0xff), FNV_PRIME)
  h = Math.imul(h ^ (lo >>> 24), FNV_PRIME)
  h = Math.imul(h ^ (hi & 0xff), FNV_PRIME)
  h = Math.imul(h ^ ((hi >>> 8) & 0xff), FNV_PRIME)
  h = Math.imul(h ^ ((hi >>> 16) & 0xff), FNV_PRIME)
  h = Math.imul(h ^ ((hi >>> 24) & 0xff), FNV_PRIME)
  return h >>> 0
}

/**
 * FNV-1a (32-bit) of a whole string's UTF-8 bytes.
 *
 * @internal
 * @param s - the string
 * @returns the hash, unsigned 32-bit
 * @example
 * ```ts
 * fnv1a32('a') // 0xe40c292c
 * ```
 */
export function fnv1a32(s: string): number {
  return fnvString(FNV_OFFSET, s)
}

/**
 * The murmur3 32-bit finaliser: a bijective mix so every output bit depends on every input bit.
 *
 * @internal
 * @param h - a 32-bit value
 * @returns the mixed value, unsigned 32-bit
 * @example
 * ```ts
 * fmix32(fnv1a32('chrom'))
 * ```
 */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
