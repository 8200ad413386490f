/**
 * A one-line English description of a variant, the input text for text-embedding models.
 *
 * @module
 */
import { classifyAllele } from '../schema/classify.js'
import type { VariantFeatures } from './provider.js'

/** Alleles longer than this are shortened in the text. */
const ALLELE_MAX = 50

function allele(a: string): string {
  if (a.length <= ALLELE_MAX) return a
  return `${a.slice(0, 20)}…${a.slice(-10)} (${a.length} bp)`
}

/**
 * Describes a variant as one line of text for text-embedding models, e.g.
 * `chr17:43045712 T>C SNV gene BRCA1 clinical significance Pathogenic allele frequency 0.00002`.
 *
 * CHROM is written as given; alleles longer than 50 bases are shortened to their first 20 and last 10 bases plus
 * their length, so a 2 MB allele stays a short text. `variant_class` falls back to `classifyAllele(ref, alt)`.
 * Fields that are absent are left out; `_` in the clinical significance becomes a space.
 *
 * @param v - the variant
 * @returns the description
 * @example
 * ```ts
 * describeVariant({ chrom: 'chr17', pos: 43045712, ref: 'T', alt: 'C', gene: 'BRCA1', clinical_significance: 'Pathogenic' })
 * // 'chr17:43045712 T>C SNV gene BRCA1 clinical significance Pathogenic'
 * ```
 */
export function describeVariant(v: VariantFeatures): string {
  const given = v.variant_class
  const cls = typeof given === 'string' && given !== '' ? given : classifyAllele(v.ref, v.alt)
  let text = `${v.chrom}:${v.pos} ${allele(v.ref)}>${allele(v.alt)} ${cls}`
  if (typeof v.rlen === 'number' && Number.isFinite(v.rlen) && v.rlen !== v.ref.length)
    text += ` length ${v.rlen} bp`
  if (typeof v.gene === 'string' && v.gene.trim() !== '') text += ` gene ${v.gene.trim()}`
  const sig = v.clinical_significance
  if (typeof sig === 'string' && sig.trim() !== '')
    text += ` clinical significance ${sig.replace(/_/g, ' ').trim()}`
  if (typeof v.af === 'number' && Number.isFinite(v.af)) text += ` allele frequency ${v.af}`
  return text
}
