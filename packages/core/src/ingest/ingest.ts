/**
 * `ingestVcf`: stream a VCF into the Variant table, one row per ALT allele, with embeddings — the main job.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { UsageError } from '../errors/errors.js'
import type { EmbeddingProvider } from '../embeddings/provider.js'
import type { VariantStore } from '../store/variant-store.js'
import { type Compression, type VcfInput, sourceName } from '../vcf/source.js'
import type { PreparedBatch } from './batch.js'
import { type Meta, checkAborted, produceInThread, produceInWorkers } from './produce.js'
import { type BatchSink, type IngestCommit, storeSink } from './sink.js'
import { workerScript } from './worker-script.js'
import {
  type HeaderWarnings,
  headerChecks,
  headerWarnings,
  strictPrepass,
} from '../vcf/validate/ingest-checks.js'
import { DEFAULT_DESIGN, isBuiltinDesign } from '../embeddings/features-v2.js'

/** Progress of an ingest, shaped like LanceDB's `WriteProgress`. */
export interface IngestProgress {
  /** VCF records read so far. */
  recordsRead: number
  /** Split rows written (inserted or found unchanged) so far. */
  outputRows: number
  /** Input bytes (compressed, as stored) read so far. */
  bytesRead: number
  /** Input size in bytes when it is a regular file; undefined when reading a pipe or stream (standard input). */
  totalBytes: number | undefined
  /** Time since the ingest started, in seconds. */
  elapsedSeconds: number
  /** True on the last event. */
  done: boolean
}

/** Options of {@link ingestVcf}. */
export interface IngestOptions {
  /** Embedding provider; its `dim` must equal the table's. The default is the built-in feature embedder. */
  embedder?: EmbeddingProvider
  /**
   * Split rows per write. The default keeps a batch's embeddings near 16 MB and at most 16 384 rows: 4 096 rows
   * at dim 1024, 16 384 at dim ≤ 256 (measured: 8 192 rows at dim 1024 doubled peak RSS for 5% more speed).
   */
  batchSize?: number
  /**
   * INFO key holding clinical significance. The default is `CLNSIG`; when the header does not declare `CLNSIG`
   * but declares `CLINICAL_SIGNIFICANCE` (the MacArthur ClinVar layout), that key is used.
   */
  clinicalSignificanceKey?: string
  /** Parse and validate the whole file without writing. */
  validateOnly?: boolean
  /**
   * Refuse the file on any violation of the VCF specification of its declared version (`VCF_PARSE_STRICT_VIOLATIONS`,
   * listing up to 100 violations with file:line, field, rule and spec section), checked over the whole file before
   * anything is stored. Without it, only the header rules run, and what they find is counted in
   * {@link IngestResult.warningsByRule}.
   */
  strict?: boolean
  /** Called after each batch and once at the end. A callback that throws never aborts the ingest. */
  onProgress?: (progress: IngestProgress) => void
  /** Called once per distinct warning (undeclared contig or INFO tag). */
  onWarning?: (message: string) => void
  /**
   * Split and embed in worker threads while this thread reads the input and writes (the default, with the
   * built-in embedder; from the built package, or from source when `tsx` is installed). Set false to do
   * everything in this thread (as `workers: 0`).
   */
  useWorker?: boolean
  /**
   * Parse workers (threads that split, embed and convert records) when {@link IngestOptions.useWorker} holds, all
   * started at once. By default one starts, and below dim 512 more — up to the number of CPUs the process may use
   * (`os.availableParallelism()`), at most 4 — start one at a time while at least ~30,000 rows of the input remain
   * (a worker costs ~0.5 s of CPU to warm up, and from dim 512 on LanceDB's vector encoding is the bottleneck: on 2
   * cores, small files and dim 1024 ran faster with one). More than {@link MAX_WORKERS} are not started.
   */
  workers?: number
  /** Aborting it stops the ingest between batches; nothing is written (`INGEST_INTERRUPTED`). */
  signal?: AbortSignal
  /**
   * Replace stored rows whose content changed (CLNSIG, QUAL, FILTER, INFO, ID, genotypes… — every column but the
   * key, the embedding and the source bookkeeping): they get this file's values, `ingest_id` and embedding. The
   * default (false) leaves them as stored and counts them in {@link IngestResult.changed}.
   */
  updateChanged?: boolean
  /** Tag the version the ingest ends at (e.g. `clinvar-2024-06`); a tag that exists is refused before reading. */
  tag?: string
}

