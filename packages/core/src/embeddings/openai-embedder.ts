/**
 * An embedding provider for any OpenAI-compatible `/embeddings` HTTP endpoint (OpenAI, Azure-style gateways,
 * vLLM, Ollama, LM Studio, text-embeddings-inference …).
 *
 * @module
 */
import { EmbeddingError, UsageError } from '../errors/errors.js'
import { describeVariant } from './describe-variant.js'
import type { EmbeddingProvider, VariantFeatures } from './provider.js'

/**
 * Options of {@link createOpenAIEmbedder}.
 *
 * @example
 * ```ts
 * const options: CreateOpenAIEmbedderOptions = { url: 'https://api.openai.com/v1', model: 'text-embedding-3-small', dim: 1024 }
 * ```
 */
export interface CreateOpenAIEmbedderOptions {
  /** Base URL of the API including its version path, e.g. `https://api.openai.com/v1`; `/embeddings` is appended. */
  url: string
  /** Model name sent as `model`, e.g. `text-embedding-3-small`. */
  model: string
  /**
   * Name of the environment variable holding the API key, read on every request and sent as
   * `Authorization: Bearer <key>`. When the variable is unset or empty no `Authorization` header is sent (local
   * servers often need none). The default is `VCF_AGENT_EMBEDDING_API_KEY`.
   */
  apiKeyEnv?: string
  /** Vector length. Every returned vector must have exactly this length. */
  dim: number
  /**
   * Send `dimensions: dim` in the request (models such as `text-embedding-3-*` shorten their output to it). The
   * default is true; set false for servers that reject the field.
   */
  sendDimensions?: boolean
  /** Variants per request, 1 to 2048. The default is 256. */
  batchSize?: number
  /** Time limit per request in ms, including reading the response. The default is 30000. */
  timeoutMs?: number
  /** Turns a variant into the input text. The default is {@link describeVariant}. */
  text?: (v: VariantFeatures) => string
}

/** Longest piece of a response body quoted in an error message. */
const BODY_PREVIEW = 300

/** OpenAI's limit on inputs per embeddings request. */
const MAX_BATCH = 2048

function usage(message: string, details: Record<string, unknown>): UsageError {
  return new UsageError('USAGE_INVALID_ARGUMENT', message, { details })
}

function isPositiveInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1
}

/**
 * Creates an {@link EmbeddingProvider} that embeds variants with an OpenAI-compatible HTTP API.
 *
 * Each variant is described as text (by default with {@link describeVariant}, e.g.
 * `chr17:43045712 T>C SNV gene BRCA1 clinical significance Pathogenic`). Batches of `batchSize` texts are sent in
 * order as `POST {url}/embeddings` with the JSON body `{ model, input, dimensions }`. Each returned vector is
 * checked (count, `index`, length `dim`, finite numbers, not all zero) and scaled to unit L2 length.
 *
 * Any failure throws; there are no retries and never a random or zero vector in place of a real one. Error
 * messages and details name the endpoint and the model but never contain the API key.
 *
 * @param options - endpoint, model, key variable, dimension, batching and time limit
 * @returns the provider, named `openai:<model>`
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when an option is invalid (URL not http(s), empty model, `dim`,
 *   `batchSize` or `timeoutMs` not a positive integer)
 * @example
 * ```ts
 * // export VCF_AGENT_EMBEDDING_API_KEY=sk-…
 * const provider = createOpenAIEmbedder({ url: 'https://api.openai.com/v1', model: 'text-embedding-3-small', dim: 1024 })
 * const [v] = await provider.embed([{ chrom: '17', pos: 43045712, ref: 'T', alt: 'C', gene: 'BRCA1' }])
 * ```
 * @example
 * ```ts
 * // A local server that takes no key and does not support `dimensions`.
 * const local = createOpenAIEmbedder({ url: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text', dim: 768, sendDimensions: false })
 * ```
 */
