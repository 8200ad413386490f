/**
 * `ingestVcf`: stream a VCF into the Variant table, one row per ALT allele, with embeddings — the main job.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { VcfAgentError } from '../errors/errors.js'
import type { EmbeddingProvider, VariantFeatures } from '../embeddings/provider.js'
import { createFeatureEmbedder } from '../embeddings/feature-embedder.js'
import type { VariantInput } from '../schema/variant.js'
import { sqlEquals } from '../store/filter.js'
import type { VariantStore } from '../store/variant-store.js'
import { type VcfRow, readVcf } from './reader.js'
import type { Compression } from './source.js'

/** Progress of an ingest, shaped like LanceDB's `WriteProgress`. */
export interface IngestProgress {
  /** VCF records read so far. */
  recordsRead: number
  /** Split rows written (inserted or found unchanged) so far. */
  outputRows: number
  /** Compressed bytes of the file read so far. */
  bytesRead: number
  /** File size in bytes. */
  totalBytes: number
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
   * Split rows per write. The default keeps a batch's embeddings near 32 MB: 8 192 rows at dim 1024,
   * 50 000 at dim ≤ 160.
   */
  batchSize?: number
  /**
   * INFO key holding clinical significance. The default is `CLNSIG`; when the header does not declare `CLNSIG`
   * but declares `CLINICAL_SIGNIFICANCE` (the MacArthur ClinVar layout), that key is used.
   */
  clinicalSignificanceKey?: string
  /** Parse and validate the whole file without writing. */
  validateOnly?: boolean
  /** Called after each batch and once at the end. A callback that throws never aborts the ingest. */
  onProgress?: (progress: IngestProgress) => void
  /** Called once per distinct warning (undeclared contig or INFO tag). */
  onWarning?: (message: string) => void
}

/** Summary of an ingest. */
export interface IngestResult {
  /** The file as given. */
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
  /** Rows whose `variant_id` was already stored and were left unchanged. */
  unchanged: number
  /** Distinct warnings (undeclared contigs, INFO tags), as bcftools prints them. */
  warnings: string[]
  /** Wall time in ms. */
  elapsedMs: number
  /** Split rows per second over the whole ingest. */
  rowsPerSecond: number
  /** Id written to the `ingest_id` column of inserted rows. */
  ingestId: string
  /** True when nothing was written (`validateOnly`). */
  validateOnly: boolean
}

function defaultBatchSize(dim: number): number {
  return Math.max(1024, Math.min(50_000, Math.floor((32 * 1024 * 1024) / (dim * 4))))
}

/**
 * Streams a VCF (plain, gzip or BGZF, detected from its bytes) into the store: one row per ALT allele exactly as
 * `bcftools norm -m -any` splits it, with `variant_id` = `CHROM-POS-REF-ALT`, INFO sliced per ALT, sample lists
 * from the split genotypes, and an embedding from `embedder`.
 *
 * Parsing and embedding of the next batch run while LanceDB writes the previous one. Each batch is an upsert
 * under the write lock (`mergeInsert` on `variant_id`, insert-if-new), so ingesting the same file twice, or again
 * after a crash, ends with the same rows and no duplicate ids; other writers can write between batches.
 * The ingest is all-or-nothing: if the file turns out to be malformed (or the embedder fails) part-way, the rows
 * this run inserted are deleted again (by `ingest_id`), so the table is as before.
 *
 * @param store - the open store; may be null when `validateOnly` is set
 * @param path - path of the VCF file
 * @param options - embedder, batch size, clinical-significance key, validate-only, callbacks
 * @returns the ingest summary
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE`, `VCF_PARSE_BAD_HEADER`, `VCF_PARSE_BAD_RECORD` (details: file,
 *   1-based line, field); nothing stays written
 * @throws {EmbeddingError} `EMBED_PROVIDER_FAILED`; nothing stays written
 * @throws {LockError} `LOCK_TIMEOUT`
 * @example
 * ```ts
 * const store = await openStore('./lancedb')
 * const summary = await ingestVcf(store, 'clinvar.vcf.gz', { onProgress: (p) => console.error(p.recordsRead) })
 * console.log(summary.inserted, summary.rowsPerSecond)
 * ```
 */
