/**
 * A deterministic vector of length `dim` seeded by `seed` (`sin(seed * 12.9898 + i * 78.233)`),
 * as a `Float32Array` for the core store API.
 *
 * @param dim - vector length.
 * @param seed - any number; the same seed gives the same vector.
 * @returns a new `Float32Array` of length `dim` with values in [-1, 1].
 * @example
 * ```ts
 * const hits = await store.search(vec(8, 3), { k: 5 })
 * ```
 */
export function vec(dim: number, seed: number): Float32Array {
  const v = new Float32Array(dim)
  for (let i = 0; i < dim; i++) v[i] = Math.sin(seed * 12.9898 + i * 78.233)
  return v
}

/**
 * The same sequence as {@link vec}, rounded to 6 decimals and returned as a plain `number[]`, so
 * it survives a JSON round trip unchanged (for HTTP request bodies).
 *
 * @param dim - vector length.
 * @param seed - any number; the same seed gives the same vector.
 * @returns a new array of length `dim`.
 * @example
 * ```ts
 * const body = { vector: jsonVec(8, 1), k: 3 }
 * ```
 */
export function jsonVec(dim: number, seed: number): number[] {
  return Array.from(
    { length: dim },
    (_, i) => Math.round(Math.sin(seed * 12.9898 + i * 78.233) * 1e6) / 1e6,
  )
}

/** The storage row that {@link row} and {@link jsonRow} build: required columns plus extras. */
export interface TestRow<V> {
  variant_id: string
  embedding: V
  chrom: string
  pos: number
  ref: string
  alt: string
  [column: string]: unknown
}

/**
 * A valid storage row number `i`: `variant_id` `1-<1000+i>-A-G`, chrom `1`, pos `1000 + i`,
 * `A>G`, embedding `vec(dim, i)`.
 *
 * @param i - row number; also the vector seed.
 * @param dim - embedding length (the table's `dim`).
 * @param extra - columns to add or override.
 * @returns a new row object.
 * @example
 * ```ts
 * await store.add([row(0, 8), row(1, 8, { gene: 'BRCA1' })])
 * ```
 */
export function row(
  i: number,
  dim: number,
  extra: Record<string, unknown> = {},
): TestRow<Float32Array> {
  return {
    variant_id: `1-${1000 + i}-A-G`,
    embedding: vec(dim, i),
    chrom: '1',
    pos: 1000 + i,
    ref: 'A',
    alt: 'G',
    ...extra,
  }
}

/**
 * The JSON form of {@link row}: the same columns with the embedding from {@link jsonVec}.
 *
 * @param i - row number; also the vector seed.
 * @param dim - embedding length (the table's `dim`).
 * @param extra - columns to add or override.
 * @returns a new row object that `JSON.stringify` keeps intact.
 * @example
 * ```ts
 * const body = JSON.stringify({ rows: [jsonRow(0, 8)] })
 * ```
 */
export function jsonRow(
  i: number,
  dim: number,
  extra: Record<string, unknown> = {},
): TestRow<number[]> {
  return {
    variant_id: `1-${1000 + i}-A-G`,
    embedding: jsonVec(dim, i),
    chrom: '1',
    pos: 1000 + i,
    ref: 'A',
    alt: 'G',
    ...extra,
  }
}
