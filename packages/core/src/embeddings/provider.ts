/**
 * The embedding provider contract shared by the built-in feature embedder and HTTP providers.
 *
 * @module
 */
import type { Variant } from '../schema/variant.js'

/**
 * Everything the embedders look at for one split variant (one ALT allele).
 *
 * A `Pick` of the Variant row type, so a storage row (e.g. what ingest builds) is itself an embedder input.
 * `pos` is 1-based, inclusive (VCF POS, VCF v4.3 §1.6.1); `rlen` is the reference span in bp; `gene` may hold
 * several symbols separated by `|` or `,`; a missing `variant_class` is derived with `classifyAllele(ref, alt)`.
 *
 * @example
 * ```ts
 * const v: VariantFeatures = {
 *   chrom: '17', pos: 43045712, ref: 'T', alt: 'C',
 *   gene: 'BRCA1', clinical_significance: 'Pathogenic', af: 0.00002,
 * }
 * ```
 */
export type VariantFeatures = Pick<Variant, 'chrom' | 'pos' | 'ref' | 'alt'> &
  Partial<Pick<Variant, 'gene' | 'clinical_significance' | 'af' | 'rlen'>> & {
    /** Variant class such as `SNV` or `deletion` (any text is accepted); `classifyAllele(ref, alt)` when absent. */
    variant_class?: Variant['variant_class'] | (string & {})
  }

/**
 * Turns variants into fixed-length vectors for the Variant table's `embedding` column.
 *
 * Implementations return exactly one `Float32Array` of length {@link EmbeddingProvider.dim} per input, in input
 * order, or throw. They never substitute random or zero vectors for a failure.
 *
 * @example
 * ```ts
 * const provider: EmbeddingProvider = createFeatureEmbedder(1024)
 * const [vector] = await provider.embed([{ chrom: '1', pos: 949523, ref: 'C', alt: 'T' }])
 * ```
 */
export interface EmbeddingProvider {
  /** A stable name for the provider and its model, e.g. `features-v1` or `openai:text-embedding-3-small`. */
  readonly name: string
  /** Length of every vector this provider returns. */
  readonly dim: number
  /**
   * Embeds a batch of variants.
   *
   * @param variants - split variants (one ALT each)
   * @returns one vector of length `dim` per variant, in input order
   * @throws {EmbeddingError} `EMBED_PROVIDER_FAILED` when the provider fails, `EMBED_BAD_VARIANT` for an unusable variant
   */
  embed(variants: readonly VariantFeatures[]): Promise<Float32Array[]>
}
