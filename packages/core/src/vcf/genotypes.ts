/**
 * Genotype (GT) handling for split rows, as `bcftools norm -m -any` recodes them: in the row of ALT k, allele k
 * becomes 1 and every other allele (REF or another ALT) becomes 0; missing alleles stay missing.
 *
 * @module
 */

/** Missing allele (`.`) in {@link parseGt} output. */
export const MISSING = -1

/**
 * Reads a GT value (VCF v4.3 §1.6.2) strictly: alleles are numbers or `.`, separated by `/` (unphased) or `|`
 * (phased); VCF v4.4 also allows a leading phasing character (`/0|1`, `|0/1`). With `legacySeparator` (files
 * older than VCF 4.0, VCF 3.3 §3) `\` is an unphased separator too. Anything else — another separator, an empty
 * allele (`0/`), a sign — is not a genotype.
 *
 * @param gt - the GT text, e.g. `0/1`, `1|2`, `./.`, `1`, `/0|1`
 * @param legacySeparator - accept `\` as a separator (VCF 3.3)
 * @returns allele indexes ({@link MISSING} for `.`), an empty array for an empty GT, or undefined when the text is
 *   not a genotype
 * @example
 * ```ts
 * gtAlleles('0|2') // [0, 2]
 * gtAlleles('0\\1') // undefined (a VCF 3.3 separator)
 * ```
 */
export function gtAlleles(gt: string, legacySeparator = false): number[] | undefined {
  const out: number[] = []
  let i = 0
  const n = gt.length
  if (n === 0) return out
  // VCF 4.4: a leading phasing character
  if ((gt.charCodeAt(0) === 47 || gt.charCodeAt(0) === 124) && n > 1) i = 1
  for (;;) {
    const c = gt.charCodeAt(i)
    if (c === 46) {
      out.push(MISSING)
      i++
    } else if (c >= 48 && c <= 57) {
      let a = 0
      while (i < n && gt.charCodeAt(i) >= 48 && gt.charCodeAt(i) <= 57)
        a = a * 10 + (gt.charCodeAt(i++) - 48)
      out.push(a)
    } else return undefined
    if (i === n) return out
    const sep = gt.charCodeAt(i)
    if (sep !== 47 && sep !== 124 && !(legacySeparator && sep === 92)) return undefined
    if (++i === n) return undefined
  }
}

/**
 * Parses a GT value into allele indexes, `-1` for `.` — leniently: text that is not a genotype (see
 * {@link gtAlleles}) gives the alleles read up to the first character that does not belong. Ingest uses
 * {@link gtAlleles} and refuses such a record instead.
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
  const strict = gtAlleles(gt, true)
  if (strict) return strict
  const out: number[] = []
  for (const part of gt.split(/[/|\\]/)) {
    if (part === '.') out.push(MISSING)
    else if (/^\d+$/.test(part)) out.push(Number(part))
    else break
  }
  return out
}

/**
 * Which samples carry ALT `k` (1-based) after splitting, as bcftools reads the split GT: `het` when the allele is
 * some but not all of the alleles (`0/1`, `1/2`), `homAlt` when it is every one (`1/1`, haploid `1`). A call with
 * a missing allele (`./1`, `1/.`) is neither: bcftools counts it as missing (`GT="mis"`), not as `GT="alt"`,
 * `"het"` or `"AA"`.
 *
 * @param gts - per-sample allele indexes from {@link gtAlleles}, in sample order
 * @param samples - sample names, same order
 * @param k - 1-based ALT index
 * @returns the two sample lists, in sample order
 * @example
 * ```ts
 * carriers([[0, 1], [1, 1], [2, 1], [-1, 1]], ['A', 'B', 'C', 'D'], 2) // { het: ['C'], homAlt: [] }
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
    let hits = 0
    let missing = false
    for (const a of alleles) {
      if (a === MISSING) missing = true
      else if (a === k) hits++
    }
    if (hits === 0 || missing) continue
    if (hits === alleles.length) homAlt.push(samples[s]!)
    else het.push(samples[s]!)
  }
  return { het, homAlt }
}

/** One FORMAT value (the text between `:`) of a split row: Number=A/R/G values sliced to ALT `k`, as bcftools norm. */
function sliceFormatValue(
  value: string,
  number: string | undefined,
  k: number,
  nAlt: number,
): string {
  if (value === '.' || (number !== 'A' && number !== 'R' && number !== 'G')) return value
  const parts = value.split(',')
  if (number === 'A') return parts.length === nAlt ? parts[k - 1]! : value
  if (parts.length === nAlt + 1) return `${parts[0]},${parts[k]}`
  if (number === 'G' && parts.length === ((nAlt + 1) * (nAlt + 2)) / 2) {
    const b = (k * (k + 1)) / 2
    return `${parts[0]},${parts[b]},${parts[b + k]}`
  }
  return value
}

/** A GT of the row of ALT `k`: allele k becomes 1, every other called allele 0; `.` and the separators stay. */
function recodeGt(gt: string, k: number): string {
  return gt.replace(/\d+/g, (a) => (Number(a) === k ? '1' : '0'))
}

/**
 * The sample columns of the split row of ALT `k` (1-based) of a record with `nAlt` ALTs, as `bcftools norm -m -any`
 * writes them: GT recoded (allele k → 1, any other allele → 0, missing and phasing kept), the values of FORMAT
 * fields declared Number=A, R or G sliced to this ALT (A: the k-th; R: REF's and the k-th; G: the genotypes 0/0,
 * 0/k, k/k, or 0 and k for a haploid call), every other value as written. A record with one ALT keeps its text.
 *
 * @param format - the FORMAT column, e.g. `GT:AD:PL`
 * @param samples - the sample columns, tab-separated, as in the line
 * @param numbers - declared FORMAT `Number` by ID
 * @param k - 1-based ALT index
 * @param nAlt - number of ALTs in the record
 * @returns the sample columns of the split row, tab-separated
 * @example
 * ```ts
 * splitSampleColumns('GT:AD', '1/2:3,4,5', { GT: '1', AD: 'R' }, 2, 2) // '0/1:3,5'
 * ```
 */
export function splitSampleColumns(
  format: string,
  samples: string,
  numbers: Readonly<Record<string, string>>,
  k: number,
  nAlt: number,
): string {
  if (nAlt <= 1) return samples
  const keys = format.split(':')
  const kinds = keys.map((key) => (key === 'GT' ? 'GT' : numbers[key]))
  if (kinds.every((n) => n !== 'GT' && n !== 'A' && n !== 'R' && n !== 'G')) return samples
  return samples
    .split('\t')
    .map((sample) =>
      sample
        .split(':')
        .map((v, i) =>
          kinds[i] === 'GT' ? recodeGt(v, k) : sliceFormatValue(v, kinds[i], k, nAlt),
        )
        .join(':'),
    )
    .join('\t')
}
