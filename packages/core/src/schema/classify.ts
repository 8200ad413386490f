import type { VariantClass } from './variant.js'

/**
 * Classifies one REF/ALT pair (one split row) by what the ALT does to the reference.
 *
 * - `reference_block`: ALT `.`, `<*>` or `<NON_REF>` (gVCF blocks and unobserved alleles; VCF v4.3 §5.5);
 * - `spanning_deletion`: ALT `*` (VCF v4.3 §1.6.1, ALT);
 * - `breakend`: ALT with `[`/`]` mate notation or a single breakend `.ACGT` / `ACGT.` (VCF v4.3 §5.4);
 * - `symbolic`: any other `<ID>` allele such as `<DEL>`, `<DUP:TANDEM>`, `<INS>`;
 * - otherwise REF and ALT are compared after removing their common suffix and then common prefix:
 *   equal lengths give `SNV` (one base differs) or `MNV`; one empty side gives `insertion` or `deletion`;
 *   anything else is a `complex_indel`.
 *
 * @param ref - REF allele
 * @param alt - one ALT allele
 * @returns the variant class
 * @example
 * ```ts
 * classifyAllele('C', 'T')      // 'SNV'
 * classifyAllele('CT', 'CTT')   // 'insertion'
 * classifyAllele('T', '<DEL>')  // 'symbolic'
 * ```
 */
export function classifyAllele(ref: string, alt: string): VariantClass {
  if (alt === '.' || alt === '<*>' || alt === '<NON_REF>' || alt === '<X>') return 'reference_block'
  if (alt === '*') return 'spanning_deletion'
  if (
    alt.includes('[') ||
    alt.includes(']') ||
    (alt.length > 1 && (alt.startsWith('.') || alt.endsWith('.')))
  ) {
    return 'breakend'
  }
  if (alt.startsWith('<')) return 'symbolic'
  let r = ref.toUpperCase()
  let a = alt.toUpperCase()
  while (r.length > 0 && a.length > 0 && r[r.length - 1] === a[a.length - 1]) {
    r = r.slice(0, -1)
    a = a.slice(0, -1)
  }
  let i = 0
  while (i < r.length && i < a.length && r[i] === a[i]) i++
  r = r.slice(i)
  a = a.slice(i)
  if (r.length === 0 && a.length === 0) return 'reference_block'
  if (r.length === a.length) return r.length === 1 ? 'SNV' : 'MNV'
  if (r.length === 0) return 'insertion'
  if (a.length === 0) return 'deletion'
  return 'complex_indel'
}
