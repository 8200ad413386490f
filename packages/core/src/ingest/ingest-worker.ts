/**
 * Worker thread of `ingestVcf`: reads, splits, embeds (built-in feature embedder) and converts batches to
 * column buffers, then transfers them to the main thread, which only writes. Two cores: this thread parses,
 * LanceDB's native threads write.
 *
 * Protocol: workerData = {@link WorkerInput}; the main thread posts `'credit'` after each batch is written; the
 * worker keeps at most `credits` batches outstanding. Messages out: `batch`, `warning`, `done`, `error`.
 *
 * @module
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createFeatureEmbedder } from '../embeddings/feature-embedder.js'
import { VcfAgentError } from '../errors/errors.js'
import { transferables } from '../schema/column-buffers.js'
import { type ReadRecord, readVcf } from '../vcf/reader.js'
import { prepareBatch, toRows } from './batch.js'

/** @internal */
export interface WorkerInput {
  path: string
  file: string
  dim: number
  batchSize: number
  ingestId: string
  clinicalSignificanceKey?: string
  credits: number
}

const input = workerData as WorkerInput
const port = parentPort!
let credits = input.credits
let wake: (() => void) | undefined
port.on('message', (m) => {
  if (m === 'credit') {
    credits++
    wake?.()
  }
})

async function run(): Promise<void> {
  const embedder = createFeatureEmbedder(input.dim)
  const reader = await readVcf(input.path, {
    ...(input.clinicalSignificanceKey
      ? { clinicalSignificanceKey: input.clinicalSignificanceKey }
      : {}),
    onWarning: (message) => port.postMessage({ type: 'warning', message }),
  })
  let rowsRead = 0
  let batch: ReadRecord[] = []
  const send = async (): Promise<void> => {
    if (batch.length === 0) return
    while (credits <= 0) await new Promise<void>((r) => (wake = r))
    credits--
    const flat = new Float32Array(batch.length * input.dim)
    const rows = toRows(batch, input.file, input.ingestId)
    for (let i = 0; i < rows.length; i++) embedder.embedInto(rows[i]!, flat, i * input.dim)
    const prepared = prepareBatch(rows, flat, input.dim)
    port.postMessage(
      {
        type: 'batch',
        batch: prepared,
        recordsRead: reader.recordsRead,
        bytesRead: reader.source.bytesRead(),
      },
      transferables(prepared.buffers),
    )
    batch = []
  }
  try {
    for await (const row of reader.rows()) {
      batch.push(row)
      rowsRead++
      if (batch.length >= input.batchSize) await send()
    }
    await send()
    port.postMessage({
      type: 'done',
      rowsRead,
      recordsRead: reader.recordsRead,
      compression: reader.source.compression,
      totalBytes: reader.source.totalBytes,
      fileformat: reader.header?.fileformat ?? '',
      samples: reader.header?.samples.length ?? 0,
      warnings: reader.warnings,
    })
  } finally {
    reader.close()
  }
}

run().catch((err: unknown) => {
  const e =
    err instanceof VcfAgentError
      ? {
          name: err.name,
          code: (err as VcfAgentError).code,
          message: err.message,
          details: err.details,
        }
      : {
          name: 'InternalError',
          code: 'INTERNAL',
          message: err instanceof Error ? (err.stack ?? err.message) : String(err),
          details: {},
        }
  port.postMessage({ type: 'error', error: e })
})
