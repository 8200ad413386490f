/**
 * The version commands — versions, tag, restore, diff, optimize — each a few lines over core's use-cases.
 *
 * @module
 */
import { createInterface } from 'node:readline/promises'
import {
  UsageError,
  createTag,
  deleteTag,
  diffTable,
  listTags,
  listVersions,
  optimizeTable,
  restoreTable,
} from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, storeFrom } from './context.js'

/**
 * `versions`: every version of the table with its time, operation, row count and tags.
 *
 * @param ctx - the command context
 * @returns the versions (a table for humans)
 * @example
 * ```ts
 * await versionsCommand(ctx)
 * ```
 */
export async function versionsCommand(ctx: CommandContext): Promise<CommandOutput> {
  ctx.request('versions')
  const store = await storeFrom(ctx)
  try {
    const data = await listVersions(store)
    return {
      data,
      message: `Table ${data.table}: ${data.versions.length} version(s), latest ${data.version}`,
      textRows: data.versions.map((v) => ({ ...v, tags: v.tags.join(',') })),
    }
  } finally {
    store.close()
  }
}

/**
 * `tag create NAME [--version V]`, `tag list`, `tag delete NAME`.
 *
 * @param ctx - the command context (`args[0]` is the action, `args[1]` the name)
 * @returns the tag created or deleted, or the tags
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for another action or a missing name
 * @example
 * ```ts
 * await tagCommand(ctx)
 * ```
 */
export async function tagCommand(ctx: CommandContext): Promise<CommandOutput> {
  const [action, name] = ctx.args
  if (action !== 'create' && action !== 'list' && action !== 'delete') {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Unknown tag action ${JSON.stringify(action)}; use: vcf-agent tag create NAME [--version V], tag list, tag delete NAME.`,
    )
  }
  const req = ctx.request('tag', { name })
  const store = await storeFrom(ctx)
  try {
    if (action === 'list') {
      const data = await listTags(store)
      return {
        data,
        message: `${data.tags.length} tag(s)`,
        textRows: data.tags.map((t) => ({ ...t })),
      }
    }
    if (action === 'create') {
      const tag = await createTag(store, req)
      return { data: tag, message: `Tagged version ${tag.version} ${tag.name}` }
    }
    const tag = await deleteTag(store, req)
    return {
      data: tag,
      message: `Deleted tag ${tag.name} (version ${tag.version} stays until optimize removes it after the retention period)`,
    }
  } finally {
    store.close()
  }
}

/** Asks on the terminal; true for y or yes. */
async function confirm(ctx: CommandContext, question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: ctx.stderr })
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim())
  } finally {
    rl.close()
  }
}

/**
 * `restore VERSION|TAG`: a new latest version equal to an older one. On a terminal it asks first; otherwise it
 * needs `--yes` (`USAGE_CONFIRMATION_REQUIRED`, exit 2).
 *
 * @param ctx - the command context (`args[0]` is the version or tag)
 * @returns the versions restored and made
 * @example
 * ```ts
 * await restoreCommand(ctx)
 * ```
 */
export async function restoreCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('restore', { version: ctx.args[0] })
  const store = await storeFrom(ctx)
  try {
    if (!req.yes && req.version !== undefined && process.stdin.isTTY && ctx.stderr.isTTY) {
      const ok = await confirm(
        ctx,
        `Restore table ${store.tableName} to ${req.version}? This makes a new latest version (now ${await store.version()}) with that content.`,
      )
      if (!ok) return { data: { restored: null }, message: 'Nothing restored.' }
      req.yes = true
    }
    const res = await restoreTable(store, req)
    return {
      data: res,
      message: `Restored version ${res.restored} as version ${res.version} (was ${res.version_before})`,
    }
  } finally {
    store.close()
  }
}

/**
 * `diff FROM [TO]`: the variant ids added, removed and changed between two versions or tags.
 *
 * @param ctx - the command context (`args` are FROM and TO)
 * @returns the diff; for humans, one line per id
 * @example
 * ```ts
 * await diffCommand(ctx)
 * ```
 */
export async function diffCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('diff', { from: ctx.args[0], to: ctx.args[1] })
  const store = await storeFrom(ctx)
  try {
    const d = await diffTable(store, req)
    const rows = [
      ...d.added.map((id) => ({ change: 'added', variant_id: id, columns: '' })),
      ...d.removed.map((id) => ({ change: 'removed', variant_id: id, columns: '' })),
      ...d.changed.map((c) => ({
        change: 'changed',
        variant_id: c.variant_id,
        columns: c.columns.join(','),
      })),
    ]
    const cut = d.truncated ? ' (lists cut at --max_ids)' : ''
    return {
      data: d,
      message: `Version ${d.from} → ${d.to}: ${d.counts.added} added, ${d.counts.removed} removed, ${d.counts.changed} changed${cut}`,
      textRows: rows,
    }
  } finally {
    store.close()
  }
}

/**
 * `optimize`: compaction, index update, cleanup of versions past the retention period (never tagged ones).
 *
 * @param ctx - the command context
 * @returns what was done and the sizes before and after
 * @example
 * ```ts
 * await optimizeCommand(ctx)
 * ```
 */
export async function optimizeCommand(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('optimize')
  const store = await storeFrom(ctx)
  try {
    const r = await optimizeTable(store, req)
    const held = r.held_by_tag ? `; tag ${r.held_by_tag} keeps the versions after it` : ''
    return {
      data: r,
      message: `Optimized: ${r.disk_bytes_before} → ${r.disk_bytes} bytes, ${r.versions_removed} version(s) removed${held}`,
    }
  } finally {
    store.close()
  }
}
