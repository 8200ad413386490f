/**
 * `ingest-vcf`: the main job.
 *
 * @module
 */
import cliProgress from 'cli-progress'
import { type IngestProgress, ingestFile } from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, optionalString, required, storeFrom } from './context.js'

function bar(ctx: CommandContext): { update(p: IngestProgress): void; stop(): void } | undefined {
  if (ctx.json || !ctx.stderr.isTTY) return undefined
  const b = new cliProgress.SingleBar(
    {
      stream: ctx.stderr,
      format:
        'ingest |{bar}| {percentage}% | {records} records | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
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
  const file = required(optionalString(ctx, 'vcf_file'), 'vcf_file')
  const req = ctx.request('ingest')
  const validateOnly = Boolean(req.validate_only)
  const store = validateOnly ? null : await storeFrom(ctx, { create: true, dim: req.dim })
  const progress = bar(ctx)
  // Ctrl-C / SIGTERM: stop between batches; nothing of this run reaches the table (exit 130)
  const abort = new AbortController()
  const onSignal = (): void => {
    if (abort.signal.aborted) process.exit(130)
    progress?.stop()
    ctx.stderr.write(
      '\ninterrupted: discarding what this ingest staged; the table is left as it was (press Ctrl-C again to quit at once)\n',
    )
    abort.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const res = await ingestFile(store, file, req, {
      signal: abort.signal,
      onProgress: (p) => progress?.update(p),
      onWarning: (w) => {
        if (!ctx.json) ctx.stderr.write(`warning: ${w}\n`)
      },
    })
    progress?.stop()
    if (res.changed_rows > 0 && !ctx.json) {
      ctx.stderr.write(
        `warning: ${res.changed_rows} row(s) are already stored with another record (CLNSIG, QUAL, FILTER, INFO…) and were left as stored; ` +
          'ingest again with --update_changed to replace them with this file’s\n',
      )
    }
    const summary = {
      ...res,
      ...(store
        ? { table: store.tableName, db_path: store.dbPath, table_rows: await store.countRows() }
        : {}),
    }
    return {
      data: summary,
      message: validateOnly
        ? `${file}: valid, ${res.rows} rows`
        : `Ingested ${file}: ${res.new_rows} inserted, ${res.updated_rows} updated, ${res.unchanged_rows} unchanged; table version ${res.version}${res.tag ? ` (tag ${res.tag})` : ''}`,
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress?.stop()
    store?.close()
  }
}
