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
import type { WorkerError, WorkerInput, WorkerWarning } from './ingest-worker.js'
import { vcfChunks } from './chunker.js'
import { type VcfHeader, parseHeader } from '../vcf/header.js'
import { afterLastGood, checkEnding, truncatedLine } from '../vcf/input-ending.js'
import { type VcfInput, latin1Warning, openByteSource } from '../vcf/source.js'
import type { WorkerScript } from './worker-script.js'

/**
 * Young-generation size of a parse worker, MB. Measured on ClinVar (136 095 rows, 2 cores): 16 (V8's default) → 64
 * cut the workers' GC time by ~40 % and the ingest time by 8–20 %, for ~50 MB more peak RSS; 128 gained nothing more.
 * @internal
 */
const YOUNG_GENERATION_MB = 64

/** Counters shared by the producer and the writer. @internal */
export type State = {
  recordsRead: number
  rowsRead: number
  bytesRead: number
  totalBytes: number | undefined
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
  /** The header lines, the `#CHROM` line last (empty when the file had none). */
  headerLines: string[]
  usedWorker: boolean
  /** Parse workers started (0 in this thread). */
  workers: number
}

/** Reads, splits and embeds in this thread. @internal */
export async function produceInThread(
  input: VcfInput,
  ctx: {
    file: string
    dim: number
    /** Built-in design used when `options.embedder` is not given. */
    design: string
    batchSize: number
    ingestId: string
    validateOnly: boolean
    options: IngestOptions
    /** Called once with the header lines (the `#CHROM` line last), as soon as they are read. */
    onHeader?: ((lines: readonly string[]) => void) | undefined
  },
  state: State,
  write: Write,
  progress: (done: boolean) => void,
): Promise<Meta> {
  const { options, dim } = ctx
  const reader = await readVcf(input, {
    ...(options.clinicalSignificanceKey
      ? { clinicalSignificanceKey: options.clinicalSignificanceKey }
      : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    ...(ctx.onHeader ? { onHeader: ctx.onHeader } : {}),
  })
  state.totalBytes = reader.source.totalBytes
  const embedder = options.embedder ?? createFeatureEmbedder(dim, ctx.design)
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
    headerLines: reader.header?.lines ?? [],
    usedWorker: false,
    workers: 0,
  }
}

/** What {@link produceInWorkers} needs besides the callbacks. @internal */
export interface WorkersContext {
  /** File name for messages and the `source_file` column. */
  file: string
  dim: number
  /** Built-in feature design the workers embed with (`features-v2` …). */
  design: string
  /** Rows to aim for per write (a chunk's rows are one write). */
  batchSize: number
  ingestId: string
  clinicalSignificanceKey?: string | undefined
  validateOnly: boolean
  /** Parse workers to start at the most (≥ 1). */
  workers: number
  /**
   * Workers to start at once (1 ≤ it ≤ `workers`); the others start one at a time while enough input remains,
   * below dim 512 (see {@link produceInWorkers}).
   */
  initialWorkers: number
  /** Called once with the header lines (the `#CHROM` line last), as soon as they are read. */
  onHeader?: ((lines: readonly string[]) => void) | undefined
}

type WorkerMessage =
  | {
      type: 'result'
      seq: number
      records: number
      rows: number
      warnings: WorkerWarning[]
      batch?: PreparedBatch
    }
  | { type: 'error'; seq: number; error: WorkerError }

/** Bytes a row is guessed to take before any chunk has come back (a short sites-only line). */
const GUESS_ROW_BYTES = 200
/** Chunks cut smaller at the start, halving back from a batch (see `target` in {@link produceInWorkers}). */
const RAMP_CHUNKS = 3
/** Chunks aim at no more than this, in bytes (a chunk still holds at least one whole site). */
const MAX_CHUNK_BYTES = 64 << 20
/**
 * Another parse worker starts only when at least this many rows are still to come (estimated from the input bytes
 * not cut into chunks yet and the bytes per row so far; an input of unknown size counts as large). A worker costs
 * ~0.5 s of CPU before it runs at full speed (loading, the JIT compiling the same code again, its first rows
 * unoptimized), taken from the cores the other worker and LanceDB use. Measured on 2 cores (medians of 3): slivar (9,940 rows) 0.78 →
 * 0.53–0.59 s with one worker instead of two; at dim 128, two were 5–10 % faster on hap.py strelka and
 * performance (46–48k rows) and on the files over 130k rows.
 */
const SPAWN_MIN_ROWS = 30_000
/**
 * From this dim on, one parse worker is started by default: encoding and writing the vectors is then what the
 * ingest waits on (LanceDB's encoder takes 1.2–1.6 cores at dim 1024, one worker parses 2–3× faster than it
 * writes), and a second worker only competes with it for the CPU. Measured on 2 cores at dim 1024 (medians of 3):
 * hap.py Complex 5.3 → 4.0 s, the gVCF 8.1 → 7.7 s, ClinVar 5.0 → 4.7 s with one worker instead of two.
 */
const SPAWN_MAX_DIM = 512