/** Summary of an ingest. */
export interface IngestResult {
  /** The file as given (`'-'` for standard input, `stream` for a byte stream). */
  file: string
  /** Detected compression. */
  compression: Compression
  /** `##fileformat` of the file. */
  fileformat: string
  /** Number of samples in the header. */
  samples: number
  /** VCF records (data lines) read. */
  recordsRead: number
  /** Split rows (one per ALT) produced. */
  rowsRead: number
  /** Rows inserted because their `variant_id` was new. */
  inserted: number
  /** Rows whose `variant_id` was already stored with the same CLNSIG, QUAL, FILTER and INFO. */
  unchanged: number
  /**
   * Rows whose `variant_id` was already stored with other content, left as stored because
   * {@link IngestOptions.updateChanged} was not set (0 with it).
   */
  changed: number
  /** Stored rows replaced with this file's content ({@link IngestOptions.updateChanged}). */
  updated: number
  /** Of the updated rows, those whose embedding changed (their embedding features changed). */
  embeddingsChanged: number
  /**
   * Table version before the commit of the ingest's rows (undefined with `validateOnly`). The first ingest into a
   * table also records its embedder on the table, in the version before this one; the audit record's
   * `versionBefore` counts that too.
   */
  versionBefore: number | undefined
  /** Table version the ingest ended at: its rows are all in it, none in an earlier one (undefined with `validateOnly`). */
  version: number | undefined
  /** The tag given to {@link IngestResult.version}. */
  tag: string | undefined
  /** Distinct warnings (undeclared contigs, INFO tags, as bcftools prints them; header rules strict mode would refuse). */
  warnings: string[]
  /**
   * Violations of the header rules of the strict validator, counted by rule id (e.g. `{ 'header.alt-id': 1 }`),
   * found without {@link IngestOptions.strict}; empty with it (a violation then refuses the file).
   */
  warningsByRule: Record<string, number>
  /** True when the file was checked with {@link IngestOptions.strict} (and passed). */
  strict: boolean
  /** Wall time in ms. */
  elapsedMs: number
  /** Split rows per second over the whole ingest. */
  rowsPerSecond: number
  /** Id written to the `ingest_id` column of inserted rows. */
  ingestId: string
  /** True when nothing was written (`validateOnly`). */
  validateOnly: boolean
  /** True when splitting and embedding ran in worker threads (see {@link IngestOptions.useWorker}). */
  usedWorker: boolean
  /** Parse workers started (0 when everything ran in this thread; by default they start as parsing needs them). */
  workers: number
}

/** Parse workers an ingest starts at the most, whatever {@link IngestOptions.workers} asks. */
export const MAX_WORKERS = 16

function defaultBatchSize(dim: number): number {
  return Math.max(1024, Math.min(16_384, Math.floor((16 * 1024 * 1024) / (dim * 4))))
}

/** The warning of an ingest whose commit made the automatic optimize due (it is left for later). */
const OPTIMIZE_DUE =
  'The table is due an optimize (compaction and index upkeep). The ingest left it for later, so that its time does not grow with the table: run `vcf-agent optimize` (about 20 s per million rows at dim 128), or the next write runs it.'

