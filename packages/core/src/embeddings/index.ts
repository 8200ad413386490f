/**
 * Variant embeddings: the {@link EmbeddingProvider} contract, the built-in deterministic feature embedder, an
 * OpenAI-compatible HTTP provider, and parsers for variant strings and ids.
 *
 * @example
 * ```ts
 * import { createFeatureEmbedder, parseVariantSpec } from './embeddings/index.js'
 * const embedder = createFeatureEmbedder(1024)
 * const query = embedder.embedOne(parseVariantSpec('17:43045712:T:C'))
 * ```
 * @module
 */
export type { EmbeddingProvider, VariantFeatures } from './provider.js'
export { createFeatureEmbedder } from './feature-embedder.js'
export type { FeatureEmbedder } from './feature-embedder.js'
export { createOpenAIEmbedder } from './openai-embedder.js'
export type { CreateOpenAIEmbedderOptions } from './openai-embedder.js'
export { describeVariant } from './describe-variant.js'
export { parseVariantSpec, parseVariantId } from './variant-spec.js'
export type { VariantSpec } from './variant-spec.js'
export { normalizeChrom, geneSymbols, clinicalSignificanceTerms } from './normalize.js'
export { chooseEmbedder } from './choose.js'
export type { EmbedderChoice } from './choose.js'