/**
 * Reads and decompresses the input in this thread, cuts it into chunks of whole sites, has worker threads split,
 * embed and convert them, and writes their batches in file order. `ctx.initialWorkers` start at once; more, up to
 * `ctx.workers`, start one per chunk cut while at least {@link SPAWN_MIN_ROWS} rows remain, below dim
 * {@link SPAWN_MAX_DIM}. At most two chunks per worker are out at a time, so memory stays bounded
 * whatever the file size.
 * @internal
 */
export async function produceInWorkers(
  script: WorkerScript,
  input: VcfInput,
  ctx: WorkersContext,
  state: State,
  write: Write,
  onWarning: (message: string) => void,
  progress: (done: boolean) => void,
  signal?: AbortSignal,
): Promise<Meta> {
  const src = await openByteSource(input)
  state.totalBytes = src.totalBytes
  const workerInput: WorkerInput = {
    file: ctx.file,
    dim: ctx.dim,
    batchSize: ctx.batchSize,
    design: ctx.design,
    ingestId: ctx.ingestId,
    embed: !ctx.validateOnly,
    ...(ctx.clinicalSignificanceKey
      ? { clinicalSignificanceKey: ctx.clinicalSignificanceKey }
      : {}),
  }
  const results = new Map<number, WorkerMessage>()
  let crash: VcfAgentError | undefined
  let stopped = false
  let wakeConsumer: (() => void) | undefined
  let wakeDispatcher: (() => void) | undefined
  const poke = (): void => {
    wakeConsumer?.()
    wakeDispatcher?.()
  }
  const workers: Worker[] = []
  let headerLines: string[] | undefined
  const startWorker = (): void => {
    const w = new Worker(script.url, {
      workerData: workerInput,
      // a roomy young generation: splitting allocates many short-lived strings, and with V8's default 16 MB
      // young generation the scavenger ran for a quarter of a worker's time
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      ...(script.execArgv ? { execArgv: script.execArgv } : {}),
    })
    w.on('message', (m: WorkerMessage) => {
      results.set(m.seq, m)
      poke()
    })
    w.on('error', (err) => {
      crash ??= new InternalError('INTERNAL', `An ingest worker failed: ${err.message}`)
      poke()
    })
    w.on('exit', (code) => {
      if (!stopped)
        crash ??= new InternalError('INTERNAL', `An ingest worker exited early (code ${code}).`)
      poke()
    })
    if (headerLines) w.postMessage({ type: 'header', lines: headerLines })
    workers.push(w)
    outstanding.push(0)
  }
  const outstanding: number[] = []
  const maxWorkers = Math.max(1, ctx.workers)
  for (let i = 0; i < Math.min(maxWorkers, Math.max(1, ctx.initialWorkers)); i++) startWorker()
  const onAbort = (): void => poke()
  signal?.addEventListener('abort', onAbort, { once: true })

  const owner = new Map<number, number>()
  const bytesAt = new Map<number, number>()
  // at most two chunks per worker out at a time (the dispatcher waits below)
  const maxInFlight = (): number => workers.length * 2
  let dispatched = 0
  let written = 0
  let sourceDone = false
  let sourceError: Error | undefined
  let header: VcfHeader | undefined
  let bodyBytes = 0
  let bodyRows = 0
  const target = (): number => {
    const perRow = bodyRows === 0 ? GUESS_ROW_BYTES : bodyBytes / bodyRows
    // the first chunks hold 1/8, 1/4 and 1/2 of a batch: every worker has work sooner, and a small file is cut
    // into more chunks than workers (46k rows at batch 16k were 3 chunks for 2 workers, one parsed alone)
    const rows = ctx.batchSize / 2 ** Math.max(0, RAMP_CHUNKS - dispatched)
    return Math.min(MAX_CHUNK_BYTES, Math.max(1, Math.round(perRow * rows)))
  }
  const sizes = new Map<number, number>()
  const lastLines = new Map<number, number>()
  const warned = new Set<string>()

  // Progress in input bytes: a chunk's end in the decompressed stream, scaled by the compression ratio so far (the
  // bytes read are ahead of the chunks cut by the stream's read-ahead and the chunks out at the workers)
  let decoded = 0
  // whole lines decompressed so far (where an input that breaks off stops, when some are not cut into chunks yet)
  let linesDecoded = 0
  let cutEnd = 0
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const piece of src.chunks) {
      decoded += piece.length
      for (let i = piece.indexOf(0x0a); i !== -1; i = piece.indexOf(0x0a, i + 1)) linesDecoded++
      yield piece
    }
  }
  // Starts another worker (at most one per chunk) while the rows still to come pay back its start-up: the input's
  // decompressed bytes not cut yet (estimated from the compression ratio so far) over the bytes per row so far.
  const maybeStartWorker = (): void => {
    if (workers.length >= maxWorkers || ctx.dim >= SPAWN_MAX_DIM) return
    const total = src.totalBytes
    const read = src.bytesRead()
    if (total !== undefined && read > 0) {
      const perRow = bodyRows === 0 ? GUESS_ROW_BYTES : bodyBytes / bodyRows
      if ((total * (decoded / read) - cutEnd) / perRow < SPAWN_MIN_ROWS) return
    }
    startWorker()
  }
  const dispatcher = (async () => {
    try {
      const onLatin1 = (line: number): void => {
        if (warned.has('latin1')) return
        warned.add('latin1')
        onWarning(latin1Warning(ctx.file, line))
      }
      for await (const ev of vcfChunks(counted(), target, onLatin1)) {
        if (stopped) break
        if (ev.type === 'header') {
          // checked before it is parsed: a header that is refused still gets its warnings
          ctx.onHeader?.(ev.lines)
          header = parseHeader(ev.lines, ctx.file)
          headerLines = ev.lines
          for (const w of workers) w.postMessage({ type: 'header', lines: ev.lines })
          continue
        }
        const { seq, bytes, firstLine, lines } = ev.chunk
        if (seq > 0) maybeStartWorker()
        while (seq - written >= maxInFlight() && !stopped)
          await new Promise<void>((r) => (wakeDispatcher = r))
        if (stopped) break
        let w = 0
        for (let i = 1; i < workers.length; i++) if (outstanding[i]! < outstanding[w]!) w = i
        outstanding[w]!++
        owner.set(seq, w)
        cutEnd += bytes.length
        bytesAt.set(seq, Math.round((cutEnd * src.bytesRead()) / Math.max(decoded, 1)))
        sizes.set(seq, bytes.length)
        lastLines.set(seq, firstLine + lines - 1)
        workers[w]!.postMessage({ type: 'chunk', seq, bytes, firstLine }, [
          bytes.buffer as ArrayBuffer,
        ])
        dispatched = seq + 1
      }
    } catch (err) {
      sourceError = err instanceof Error ? err : new InternalError('INTERNAL', String(err))
    } finally {
      sourceDone = true
      poke()
    }
  })()

  let lastLine = 0
  let recordsSeen = 0
  try {
    for (let seq = 0; ; seq++) {
      while (!results.has(seq) && !(sourceDone && seq >= dispatched)) {
        if (crash) throw crash
        checkAborted(signal)
        await new Promise<void>((r) => (wakeConsumer = r))
      }
      checkAborted(signal)
      const m = results.get(seq)
      if (m === undefined) break
      results.delete(seq)
      outstanding[owner.get(seq)!]!--
      owner.delete(seq)
      if (m.type === 'error') {
        const last = sourceDone && seq === dispatched - 1 ? lastLines.get(seq) : undefined
        throw (last && truncatedLine(src.ending(), ctx.file, last)) || reviveError(m.error)
      }
      for (const [key, message] of m.warnings) {
        if (warned.has(key)) continue
        warned.add(key)
        onWarning(message)
      }
      bodyBytes += sizes.get(seq) ?? 0
      bodyRows += m.rows
      recordsSeen += m.records
      lastLine = lastLines.get(seq) ?? lastLine
      lastLines.delete(seq)
      sizes.delete(seq)
      // progress counts what is stored: records and input bytes advance when the chunk's rows are written
      const bytes = bytesAt.get(seq) ?? state.bytesRead
      bytesAt.delete(seq)
      state.rowsRead += m.rows
      const done = (): void => {
        state.recordsRead += m.records
        state.bytesRead = Math.max(state.bytesRead, bytes)
      }
      if (m.batch) {
        await write(m.batch, done)
      } else {
        done()
        progress(false)
      }
      written = seq + 1
      wakeDispatcher?.()
    }
    if (sourceError !== undefined) throw afterLastGood(sourceError, { line: linesDecoded })
    const ending = checkEnding(src.ending(), ctx.file, {
      records: recordsSeen,
      line: lastLine || (header?.lineCount ?? 0),
    })
    if (ending !== undefined && !warned.has('BGZF_NO_EOF')) onWarning(ending)
    state.bytesRead = src.bytesRead()
    return {
      compression: src.compression,
      fileformat: header?.fileformat ?? '',
      samples: header?.samples.length ?? 0,
      headerLines: header?.lines ?? [],
      usedWorker: true,
      workers: workers.length,
    }
  } finally {
    stopped = true
    signal?.removeEventListener('abort', onAbort)
    src.close()
    wakeDispatcher?.()
    // a dispatcher blocked on a pipe that sends nothing is not waited for: closing the source ends it
    if (sourceDone) await dispatcher
    else void dispatcher.catch(() => undefined)
    await Promise.all(workers.map((w) => w.terminate()))
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

function reviveError(e: WorkerError): VcfAgentError {
  const options = { details: e.details }
  if (e.code.startsWith('VCF_PARSE_'))
    return new VcfParseError(e.code as VcfParseErrorCode, e.message, options)
  if (e.code.startsWith('EMBED_'))
    return new EmbeddingError(e.code as EmbeddingErrorCode, e.message, options)
  if (e.code === 'INTERNAL') return new InternalError('INTERNAL', e.message, options)
  return new VcfAgentError(e.code as ErrorCode, e.message, options)
}