/**
 * Streams a VCF (plain, gzip or BGZF, detected from its bytes) into the store: one row per ALT allele exactly as
 * `bcftools norm -m -any` splits it, with `variant_id` = `CHROM-POS-REF-ALT`, INFO sliced per ALT, sample lists
 * from the split genotypes, and an embedding from `embedder`.
 *
 * Each batch is looked up against the table (ids already stored with the same content are skipped) and its rows
 * are staged on disk while the next batch is parsed and embedded; once the whole file is read, the staged rows are
 * written under one hold of the write lock (a few table versions per 64 MB), and tagged if asked. So ingesting the
 * same file twice ends with the same rows and no duplicate ids, and the ingest is all-or-nothing: if the file
 * turns out to be malformed, the embedder fails, or the ingest is interrupted, the staging file is deleted and the
 * table never saw the run — no rows, no versions, no data files.
 *
 * An ingest never runs the store's automatic optimize itself: it counts toward it and, when its commit made it due,
 * warns so (`The table is due an optimize …`); the next other write or `optimize` runs it. So its time does not grow
 * with what the table already holds.
 *
 * When the ingest creates the table (`store.created` and the table still empty; local storage), nothing is staged:
 * the write lock is held for the whole ingest and each batch is appended as it comes, so writing overlaps reading
 * (other readers may see the table filling, one version per batch). A failure or interrupt then drops the table
 * under that lock hold — no table, rows, versions or files are left — and `store` is left closed.
 *
 * @param store - the open store; may be null when `validateOnly` is set
 * @param input - the VCF: a path, `'-'` for standard input, or a byte stream (plain, gzip or BGZF, told apart by its
 *   first bytes, never by seeking)
 * @param options - embedder, batch size, clinical-significance key, validate-only, update-changed, tag, workers, callbacks
 * @returns the ingest summary
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE`, `VCF_PARSE_BAD_HEADER`, `VCF_PARSE_BAD_RECORD` (details: file,
 *   1-based line, field); nothing stays written (a table the ingest created is dropped)
 * @throws {VcfParseError} `VCF_PARSE_STRICT_VIOLATIONS` with `strict` when the file breaks the spec of its version
 *   (details: violations, total, by_rule); checked before anything is written
 * @throws {EmbeddingError} `EMBED_PROVIDER_FAILED`; nothing stays written
 * @throws {LockError} `LOCK_TIMEOUT`
 * @throws {StoreError} `STORE_TAG_EXISTS` when `tag` is taken (checked before reading, and again at the commit)
 * @example
 * ```ts
 * const store = await openStore('./lancedb')
 * const summary = await ingestVcf(store, 'clinvar.vcf.gz', { onProgress: (p) => console.error(p.recordsRead) })
 * console.log(summary.inserted, summary.rowsPerSecond)
 * ```
 */
export async function ingestVcf(
  store: VariantStore | null,
  input: VcfInput,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const sink = store ? storeSink(store) : null
  if (!sink || options.validateOnly) return ingestChecked(sink, input, options)
  return sink.auditedOperation(
    'ingest',
    {
      file: sourceName(input),
      ...(options.updateChanged ? { updateChanged: true } : {}),
      ...(options.tag === undefined ? {} : { tag: options.tag }),
      ...(options.strict ? { strict: true } : {}),
    },
    () => ingestChecked(sink, input, options),
    (r) => r.inserted,
  )
}

/** Runs the strict pre-pass (or the header checks) around {@link ingestUnaudited}. */
async function ingestChecked(
  store: BatchSink | null,
  input: VcfInput,
  options: IngestOptions,
): Promise<IngestResult> {
  if (!options.strict) {
    return ingestUnaudited(store, input, input, options, await headerWarnings(input))
  }
  const checked = await strictPrepass(input)
  try {
    return await ingestUnaudited(store, checked.input, input, options, {
      byRule: {},
      messages: [],
      checked: true,
    })
  } finally {
    await checked.cleanup()
  }
}

