/**
 * The embedding provider contract shared by the built-in feature embedder and HTTP providers.
 *
 * @module
 */

/**
 * Everything the embedders look at for one split variant (one ALT allele).
 *
 * Field names follow the Variant table's storage columns. `pos` is 1-based, inclusive (VCF POS, VCF v4.3 §1.6.1);
 * lengths are in bp.
 *
 * @example
 * ```ts
 * const v: VariantFeatures = {
 *   chrom: '17', pos: 43045712, ref: 'T', alt: 'C',
 *   gene: 'BRCA1', clinical_significance: 'Pathogenic', af: 0.00002,
 * }
 * ```
 */
export interface VariantFeatures {
  /** VCF CHROM, with or without a `chr` prefix. */
  chrom: string
  /** VCF POS: 1-based, inclusive. A positive integer. */
  pos: number
  /** VCF REF allele. */
  ref: string
  /** One VCF ALT allele (a base string, `<ID>` symbolic allele, breakend, `*` or `.`). */
  alt: string
  /** Variant class such as `SNV` or `deletion`. When absent it is derived with `classifyAllele(ref, alt)`. */
  variant_class?: string | null
  /** Gene symbol, or several separated by `|` or `,` (a `SYMBOL:ID` pair as in INFO/GENEINFO is accepted). */
  gene?: string | null
  /** Clinical significance, e.g. INFO/CLNSIG `Pathogenic/Likely_pathogenic`. */
  clinical_significance?: string | null
  /** This ALT's allele frequency, 0..1. */
  af?: number | null
  /** Reference span in bp (for symbolic alleles, `END - POS + 1`). The default is the REF length. */
  rlen?: number | null
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
