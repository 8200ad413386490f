/**
 * Commands beyond the original tool: export-vcf, stats, migrate.
 *
 * @module
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import {
  UsageError,
  exportQuery,
  exportVcf,
  migrateTable,
  statsJson,
  tableStats,
} from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, optionalString, storeFrom } from './context.js'

const FILES = { regionsFile: 'path' } as const

async function openOutput(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path)
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', (err) =>
      reject(
        new UsageError('USAGE_INVALID_ARGUMENT', `Cannot write --output ${path}: ${err.message}`, {
          details: { output: path },
        }),
      ),
    )
  })
  return stream
}

/**
 * `export-vcf`: the selected rows as a VCF on stdout or `--output`.
 *
 * @param ctx - the command context
 * @returns records written (with --output), else nothing (streamed)
 * @example
 * ```ts
 * await exportVcfCommand(ctx)
 * ```
 */
export async function exportVcfCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('export')
  // `--output -` is standard output, as for bcftools -o -
  const named = optionalString(ctx, 'output')
  const output = named === '-' ? undefined : named
  const store = await storeFrom(ctx)
  try {
    const query = await exportQuery(store, req, FILES)
    const version = await query.tableVersion()
    const sink = output ? await openOutput(output) : process.stdout
    let records = 0
    for await (const line of exportVcf(store, { query })) {
      if (!line.startsWith('#')) records++
      if (!sink.write(`${line}\n`)) await once(sink, 'drain')
    }
    if (output) {
      sink.end()
      await once(sink as NodeJS.WritableStream & import('node:events').EventEmitter, 'finish')
      return {
        data: { output, records, version },
        message: `Wrote ${records} record(s) of table version ${version} to ${output}`,
      }
    }
    ctx.stderr.write(`${records} record(s) (table version ${version})\n`)
    return { data: undefined }
  } finally {
    store.close()
  }
}

/**
 * `stats`: counts by CHROM, variant class and clinical significance, version, indexes, size on disk.
 *
 * @param ctx - the command context
 * @returns the statistics (snake_case)
 * @example
 * ```ts
 * await statsCommand(ctx)
 * ```
 */
export async function statsCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('stats')
  const store = await storeFrom(ctx)
  try {
    return { data: statsJson(await tableStats(store, req, FILES)) }
  } finally {
    store.close()
  }
}

/**
 * `migrate`: add vcf-agent's newer columns to a table of the original tool.
 *
 * @param ctx - the command context
 * @returns the migration result
 * @example
 * ```ts
 * await migrateCommand(ctx)
 * ```
 */
export async function migrateCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('migrate')
  const store = await storeFrom(ctx)
  try {
    const res = await migrateTable(store, req)
    const what =
      res.added.length === 0
        ? 'nothing to do: the table is current'
        : `${res.dry_run ? 'would add' : 'added'} ${res.added.join(', ')}`
    return { data: res, message: `Schema version ${res.from_version} → ${res.to_version}: ${what}` }
  } finally {
    store.close()
  }
}
