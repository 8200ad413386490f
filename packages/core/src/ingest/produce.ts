/**
 * The producers of `ingestVcf`: read, split, embed and turn records into write batches, in this thread or in the
 * worker thread, handing each batch to the writer.
 *
 * @module
 * @internal
 */
import { Worker } from 'node:worker_threads'
import type { EmbeddingErrorCode, ErrorCode, VcfParseErrorCode } from '../errors/codes.js'
import {
  EmbeddingError,
  IngestError,
  InternalError,
  VcfAgentError,
  VcfParseError,
} from '../errors/errors.js'
import { createFeatureEmbedder } from '../embeddings/feature-embedder.js'
import { type ReadRecord, readVcf } from '../vcf/reader.js'
import type { Compression } from '../vcf/source.js'
import { type PreparedBatch, allFinite, prepareBatch, toRows } from './batch.js'
import type { IngestOptions } from './ingest.js'
import type { WorkerInput } from './ingest-worker.js'
import type { WorkerScript } from './worker-script.js'

/** Counters shared by the producer and the writer. @internal */
export type State = {
  recordsRead: number
  rowsRead: number
  bytesRead: number
  totalBytes: number
  inserted: number
  unchanged: number
  changed: number
}
/** Queues one batch for writing; `written` runs once it is stored. @internal */
export type Write = (batch: PreparedBatch, written: () => void) => Promise<void>
/** What a producer learnt about the file. @internal */
export type Meta = {
  compression: Compression
  fileformat: string
  samples: number
  usedWorker: boolean
}

/** Reads, splits and embeds in this thread. @internal */
export async function produceInThread(
  path: string,
  ctx: {
    file: string
    dim: number
    batchSize: number
    ingestId: string
    validateOnly: boolean
    options: IngestOptions
  },
  state: State,
  write: Write,
  progress: (done: boolean) => void,
): Promise<Meta> {
  const { options, dim } = ctx
  const reader = await readVcf(path, {
    ...(options.clinicalSignificanceKey
      ? { clinicalSignificanceKey: options.clinicalSignificanceKey }
      : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  })
  state.totalBytes = reader.source.totalBytes
  const embedder = options.embedder ?? createFeatureEmbedder(dim)
  let batch: ReadRecord[] = []
  const flush = async (): Promise<void> => {
    const rows = batch
    batch = []
    state.recordsRead = reader.recordsRead
    state.bytesRead = reader.source.bytesRead()
    if (rows.length === 0 || ctx.validateOnly) return progress(false)
    const stored = toRows(rows, ctx.file, ctx.ingestId)
    const vectors = await embedder.embed(stored)
    const flat = new Float32Array(rows.length * dim)
    if (vectors.length !== rows.length) {
      throw new EmbeddingError(
        'EMBED_PROVIDER_FAILED',
        `Embedding provider ${embedder.name} returned ${vectors.length} vectors for ${rows.length} variants.`,
      )
    }
    vectors.forEach((v, i) => {
      if (v.length !== dim) {
        throw new EmbeddingError(
          'EMBED_PROVIDER_FAILED',
          `Embedding provider ${embedder.name} returned a vector of length ${v.length}, expected ${dim}.`,
        )
      }
      flat.set(v, i * dim)
    })
    if (!allFinite(flat))
      throw new EmbeddingError(
        'EMBED_PROVIDER_FAILED',
        `Embedding provider ${embedder.name} returned non-finite values.`,
      )
    await write(prepareBatch(stored, flat, dim), () => undefined)
  }
  try {
    for await (const row of reader.rows()) {
      batch.push(row)
      state.rowsRead++
      if (batch.length >= ctx.batchSize) {
        checkAborted(options.signal)
        await flush()
      }
    }
    await flush()
  } finally {
    reader.close()
  }
  state.recordsRead = reader.recordsRead
  return {
    compression: reader.source.compression,
    fileformat: reader.header?.fileformat ?? '',
    samples: reader.header?.samples.length ?? 0,
    usedWorker: false,
  }
}

/** Reads, splits and embeds in a worker thread; this thread only writes. @internal */
export async function produceInWorker(
  script: WorkerScript,
  input: Omit<WorkerInput, 'credits'>,
  state: State,
  write: Write,
  onWarning: (message: string) => void,
  progress: (done: boolean) => void,
  signal?: AbortSignal,
): Promise<Meta> {
  const worker = new Worker(script.url, {
    workerData: { ...input, credits: 2 } satisfies WorkerInput,
    ...(script.execArgv ? { execArgv: script.execArgv } : {}),
  })
  const queue: unknown[] = []
  let wake: (() => void) | undefined
  const push = (m: unknown): void => {
    queue.push(m)
    wake?.()
  }
  worker.on('message', push)
  worker.on('error', (err) =>
    push({
      type: 'error',
      error: { name: 'InternalError', code: 'INTERNAL', message: err.message, details: {} },
    }),
  )
  worker.on('exit', (code) => push({ type: 'exit', code }))
  signal?.addEventListener('abort', () => push({ type: 'abort' }), { once: true })
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((r) => (wake = r))
      const m = queue.shift() as { type: string } & Record<string, unknown>
      if (m.type === 'batch') {
        state.recordsRead = m.recordsRead as number
        state.bytesRead = m.bytesRead as number
        const batch = m.batch as PreparedBatch
        state.rowsRead += batch.keys.length
        await write(batch, () => worker.postMessage('credit'))
      } else if (m.type === 'warning') {
        onWarning(m.message as string)
      } else if (m.type === 'error') {
        throw reviveError(
          m.error as {
            name: string
            code: string
            message: string
            details: Record<string, unknown>
          },
        )
      } else if (m.type === 'done') {
        state.recordsRead = m.recordsRead as number
        state.totalBytes = m.totalBytes as number
        state.bytesRead = m.totalBytes as number
        progress(false)
        return {
          compression: m.compression as Compression,
          fileformat: m.fileformat as string,
          samples: m.samples as number,
          usedWorker: true,
        }
      } else if (m.type === 'abort') {
        checkAborted(signal)
      } else if (m.type === 'exit') {
        throw new InternalError(
          'INTERNAL',
          `The ingest worker exited early (code ${String(m.code)}).`,
        )
      }
    }
  } finally {
    await worker.terminate()
  }
}

/**
 * Throws `INGEST_INTERRUPTED` once the signal has fired.
 * @internal
 */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new IngestError(
      'INGEST_INTERRUPTED',
      'The ingest was interrupted before its commit; nothing was written to the table. Run it again to ingest the file.',
    )
  }
}

function reviveError(e: {
  name: string
  code: string
  message: string
  details: Record<string, unknown>
}): VcfAgentError {
  const options = { details: e.details }
  if (e.code.startsWith('VCF_PARSE_'))
    return new VcfParseError(e.code as VcfParseErrorCode, e.message, options)
  if (e.code.startsWith('EMBED_'))
    return new EmbeddingError(e.code as EmbeddingErrorCode, e.message, options)
  if (e.code === 'INTERNAL') return new InternalError('INTERNAL', e.message, options)
  return new VcfAgentError(e.code as ErrorCode, e.message, options)
}
