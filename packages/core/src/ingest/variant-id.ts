/**
 * Variant ids: `CHROM-POS-REF-ALT`, as the original tool built them, kept to at most 256 characters.
 *
 * @module
 */
import { createHash } from 'node:crypto'

/** Longest id produced by {@link makeVariantId}, in characters. */
export const MAX_VARIANT_ID_LENGTH = 256

/**
 * A stable short stand-in for a long allele: `<length>bp_sha256_<first 16 hex digits>`.
 *
 * @param allele - any allele text
 * @returns the digest form
 * @example
 * ```ts
 * alleleDigest('ACGT'.repeat(100)) // '400bp_sha256_…'
 * ```
 */
export function alleleDigest(allele: string): string {
  return `${allele.length}bp_sha256_${createHash('sha256').update(allele).digest('hex').slice(0, 16)}`
}

/**
 * Builds `CHROM-POS-REF-ALT`. When that is longer than 256 characters, every allele longer than 32 characters is
 * replaced by {@link alleleDigest} (the row still stores the full alleles). `occurrence` > 1 (the same
 * CHROM-POS-REF-ALT seen again in one file, e.g. two `<DEL>` records with different END) appends `~occurrence`.
 *
 * @param chrom - VCF CHROM
 * @param pos - VCF POS, 1-based
 * @param ref - REF allele
 * @param alt - one ALT allele
 * @param occurrence - 1 for the first occurrence in the file
 * @returns the id, at most 256 characters
 * @example
 * ```ts
 * makeVariantId('17', 43045712, 'T', 'C') // '17-43045712-T-C'
 * ```
 */
export function makeVariantId(
  chrom: string,
  pos: number,
  ref: string,
  alt: string,
  occurrence = 1,
): string {
  const suffix = occurrence > 1 ? `~${occurrence}` : ''
  let id = `${chrom}-${pos}-${ref}-${alt}`
  if (id.length + suffix.length > MAX_VARIANT_ID_LENGTH) {
    const short = (a: string): string => (a.length > 32 ? alleleDigest(a) : a)
    id = `${chrom}-${pos}-${short(ref)}-${short(alt)}`
    if (id.length + suffix.length > MAX_VARIANT_ID_LENGTH)
      id = `h_sha256_${createHash('sha256').update(id).digest('hex')}`
  }
  return id + suffix
}
