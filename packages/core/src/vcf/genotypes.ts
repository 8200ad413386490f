/**
 * Genotype (GT) handling for split rows, as `bcftools norm -m -any` recodes them: in the row of ALT k, allele k
 * becomes 1 and every other allele (REF or another ALT) becomes 0; missing alleles stay missing.
 *
 * @module
 */

/** Missing allele (`.`) in {@link parseGt} output. */
export const MISSING = -1

/**
 * Parses a GT value (VCF v4.3 §1.6.2; v4.4 allows a leading phasing character such as `/0|1` or `|0/1`) into
 * allele indexes, `-1` for `.`.
 *
 * @param gt - the GT text, e.g. `0/1`, `1|2`, `./.`, `1`, `/0|1`
 * @returns allele indexes, or an empty array for an empty GT
 * @example
 * ```ts
 * parseGt('0|2') // [0, 2]
 * parseGt('./1') // [-1, 1]
 * ```
 */
export function parseGt(gt: string): number[] {
  const out: number[] = []
  let cur = -2
  for (let i = 0; i <= gt.length; i++) {
    const c = i < gt.length ? gt.charCodeAt(i) : 47
    if (c === 47 || c === 124) {
      if (cur !== -2) out.push(cur)
      cur = -2
    } else if (c === 46) {
      cur = MISSING
    } else if (c >= 48 && c <= 57) {
      cur = (cur < 0 ? 0 : cur) * 10 + (c - 48)
    }
  }
  return out
}

/**
 * Which samples carry ALT `k` (1-based) after splitting: `het` when it is some but not all of the called
 * (non-missing) alleles, `homAlt` when it is every called allele (e.g. `1/1`, haploid `1`, `1/.`).
 *
 * @param gts - per-sample allele indexes from {@link parseGt}, in sample order
 * @param samples - sample names, same order
 * @param k - 1-based ALT index
 * @returns the two sample lists, in sample order
 * @example
 * ```ts
 * carriers([[0, 1], [1, 1], [2, 1]], ['A', 'B', 'C'], 2) // { het: ['C'], homAlt: [] }
 * ```
 */
export function carriers(
  gts: readonly number[][],
  samples: readonly string[],
  k: number,
): { het: string[]; homAlt: string[] } {
  const het: string[] = []
  const homAlt: string[] = []
  for (let s = 0; s < gts.length; s++) {
    const alleles = gts[s]!
    let called = 0
    let hits = 0
    for (const a of alleles) {
      if (a === MISSING) continue
      called++
      if (a === k) hits++
    }
    if (hits === 0) continue
    if (hits === called) homAlt.push(samples[s]!)
    else het.push(samples[s]!)
  }
  return { het, homAlt }
}
