/**
 * A short list of filter texts that vcf-agent built itself, so the store can skip re-validating them.
 *
 * @deprecated Module-level state; the query layer replaces it and the integrator removes this file.
 * @internal
 * @module
 */

const MAX_TRUSTED = 256
const trusted = new Set<string>()

/**
 * Marks a filter built by vcf-agent itself from validated parts and safely quoted literals (e.g. by
 * `genomicFilter`), so the store does not parse it again (region lists can be long). Keeps the last 256.
 *
 * @deprecated Module-level state; the query layer replaces it.
 * @internal
 * @param filter - a filter built from validated parts with `sqlString` quoting
 * @returns the same filter, for chaining
 * @throws nothing: it never throws
 * @example
 * ```ts
 * const where = trustFilter(`${sqlIdent('chrom')} = ${sqlString('1')}`)
 * isTrustedFilter(where) // true
 * ```
 */
export function trustFilter(filter: string): string {
  if (trusted.size >= MAX_TRUSTED) trusted.delete(trusted.values().next().value as string)
  trusted.add(filter)
  return filter
}

/**
 * Was this exact filter text built by vcf-agent ({@link trustFilter})?
 *
 * @deprecated Module-level state; the query layer replaces it.
 * @internal
 * @param filter - a filter text
 * @returns whether {@link trustFilter} marked this exact text (and it is still among the last 256)
 * @throws nothing: it never throws
 * @example
 * ```ts
 * isTrustedFilter("chrom = '1' OR 1=1") // false
 * ```
 */
export function isTrustedFilter(filter: string): boolean {
  return trusted.has(filter)
}