export function createOpenAIEmbedder(options: CreateOpenAIEmbedderOptions): EmbeddingProvider {
  const {
    url,
    model,
    apiKeyEnv = 'VCF_AGENT_EMBEDDING_API_KEY',
    dim,
    sendDimensions = true,
    batchSize = 256,
    timeoutMs = 30_000,
    text = describeVariant,
  } = options
  let base: URL
  try {
    base = new URL(url)
  } catch (e) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Embedding url ${JSON.stringify(url)} is not a URL; use e.g. https://api.openai.com/v1.`,
      { cause: e, details: { url } },
    )
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw usage(`Embedding url must use http or https; got ${base.protocol}.`, { url })
  }
  if (typeof model !== 'string' || model.trim() === '') {
    throw usage('Embedding model must be a non-empty string.', { model })
  }
  if (!isPositiveInteger(dim))
    throw usage(`Embedding dim must be a positive integer; got ${String(dim)}.`, { dim })
  if (!isPositiveInteger(batchSize) || batchSize > MAX_BATCH) {
    throw usage(
      `Embedding batchSize must be an integer from 1 to ${MAX_BATCH}; got ${String(batchSize)}.`,
      {
        batchSize,
      },
    )
  }
  if (!isPositiveInteger(timeoutMs)) {
    throw usage(`Embedding timeoutMs must be a positive integer; got ${String(timeoutMs)}.`, {
      timeoutMs,
    })
  }
  const endpoint = `${url.replace(/\/+$/, '')}/embeddings`

  function fail(
    what: string,
    key: string,
    details: Record<string, unknown>,
    cause?: unknown,
  ): EmbeddingError {
    const message = `Embedding request to ${endpoint} (model ${model}) failed: ${what}`
    const safe = key.length >= 4 ? message.split(key).join('[redacted]') : message
    return new EmbeddingError('EMBED_PROVIDER_FAILED', safe, {
      ...(cause === undefined ? {} : { cause }),
      details: { url: endpoint, model, ...details },
    })
  }

  async function request(input: string[], first: number): Promise<Float32Array[]> {
    const key = process.env[apiKeyEnv] ?? ''
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    }
    if (key !== '') headers.authorization = `Bearer ${key}`
    const body = JSON.stringify(
      sendDimensions ? { model, input, dimensions: dim } : { model, input },
    )
    const at = { batchStart: first, batchSize: input.length }
    let res: Response
    let raw: string
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
      })
      raw = await res.text()
    } catch (e) {
      const err = e as {
        name?: string
        message?: string
        cause?: { code?: string; message?: string }
      }
      const why = err.cause?.code ?? err.cause?.message
      const reason =
        err.name === 'TimeoutError' || err.name === 'AbortError'
          ? `no complete response within ${timeoutMs} ms (timeoutMs)`
          : `${err.message ?? String(e)}${why ? ` (${why})` : ''}`
      throw fail(`${reason}. Check that the server is running and the url is right.`, key, at, e)
    }
    if (!res.ok) {
      const preview = raw.length > BODY_PREVIEW ? `${raw.slice(0, BODY_PREVIEW)}…` : raw
      const hint =
        res.status === 401 || res.status === 403
          ? ` Set the API key in the environment variable ${apiKeyEnv}${key === '' ? ' (it is not set)' : ''}.`
          : ''
      throw fail(`HTTP ${res.status} ${res.statusText}: ${preview}.${hint}`, key, {
        ...at,
        status: res.status,
      })
    }
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (e) {
      throw fail(`the response is not JSON (${raw.slice(0, 80)}…).`, key, at, e)
    }
    const data = (json as { data?: unknown } | null)?.data
    if (!Array.isArray(data)) throw fail('the response has no `data` array.', key, at)
    if (data.length !== input.length) {
      throw fail(`sent ${input.length} inputs but got ${data.length} embeddings.`, key, {
        ...at,
        received: data.length,
      })
    }
    const out: (Float32Array | undefined)[] = new Array<Float32Array | undefined>(input.length)
    for (let j = 0; j < data.length; j++) {
      const item = data[j] as { index?: unknown; embedding?: unknown } | null
      const index = typeof item?.index === 'number' ? item.index : j
      const emb = item?.embedding
      const where = `embedding ${first + index}`
      if (
        !Number.isInteger(index) ||
        index < 0 ||
        index >= input.length ||
        out[index] !== undefined
      ) {
        throw fail(
          `item ${j} has a missing, duplicate or out-of-range index ${String(item?.index)}.`,
          key,
          at,
        )
      }
      if (!Array.isArray(emb)) {
        throw fail(
          `${where} is not an array of numbers (base64 encoding is not supported).`,
          key,
          at,
        )
      }
      if (emb.length !== dim) {
        const hint = 'Use a model with that output size or set dim to match.'
        throw fail(`${where} has length ${emb.length}, expected dim ${dim}. ${hint}`, key, {
          ...at,
          expected: dim,
          received: emb.length,
        })
      }
      let sq = 0
      for (const x of emb) {
        if (typeof x !== 'number' || !Number.isFinite(x)) {
          throw fail(`${where} contains a non-finite value (${String(x)}).`, key, at)
        }
        sq += x * x
      }
      if (sq === 0) throw fail(`${where} is all zeros.`, key, at)
      const inv = 1 / Math.sqrt(sq)
      const v = new Float32Array(dim)
      for (let i = 0; i < dim; i++) v[i] = (emb[i] as number) * inv
      out[index] = v
    }
    return out as Float32Array[]
  }

  return {
    name: `openai:${model}`,
    dim,
    async embed(variants: readonly VariantFeatures[]): Promise<Float32Array[]> {
      const texts: string[] = []
      for (let i = 0; i < variants.length; i++) {
        let t: string
        try {
          t = text(variants[i] as VariantFeatures)
        } catch (e) {
          throw new EmbeddingError(
            'EMBED_BAD_VARIANT',
            `Variant ${i} could not be described as text: ${String(e)}`,
            {
              cause: e,
              details: { index: i },
            },
          )
        }
        if (typeof t !== 'string' || t.trim() === '') {
          throw new EmbeddingError(
            'EMBED_BAD_VARIANT',
            `Variant ${i} was described as empty text; the text function must return a non-empty string.`,
            { details: { index: i } },
          )
        }
        texts.push(t)
      }
      const vectors: Float32Array[] = []
      for (let first = 0; first < texts.length; first += batchSize) {
        vectors.push(...(await request(texts.slice(first, first + batchSize), first)))
      }
      return vectors
    },
  }
}
