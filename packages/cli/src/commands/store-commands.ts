/**
 * The original tool's store commands — init, add, search, update, delete, index, filter — each a few lines over
 * core's use-cases (`@vcf-agent/core` query layer): parse the request, call core, hand back data.
 *
 * @module
 */
import {
  addVariant as addOne,
  createIndex as makeIndex,
  deleteRows,
  filterRows,
  searchHits,
  searchTextHits,
  updateVariant as updateOne,
} from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import { type CommandContext, storeFrom } from './context.js'

/** How the CLI gives `regions_file`: a path. */
const FILES = { regionsFile: 'path' } as const

/**
 * `init-lancedb`: create the table (or report that it exists).
 *
 * @param ctx - the command context
 * @returns the table's facts
 * @example
 * ```ts
 * await initLancedb(ctx)
 * ```
 */
export async function initLancedb(ctx: CommandContext): Promise<CommandOutput> {
  const { dim } = ctx.request('ingest')
  const store = await storeFrom(ctx, { create: true, dim })
  try {
    const data = {
      db_path: store.dbPath,
      table_name: store.tableName,
      dim: store.dim,
      created: store.created,
      rows: await store.countRows(),
    }
    return {
      data,
      message: store.created
        ? `Created table ${store.tableName} (dim ${store.dim}) in ${store.dbPath}`
        : `Table ${store.tableName} already exists (dim ${store.dim}, ${data.rows} rows)`,
    }
  } finally {
    store.close()
  }
}

/**
 * `add-variant`: add one variant with a given embedding, or one computed by the table's embedder.
 *
 * @param ctx - the command context
 * @returns whether it was added, and its id
 * @example
 * ```ts
 * await addVariant(ctx)
 * ```
 */
export async function addVariant(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('add')
  const store = await storeFrom(ctx)
  try {
    const res = await addOne(store, req)
    return {
      data: res,
      message:
        res.added === 1
          ? `Added ${res.variant_id}`
          : `${res.variant_id} is already stored; nothing added (update it with update-variant)`,
    }
  } finally {
    store.close()
  }
}

/**
 * `search-embedding`: nearest neighbours of an embedding, a variant or a stored variant; each NDJSON hit names the
 * table version searched (`table_version`), the text output says it once.
 *
 * @param ctx - the command context
 * @returns the hits
 * @example
 * ```ts
 * await searchEmbedding(ctx)
 * ```
 */
export async function searchEmbedding(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('search')
  const store = await storeFrom(ctx)
  try {
    const { version, hits } = await searchHits(store, req, FILES)
    return {
      data: hits,
      rows: ctx.json
        ? hits.map((h) => ({ ...h, table_version: version }))
        : (hits as unknown as Record<string, unknown>[]),
      message: `${hits.length} hit(s) (table version ${version})`,
    }
  } finally {
    store.close()
  }
}

/**
 * `search-text`: full-text hits over the `annotation` column, best first, each with its BM25 `score`.
 *
 * @param ctx - the command context
 * @returns the hits
 * @example
 * ```ts
 * await searchText(ctx)
 * ```
 */
export async function searchText(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('search_text')
  const store = await storeFrom(ctx)
  try {
    const { version, hits } = await searchTextHits(store, req, FILES)
    return {
      data: hits,
      rows: ctx.json
        ? hits.map((h) => ({ ...h, table_version: version }))
        : (hits as unknown as Record<string, unknown>[]),
      message: `${hits.length} hit(s) (table version ${version})`,
    }
  } finally {
    store.close()
  }
}

/**
 * `update-variant`: change columns of one variant (an unknown id is `STORE_VARIANT_NOT_FOUND`, exit 4).
 *
 * @param ctx - the command context
 * @returns the id and rows updated
 * @example
 * ```ts
 * await updateVariant(ctx)
 * ```
 */
export async function updateVariant(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('update')
  const store = await storeFrom(ctx)
  try {
    const res = await updateOne(store, req)
    return { data: res, message: `Updated ${res.updated} row(s)` }
  } finally {
    store.close()
  }
}

/**
 * `delete-variants`: delete rows matching the scope (refusing match-all without --all).
 *
 * @param ctx - the command context
 * @returns rows deleted
 * @example
 * ```ts
 * await deleteVariants(ctx)
 * ```
 */
export async function deleteVariants(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('delete')
  const store = await storeFrom(ctx)
  try {
    const res = await deleteRows(store, req, FILES)
    return { data: res, message: `Deleted ${res.deleted} row(s)` }
  } finally {
    store.close()
  }
}

/**
 * `create-lancedb-index`: a scalar, vector or every genomic index.
 *
 * @param ctx - the command context
 * @returns what was created
 * @example
 * ```ts
 * await createIndex(ctx)
 * ```
 */
export async function createIndex(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('index')
  const store = await storeFrom(ctx)
  try {
    const res = await makeIndex(store, req)
    return { data: res, message: `Created ${res.indexes.join(', ')}` }
  } finally {
    store.close()
  }
}

/**
 * `filter-lancedb`: rows matching the scope, streamed; says so on stderr when the limit cut the result. Each NDJSON
 * row names the table version read (`table_version`), the text output says it once.
 *
 * @param ctx - the command context
 * @returns the rows
 * @example
 * ```ts
 * await filterLancedb(ctx)
 * ```
 */
export async function filterLancedb(ctx: CommandContext): Promise<CommandOutput> {
  const req = ctx.request('filter')
  const store = await storeFrom(ctx)
  try {
    const stream = filterRows(store, req, FILES)
    const rows: Record<string, unknown>[] = []
    for await (const row of stream) rows.push(row as unknown as Record<string, unknown>)
    // NDJSON: every row names the table version it was read from
    if (ctx.json) for (const r of rows) r.table_version = stream.version
    const more = stream.truncated ? `; more rows match (raise --limit, or --limit 0 for all)` : ''
    return {
      data: rows,
      rows,
      message: `${rows.length} row(s) (table version ${stream.version})${more}`,
    }
  } finally {
    store.close()
  }
}