export async function ingestVcf(store: VariantStore | null, path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const validateOnly = options.validateOnly ?? false
  if (!store && !validateOnly) throw new TypeError('ingestVcf needs a store unless validateOnly is set')
  const dim = store?.dim ?? options.embedder?.dim ?? 8
  const embedder = options.embedder ?? createFeatureEmbedder(dim)
  if (embedder.dim !== dim) {
    throw new VcfAgentError('USAGE_INVALID_ARGUMENT', `The embedder makes ${embedder.dim}-dim vectors but the table has dim ${dim}.`)
  }
  const batchSize = options.batchSize ?? defaultBatchSize(dim)
  const file = basename(path)
  const ingestId = randomUUID()
  const started = performance.now()
  const reader = await readVcf(path, { clinicalSignificanceKey: options.clinicalSignificanceKey, onWarning: options.onWarning })
  const src = reader.source
  let rowsRead = 0
  let inserted = 0
  let unchanged = 0
  let batch: VcfRow[] = []
  // Writes queue on the store's write lock in order; at most two batches are pending (one being written, one
  // built and waiting), so memory stays bounded while parsing and embedding overlap the writes.
  const pending: Promise<void>[] = []
  let writeError: unknown
  /** Waits for every pending write; rethrows the first error. */
  const settle = async (): Promise<void> => {
    await Promise.all(pending.splice(0))
    if (writeError !== undefined) throw writeError
  }

  const progress = (done: boolean): void => {
    try {
      options.onProgress?.({
        recordsRead: reader.recordsRead,
        outputRows: inserted + unchanged,
        bytesRead: src.bytesRead(),
        totalBytes: src.totalBytes,
        elapsedSeconds: (performance.now() - started) / 1000,
        done,
      })
    } catch {
      /* a callback never aborts the ingest */
    }
  }

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return
    const current = batch
    batch = []
    if (validateOnly || !store) return
    const features: VariantFeatures[] = current.map((row) => ({
      chrom: row.chrom,
      pos: row.pos,
      ref: row.ref,
      alt: row.alt,
      variant_class: row.variantClass,
      gene: row.gene,
      clinical_significance: row.clinicalSignificance,
      af: row.af,
      rlen: row.rlen,
    }))
    const vectors = await embedder.embed(features)
    const rows: VariantInput[] = current.map((row, i) => ({
      variant_id: row.variantId,
      embedding: vectors[i]!,
      chrom: row.chrom,
      pos: row.pos,
      ref: row.ref,
      alt: row.alt,
      clinical_significance: row.clinicalSignificance,
      id: row.id,
      qual: row.qual,
      filter: row.filter,
      info: JSON.stringify(row.info),
      gene: row.gene,
      af: row.af,
      variant_class: row.variantClass,
      rlen: row.rlen,
      het_samples: row.het,
      hom_alt_samples: row.homAlt,
      source_file: file,
      source_line: row.line,
      ingest_id: ingestId,
    }))
    while (pending.length >= 2) await pending.shift()
    if (writeError !== undefined) throw writeError
    pending.push(
      store.upsertVariants(rows).then(
        (r) => {
          inserted += r.inserted
          unchanged += r.unchanged
          progress(false)
        },
        (err: unknown) => {
          writeError ??= err
        },
      ),
    )
  }

  try {
    for await (const row of reader.rows()) {
      batch.push(row)
      rowsRead++
      if (batch.length >= batchSize) await flush()
    }
    await flush()
    await settle()
  } catch (err) {
    src.close()
    await Promise.all(pending.splice(0))
    if (store && !validateOnly) {
      try {
        await store.deleteVariants(sqlEquals('ingest_id', ingestId), { all: true })
      } catch (rollbackError) {
        if (err instanceof VcfAgentError) err.details.rollbackFailed = (rollbackError as VcfAgentError).code ?? String(rollbackError)
      }
    }
    throw err
  }
  src.close()
  const header = reader.header!
  progress(true)
  const elapsedMs = performance.now() - started
  return {
    file: path,
    compression: src.compression,
    fileformat: header.fileformat,
    samples: header.samples.length,
    recordsRead: reader.recordsRead,
    rowsRead,

    inserted,
    unchanged,
    warnings: reader.warnings,
    elapsedMs: Math.round(elapsedMs),
    rowsPerSecond: Math.round(rowsRead / (elapsedMs / 1000)),
    ingestId,
    validateOnly,
  }
}
