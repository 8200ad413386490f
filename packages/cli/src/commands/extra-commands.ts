/**
 * Commands beyond the original tool: export-vcf, stats, migrate.
 *
 * @module
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { UsageError, exportVcf } from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, optionalString, queryFilter, storeFrom } from './context.js'

async function openOutput(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path)
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', (err) =>
      reject(new UsageError('USAGE_INVALID_ARGUMENT', `Cannot write --output ${path}: ${err.message}`, { details: { output: path } })),
    )
  })
  return stream
}

/** `export-vcf`: the selected rows as VCF on stdout or into --output. */
export async function exportVcfCommand(ctx: CommandContext): Promise<CommandOutput> {
  const output = optionalString(ctx, 'output')
  const store = await storeFrom(ctx)
  try {
    const filter = await queryFilter(ctx, store)
    const sink = output ? await openOutput(output) : process.stdout
    let records = 0
    for await (const line of exportVcf(store, filter ? { filter } : {})) {
      if (!line.startsWith('#')) records++
      if (!sink.write(`${line}\n`)) await once(sink, 'drain')
    }
    if (output) {
      sink.end()
      await once(sink as NodeJS.WritableStream & import('node:events').EventEmitter, 'finish')
      return { data: { output, records }, message: `Wrote ${records} record(s) to ${output}` }
    }
    ctx.stderr.write(`${records} record(s)\n`)
    return { data: undefined }
  } finally {
    store.close()
  }
}

/** `stats`: table summary. */
export async function statsCommand(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const s = await store.stats(await queryFilter(ctx, store))
    return { data: s }
  } finally {
    store.close()
  }
}

/** `migrate`: add the newer columns to an original-tool table. */
export async function migrateCommand(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const res = await store.migrate({ dryRun: Boolean(ctx.opt('dry_run')) })
    const what = res.added.length === 0 ? 'nothing to do: the table is current' : `${res.dryRun ? 'would add' : 'added'} ${res.added.join(', ')}`
    return { data: res, message: `Schema version ${res.fromVersion} → ${res.toVersion}: ${what}` }
  } finally {
    store.close()
  }
}
