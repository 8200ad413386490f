/**
 * `ingest-vcf`: the main job.
 *
 * @module
 */
import cliProgress from 'cli-progress'
import { type IngestProgress, UsageError, checkVcfInput, ingestFile } from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, optionalString, storeFrom } from './context.js'

/** Shows an ingest's progress on stderr. */
interface ProgressView {
  update(p: IngestProgress): void
  stop(): void
}

/** How often the progress line prints when stderr is not a terminal, in ms (env VCF_AGENT_PROGRESS_MS). */
const LINE_EVERY_MS = 5000

const count = (n: number): string => n.toLocaleString('en-US')
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
const rate = (p: IngestProgress): number =>
  Math.round(p.outputRows / Math.max(p.elapsedSeconds, 0.001))

/**
 * A bar on a terminal (bytes of the input read, with an ETA, for a file; counts and rate only for a pipe), else
 * one line every few seconds; nothing with `--quiet`.
 */
function progressView(ctx: CommandContext, quiet: boolean): ProgressView | undefined {
  if (quiet) return undefined
  if (!ctx.stderr.isTTY) {
    const every = Number(process.env.VCF_AGENT_PROGRESS_MS) || LINE_EVERY_MS
    let last = performance.now()
    return {
      update(p) {
        const now = performance.now()
        if (p.done || now - last < every) return
        last = now
        const read =
          p.totalBytes === undefined
            ? `${megabytes(p.bytesRead)} read`
            : `${Math.round((100 * p.bytesRead) / Math.max(p.totalBytes, 1))}% of ${megabytes(p.totalBytes)} read`
        ctx.stderr.write(
          `ingest: ${count(p.recordsRead)} records, ${count(p.outputRows)} rows, ${count(rate(p))} rows/s, ${read}, ${p.elapsedSeconds.toFixed(0)} s\n`,
        )
      },
      stop() {},
    }
  }
  let b: cliProgress.SingleBar | undefined
  return {
    update(p) {
      if (!b) {
        const sized = p.totalBytes !== undefined
        b = new cliProgress.SingleBar(
          {
            stream: ctx.stderr,
            format: sized
              ? 'ingest |{bar}| {percentage}% | {records} records | {rows} rows | {rate} rows/s | ETA {eta_formatted}'
              : 'ingest | {records} records | {rows} rows | {rate} rows/s | {mb} MB read | {duration_formatted}',
            hideCursor: true,
            etaBuffer: 20,
          },
          cliProgress.Presets.shades_classic,
        )
        b.start(sized ? Math.max(p.totalBytes!, 1) : 1, 0, {
          records: 0,
          rows: 0,
          rate: 0,
          mb: '0.0',
        })
      }
      b.update(p.totalBytes === undefined ? 0 : p.bytesRead, {
        records: count(p.recordsRead),
        rows: count(p.outputRows),
        rate: count(rate(p)),
        mb: (p.bytesRead / 1e6).toFixed(1),
      })
    },
    stop() {
      b?.stop()
    },
  }
}

/** The VCF to read: the first argument or `--vcf_file` (`-` is standard input). */
function inputOf(ctx: CommandContext): string {
  const flag = optionalString(ctx, 'vcf_file')
  const arg = ctx.args[0]
  if (flag !== undefined && arg !== undefined && flag !== arg) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Two VCF files given (${JSON.stringify(arg)} and --vcf_file ${JSON.stringify(flag)}); give one.`,
      { details: { option: 'vcf_file' } },
    )
  }
  const file = arg ?? flag
  if (file === undefined || file === '') {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'Which VCF? Give a file (vcf-agent ingest-vcf calls.vcf.gz, or --vcf_file), or - to read standard input.',
      { details: { option: 'vcf_file' } },
    )
  }
  if (file === '-' && process.stdin.isTTY) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'ingest-vcf - reads a VCF from standard input, but standard input is a terminal; pipe a file in (… | vcf-agent ingest-vcf -).',
      { details: { option: 'vcf_file' } },
    )
  }
  return file
}

/** `ingest-vcf [FILE|-]`: stream a VCF into the table (created if missing). */
export async function ingest(ctx: CommandContext): Promise<CommandOutput> {
  const file = inputOf(ctx)
  const req = ctx.request('ingest')
  const validateOnly = Boolean(req.validate_only)
  // a missing or unreadable file is an error before anything is created
  await checkVcfInput(file)
  const store = validateOnly ? null : await storeFrom(ctx, { create: true, dim: req.dim })
  const progress = progressView(ctx, Boolean(ctx.opt('quiet')))
  // Ctrl-C / SIGTERM: stop between batches; nothing of this run stays in the table, and a table this run created
  // is removed (exit 130)
  const abort = new AbortController()
  const onSignal = (): void => {
    if (abort.signal.aborted) process.exit(130)
    progress?.stop()
    ctx.stderr.write(
      store?.created
        ? '\ninterrupted: removing the table this ingest created (press Ctrl-C again to quit at once)\n'
        : '\ninterrupted: discarding what this ingest staged; the table is left as it was (press Ctrl-C again to quit at once)\n',
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
    const shown = file === '-' ? 'standard input' : file
    const summary = {
      ...res,
      ...(store
        ? { table: store.tableName, db_path: store.dbPath, table_rows: await store.countRows() }
        : {}),
    }
    return {
      data: summary,
      message: validateOnly
        ? `${shown}: valid${res.strict ? ` (strict: no violation of the ${res.fileformat} specification)` : ''}, ${res.rows} rows`
        : `Ingested ${shown}: ${res.new_rows} inserted, ${res.updated_rows} updated, ${res.unchanged_rows} unchanged; table version ${res.version}${res.tag ? ` (tag ${res.tag})` : ''}`,
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress?.stop()
    store?.close()
  }
}
