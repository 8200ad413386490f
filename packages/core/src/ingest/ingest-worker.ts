/**
 * Parse worker of `ingestVcf`: splits the records of the body chunks it is sent (whole lines, whole sites),
 * embeds them (built-in feature embedder) and converts them to column buffers, which it transfers back. The main
 * thread reads and decompresses the input, cuts it into chunks (`chunker.ts`), hands them to several such workers
 * and writes their batches in file order.
 *
 * Protocol: workerData = {@link WorkerInput}. In: `{ type: 'header', lines }` once, then `{ type: 'chunk', seq,
 * bytes, firstLine }`. Out, one per chunk: `{ type: 'result', seq, records, rows, warnings, batch? }` or
 * `{ type: 'error', seq, error }`.
 *
 * @module
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createFeatureEmbedder } from '../embeddings/feature-embedder.js'
import { VcfAgentError } from '../errors/errors.js'
import { transferables } from '../schema/column-buffers.js'
import { parseHeader } from '../vcf/header.js'
import { storedRecordSplitter } from '../vcf/reader.js'
import { latin1Warning } from '../vcf/source.js'
import { RecordBatcher } from './batch.js'
import { chunkLines } from './chunker.js'

/** @internal */
export interface WorkerInput {
  /** File name for messages and the `source_file` column. */
  file: string
  dim: number
  /** Records a chunk is cut to hold, about (the batch size). */
  batchSize: number
  /** Built-in feature design to embed with. */
  design: string
  ingestId: string
  clinicalSignificanceKey?: string
  /** False to only parse and check (validate-only). */
  embed: boolean
}

/** A warning as `[key, message]`, sent once per key by each worker. @internal */
export type WorkerWarning = [string, string]

/** A failure as it crosses the thread boundary. @internal */
export interface WorkerError {
  name: string
  code: string
  message: string
  details: Record<string, unknown>
}

const input = workerData as WorkerInput
const port = parentPort!
const embedder = input.embed ? createFeatureEmbedder(input.dim, input.design) : undefined
const seen = new Set<string>()
let warnings: WorkerWarning[] = []
let split: ReturnType<typeof storedRecordSplitter> | undefined

function toWorkerError(err: unknown): WorkerError {
  return err instanceof VcfAgentError
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
}

function onChunk(seq: number, bytes: Uint8Array, firstLine: number): void {
  // rows expected: a chunk is cut to about one batch of records
  const batcher = embedder
    ? new RecordBatcher(
        input.dim,
        input.batchSize,
        { file: input.file, ingestId: input.ingestId },
        (row, out, offset) => embedder.embedInto(row, out, offset),
      )
    : undefined
  let count = 0
  let rowCount = 0
  for (const [line, lineNo] of chunkLines({ bytes, firstLine }, (at) => {
    if (seen.has('latin1')) return
    seen.add('latin1')
    warnings.push(['latin1', latin1Warning(input.file, at)])
  })) {
    const recs = split!(line, lineNo)
    if (recs === undefined) continue
    count++
    rowCount += recs.length
    if (batcher) for (const r of recs) batcher.add(r)
  }
  const out = { type: 'result', seq, records: count, rows: rowCount, warnings }
  warnings = []
  if (!batcher || batcher.length === 0) return port.postMessage(out)
  const batch = batcher.finish()
  port.postMessage({ ...out, batch }, transferables(batch.buffers))
}

port.on(
  'message',
  (
    m:
      | { type: 'header'; lines: string[] }
      | { type: 'chunk'; seq: number; bytes: Uint8Array; firstLine: number },
  ) => {
    if (m.type === 'header') {
      try {
        split = storedRecordSplitter(parseHeader(m.lines, input.file), {
          file: input.file,
          ...(input.clinicalSignificanceKey
            ? { clinicalSignificanceKey: input.clinicalSignificanceKey }
            : {}),
          warn: (key, message) => {
            if (seen.has(key)) return
            seen.add(key)
            warnings.push([key, message])
          },
        })
      } catch (err) {
        port.postMessage({ type: 'error', seq: -1, error: toWorkerError(err) })
      }
      return
    }
    try {
      onChunk(m.seq, m.bytes, m.firstLine)
    } catch (err) {
      warnings = []
      port.postMessage({ type: 'error', seq: m.seq, error: toWorkerError(err) })
    }
  },
)
