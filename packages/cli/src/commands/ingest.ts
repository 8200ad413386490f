/**
 * `ingest-vcf`: the main job.
 *
 * @module
 */
import cliProgress from 'cli-progress'
import { type IngestProgress, ingestVcf, openStore } from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, actor, embedderFrom, intOption, optionalString, requireString } from './context.js'

function bar(ctx: CommandContext): { update(p: IngestProgress): void; stop(): void } | undefined {
  if (ctx.json || !ctx.stderr.isTTY) return undefined
  const b = new cliProgress.SingleBar(
    {
      stream: ctx.stderr,
      format: 'ingest |{bar}| {percentage}% | {records} records | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(p) {
      if (!started) {
        b.start(p.totalBytes, 0, { records: 0, rows: 0, rate: 0 })
        started = true
      }
      b.update(p.bytesRead, {
        records: p.recordsRead,
        rows: p.outputRows,
        rate: Math.round(p.outputRows / Math.max(p.elapsedSeconds, 0.001)),
      })
    },
    stop() {
      if (started) b.stop()
    },
  }
}

/** `ingest-vcf --vcf_file F`: stream a VCF into the table (created if missing). */
export async function ingest(ctx: CommandContext): Promise<CommandOutput> {
  const file = requireString(ctx, 'vcf_file')
  const validateOnly = Boolean(ctx.opt('validate_only'))
  const store = validateOnly
    ? null
    : await openStore(String(ctx.opt('db_path')), {
        tableName: String(ctx.opt('table_name')),
        actor: actor(),
        onWarning: (m: string) => ctx.stderr.write(`warning: ${m}\n`),
        ...(optionalString(ctx, 'audit_log') ? { audit: optionalString(ctx, 'audit_log') } : {}),
        ...(intOption(ctx, 'dim') ? { dim: intOption(ctx, 'dim') } : {}),
      })
  const progress = bar(ctx)
  // Ctrl-C / SIGTERM: stop between batches and roll back what this run inserted (exit 130)
  const abort = new AbortController()
  const onSignal = (): void => {
    if (abort.signal.aborted) process.exit(130)
    progress?.stop()
    ctx.stderr.write('\ninterrupted: rolling back the rows this ingest inserted (press Ctrl-C again to quit at once)\n')
    abort.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const key = optionalString(ctx, 'clinical_significance_key')
    const batchSize = intOption(ctx, 'batch_size')
    const chosen = store ? embedderFrom(ctx, store.dim) : undefined
    const res = await ingestVcf(store, file, {
      validateOnly,
      signal: abort.signal,
      ...(chosen && !chosen.builtin ? { embedder: chosen.provider } : {}),
      ...(key ? { clinicalSignificanceKey: key } : {}),
      ...(batchSize ? { batchSize } : {}),
      onProgress: (p) => progress?.update(p),
      onWarning: (w) => {
        if (!ctx.json) ctx.stderr.write(`warning: ${w}\n`)
      },
    })
    progress?.stop()
    if (res.changed > 0 && !ctx.json) {
      ctx.stderr.write(
        `warning: ${res.changed} row(s) are already stored with other CLNSIG/QUAL/FILTER/INFO and were left as stored; ` +
          'delete them (e.g. delete-variants --filter_sql "source_file = \'…\'") and ingest again to load the new content\n',
      )
    }
    const summary = {
      file: res.file,
      compression: res.compression,
      fileformat: res.fileformat,
      samples: res.samples,
      records_read: res.recordsRead,
      rows: res.rowsRead,
      new_rows: res.inserted,
      unchanged_rows: res.unchanged,
      changed_rows: res.changed,
      warnings: res.warnings.length,
      seconds: Number((res.elapsedMs / 1000).toFixed(2)),
      rows_per_second: res.rowsPerSecond,
      validate_only: res.validateOnly,
      ...(store ? { table: store.tableName, db_path: store.dbPath, table_rows: await store.countRows() } : {}),
    }
    return {
      data: { ...summary, warning_messages: res.warnings },
      message: validateOnly ? `${file}: valid, ${res.rowsRead} rows` : `Ingested ${file}`,
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress?.stop()
    store?.close()
  }
}