async function ingestUnaudited(
  store: BatchSink | null,
  input: VcfInput,
  named: VcfInput,
  options: IngestOptions,
  checks: HeaderWarnings,
): Promise<IngestResult> {
  const validateOnly = options.validateOnly ?? false
  if (!store && !validateOnly) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'ingestVcf needs a store unless validateOnly is set.',
    )
  }
  const dim = store?.dim ?? options.embedder?.dim ?? 8
  // the store's embedder unless told otherwise; the built-in one runs in the worker thread
  const chosen = options.embedder ?? store?.embedder
  const embedder = chosen && !isBuiltinDesign(chosen.name) ? chosen : undefined
  // the built-in design the worker threads (or this thread) run when no other embedder is chosen
  const design = chosen?.name ?? DEFAULT_DESIGN
  if (chosen && chosen.dim !== dim) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `The embedder makes ${chosen.dim}-dim vectors but the table has dim ${dim}.`,
    )
  }
  if (store && !validateOnly) await store.bindEmbedder(design, { record: true })
  const batchSize = options.batchSize ?? defaultBatchSize(dim)
  const file = sourceName(named)
  const ingestId = randomUUID()
  const writer =
    store && !validateOnly
      ? await store.beginIngest({
          ingestId,
          updateChanged: Boolean(options.updateChanged),
          tag: options.tag,
        })
      : undefined
  const started = performance.now()
  const warnings: string[] = []
  const onWarning = (message: string): void => {
    warnings.push(message)
    try {
      options.onWarning?.(message)
    } catch {
      /* a callback never aborts the ingest */
    }
  }
  for (const message of checks.messages) onWarning(message)
  const warningsByRule = { ...checks.byRule }
  // an input read once (standard input, a pipe, a stream): its header is checked as the producer reads it
  const onHeader = checks.checked
    ? undefined
    : (lines: readonly string[]): void => {
        const late = headerChecks(lines, file)
        Object.assign(warningsByRule, late.byRule)
        for (const message of late.messages) onWarning(message)
      }
  const state = {
    recordsRead: 0,
    rowsRead: 0,
    bytesRead: 0,
    totalBytes: undefined as number | undefined,
    inserted: 0,
    unchanged: 0,
    changed: 0,
  }
  const progress = (done: boolean): void => {
    try {
      options.onProgress?.({
        recordsRead: state.recordsRead,
        outputRows: state.inserted + state.unchanged + state.changed,
        bytesRead: state.bytesRead,
        totalBytes: state.totalBytes,
        elapsedSeconds: (performance.now() - started) / 1000,
        done,
      })
    } catch {
      /* a callback never aborts the ingest */
    }
  }

  // Writes queue on the store's write lock in order; at most two are pending (one being written, one waiting),
  // so memory stays bounded while reading, splitting and embedding overlap the writes.
  const pending: Promise<void>[] = []
  // The first write failure, boxed so that it is rethrown as is, whatever value it is.
  let writeError: { error: unknown } | undefined
  const write = async (batch: PreparedBatch, written: () => void): Promise<void> => {
    checkAborted(options.signal)
    while (pending.length >= 2) await pending.shift()
    if (writeError) throw writeError.error
    pending.push(
      writer!.appendBatch(batch).then(
        (r) => {
          state.inserted += r.inserted
          state.unchanged += r.unchanged
          state.changed += r.changed
          written()
          progress(false)
        },
        (err: unknown) => {
          if (err !== undefined) writeError ??= { error: err }
        },
      ),
    )
  }
  const settle = async (): Promise<void> => {
    await Promise.all(pending.splice(0))
    if (writeError) throw writeError.error
  }

  const workers =
    options.useWorker === false || embedder
      ? 0
      : Math.min(
          MAX_WORKERS,
          Math.max(0, Math.floor(options.workers ?? Math.min(4, availableParallelism()))),
        )
  let meta: Meta
  let committed: IngestCommit | undefined
  try {
    const worker = workers > 0 ? workerScript() : undefined
    meta = worker
      ? await produceInWorkers(
          worker,
          input,
          {
            file,
            dim,
            design,
            batchSize,
            ingestId,
            clinicalSignificanceKey: options.clinicalSignificanceKey,
            validateOnly,
            workers,
            // asked for: all at once; the default: one, then more while parsing is the bottleneck
            initialWorkers: options.workers === undefined ? 1 : workers,
            onHeader,
          },
          state,
          write,
          onWarning,
          progress,
          options.signal,
        )
      : await produceInThread(
          input,
          {
            file,
            dim,
            design,
            batchSize,
            ingestId,
            validateOnly,
            options: { ...options, ...(embedder ? { embedder } : {}), onWarning },
            onHeader,
          },
          state,
          write,
          progress,
        )
    await settle()
    committed = await writer?.commit({ file, lines: meta.headerLines })
    if (committed?.optimizeDue) onWarning(OPTIMIZE_DUE)
  } catch (err) {
    await Promise.all(pending.splice(0))
    await writer?.abort().catch(() => undefined)
    throw err
  }
  progress(true)
  const elapsedMs = performance.now() - started
  return {
    file: typeof named === 'string' ? named : 'stream',
    compression: meta.compression,
    fileformat: meta.fileformat,
    samples: meta.samples,
    recordsRead: state.recordsRead,
    rowsRead: state.rowsRead,
    inserted: committed?.inserted ?? state.inserted,
    unchanged: committed?.unchanged ?? state.unchanged,
    changed: committed?.changed ?? state.changed,
    updated: committed?.updated ?? 0,
    embeddingsChanged: committed?.embeddingsChanged ?? 0,
    versionBefore: committed?.versionBefore,
    version: committed?.version,
    tag: committed?.tag,
    warnings,
    warningsByRule,
    strict: Boolean(options.strict),
    elapsedMs: Math.round(elapsedMs),
    rowsPerSecond: Math.round(state.rowsRead / Math.max(elapsedMs / 1000, 1e-3)),
    ingestId,
    validateOnly,
    usedWorker: meta.usedWorker,
    workers: meta.workers,
  }
}
