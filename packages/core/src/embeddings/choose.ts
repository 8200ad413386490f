/**
 * Choosing the embedding provider from options (CLI flags, server flags) and `VCF_AGENT_*` environment
 * variables, the same way in every adapter. Flags win over the environment.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import { createFeatureEmbedder } from './feature-embedder.js'
import { builtinDesignFor } from './features-v2.js'
import { createOpenAIEmbedder } from './openai-embedder.js'
import type { EmbeddingProvider } from './provider.js'

/** The embedder options, by their CLI/config names. */
export interface EmbedderChoice {
  /** `builtin` (the default) or `openai`. Env `VCF_AGENT_EMBEDDER`. */
  embedder?: string | undefined
  /** OpenAI-compatible API base URL, e.g. `http://127.0.0.1:8000/v1`. Env `VCF_AGENT_EMBEDDING_URL`. */
  embedding_url?: string | undefined
  /** Model name. Env `VCF_AGENT_EMBEDDING_MODEL`. */
  embedding_model?: string | undefined
  /** Name of the environment variable that holds the API key. The default is `VCF_AGENT_EMBEDDING_API_KEY`. */
  embedding_api_key_env?: string | undefined
}

/**
 * The embedding provider a choice names, at `dim`.
 *
 * @param choice - flags (undefined values fall back to the environment)
 * @param dim - vector length (the table's dim)
 * @param env - the environment to read `VCF_AGENT_*` from (pass `process.env`)
 * @param tableEmbedder - the embedder name the table records; the built-in embedder keeps its design
 *   (`features-v1` tables keep `features-v1`; otherwise `features-v2`)
 * @returns the provider
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an unknown embedder, or `openai` without URL and model
 * @example
 * ```ts
 * const embedder = chooseEmbedder({ embedder: 'builtin' }, 1024, process.env)
 * ```
 */
export function chooseEmbedder(
  choice: EmbedderChoice,
  dim: number,
  env: Record<string, string | undefined> = {},
  tableEmbedder?: string,
): EmbeddingProvider {
  const kind = choice.embedder ?? env.VCF_AGENT_EMBEDDER ?? 'builtin'
  if (kind === 'builtin') return createFeatureEmbedder(dim, builtinDesignFor(tableEmbedder))
  if (kind !== 'openai')
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `embedder must be builtin or openai (got ${JSON.stringify(kind)}).`,
    )
  const url = choice.embedding_url ?? env.VCF_AGENT_EMBEDDING_URL
  const model = choice.embedding_model ?? env.VCF_AGENT_EMBEDDING_MODEL
  if (!url || !model) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'embedder openai needs embedding_url and embedding_model (or VCF_AGENT_EMBEDDING_URL / VCF_AGENT_EMBEDDING_MODEL).',
    )
  }
  return createOpenAIEmbedder({
    url,
    model,
    dim,
    apiKeyEnv: choice.embedding_api_key_env ?? 'VCF_AGENT_EMBEDDING_API_KEY',
  })
}
