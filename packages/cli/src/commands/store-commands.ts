/**
 * The original tool's store commands: init, add, search, update, delete, index, filter.
 *
 * @module
 */
import {
  type ScalarIndexType,
  StoreError,
  UsageError,
  classifyAllele,
  createFeatureEmbedder,
  parseVariantSpec,
  sqlEquals,
} from '@vcf-agent/core'
import type { CommandOutput } from '../output.js'
import {
  type CommandContext,
  intOption,
  listOption,
  embedderFrom,
  optionalString,
  parseEmbedding,
  queryFilter,
  requireString,
  storeFrom,
} from './context.js'

/** `init-lancedb`: create the table (or report that it exists). */
export async function initLancedb(ctx: CommandContext): Promise<CommandOutput> {
  const dim = intOption(ctx, 'dim')
  const store = await storeFrom(ctx, { create: true, dim })
  try {
    const data = { db_path: store.dbPath, table_name: store.tableName, dim: store.dim, created: store.created, rows: await store.countRows() }
    return { data, message: store.created ? `Created table ${store.tableName} (dim ${store.dim}) in ${store.dbPath}` : `Table ${store.tableName} already exists (dim ${store.dim}, ${data.rows} rows)` }
  } finally {
    store.close()
  }
}

/** `add-variant`: add one variant with a given or computed embedding. */
export async function addVariant(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const spec = optionalString(ctx, 'variant')
    let chrom: string, pos: number, ref: string, alt: string
    if (spec) ({ chrom, pos, ref, alt } = parseVariantSpec(spec))
    else {
      chrom = requireString(ctx, 'chrom')
      pos = Number(requireString(ctx, 'pos'))
      ref = requireString(ctx, 'ref')
      alt = requireString(ctx, 'alt')
    }
    const text = optionalString(ctx, 'embedding')
    const clinical = optionalString(ctx, 'clinical_significance') ?? null
    const embedding = text
      ? parseEmbedding(text)
      : spec
        ? createFeatureEmbedder(store.dim).embedOne({ chrom, pos, ref, alt, clinical_significance: clinical })
        : (() => {
            throw new UsageError('USAGE_INVALID_ARGUMENT', 'Give --embedding f,f,… or --variant chrom:pos:ref:alt to compute one.')
          })()
    const variantId = optionalString(ctx, 'variant_id') ?? `${chrom}-${pos}-${ref}-${alt}`
    const res = await store.upsertVariants([
      { variant_id: variantId, embedding, chrom, pos, ref, alt, clinical_significance: clinical, variant_class: classifyAllele(ref, alt) },
    ])
    return {
      data: { added: res.inserted, variant_id: variantId },
      message: res.inserted === 1 ? `Added ${variantId}` : `${variantId} is already stored; nothing added (update it with update-variant)`,
    }
  } finally {
    store.close()
  }
}

/** `search-embedding`: nearest neighbours of an embedding, a variant or a stored variant. */
export async function searchEmbedding(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const text = optionalString(ctx, 'embedding')
    const spec = optionalString(ctx, 'variant')
    const like = optionalString(ctx, 'like')
    const given = [text, spec, like].filter((x) => x !== undefined).length
    if (given !== 1) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'Give exactly one of --embedding f,f,…, --variant chrom:pos:ref:alt or --like VARIANT_ID.')
    }
    let vector: Float32Array | number[]
    let filter = await queryFilter(ctx, store)
    if (text) vector = parseEmbedding(text)
    else if (spec) {
      const v = parseVariantSpec(spec)
      const [vec] = await embedderFrom(ctx, store.dim).provider.embed([{ ...v, variant_class: classifyAllele(v.ref, v.alt) }])
      vector = vec!
    } else {
      const found = await store.getVariant(like!, { select: ['variant_id', 'embedding'] })
      if (!found?.embedding) {
        throw new StoreError('STORE_VARIANT_NOT_FOUND', `No variant with id ${JSON.stringify(like)} in table ${store.tableName}.`, { details: { variant_id: like } })
      }
      vector = found.embedding
      const notSelf = `NOT (${sqlEquals('variant_id', like!)})`
      filter = filter ? `(${filter}) AND ${notSelf}` : notSelf
    }
    const hits = await store.searchByEmbedding(vector, {
      limit: intOption(ctx, 'limit'),
      ...(filter ? { filter } : {}),
      ...(listOption(ctx, 'select_columns') ? { select: listOption(ctx, 'select_columns') } : {}),
    })
    return { data: hits, rows: hits as unknown as Record<string, unknown>[], message: `${hits.length} hit(s)` }
  } finally {
    store.close()
  }
}

/** `update-variant`: change columns of one variant. */
export async function updateVariant(ctx: CommandContext): Promise<CommandOutput> {
  const id = requireString(ctx, 'variant_id')
  const text = requireString(ctx, 'updates')
  let updates: unknown
  try {
    updates = JSON.parse(text)
  } catch (err) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `--updates is not valid JSON (${(err as Error).message}); give e.g. '{"clinical_significance": "Benign"}'.`)
  }
  if (updates === null || typeof updates !== 'object' || Array.isArray(updates)) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', '--updates must be a JSON object such as {"clinical_significance": "Benign"}.')
  }
  const store = await storeFrom(ctx)
  try {
    const res = await store.updateVariant(id, updates as Record<string, never>)
    return { data: { variant_id: id, ...res }, message: res.updated === 0 ? `No variant with id ${id}; nothing updated` : `Updated ${res.updated} row(s)` }
  } finally {
    store.close()
  }
}

/** `delete-variants`: delete rows matching a filter (refusing match-all without --all). */
export async function deleteVariants(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const filter = await queryFilter(ctx, store)
    if (!filter) {
      throw new UsageError('USAGE_INVALID_ARGUMENT', 'delete-variants needs --filter_sql, --region, --regions_file, --samples or --gene.')
    }
    const res = await store.deleteVariants(filter, { all: Boolean(ctx.opt('all')) })
    return { data: res, message: `Deleted ${res.deleted} row(s)` }
  } finally {
    store.close()
  }
}

/** `create-lancedb-index`: a scalar or vector index. */
export async function createIndex(ctx: CommandContext): Promise<CommandOutput> {
  const type = String(ctx.opt('index_type')).toUpperCase()
  const replace = Boolean(ctx.opt('replace'))
  const store = await storeFrom(ctx)
  try {
    if (ctx.opt('genomic')) {
      const made = await store.createGenomicIndexes()
      return { data: { indexes: made }, message: `Created ${made.join(', ')}` }
    }
    if (type === 'IVF_PQ' || type === 'IVF_FLAT') {
      await store.createVectorIndex({
        type,
        replace,
        ...(intOption(ctx, 'num_partitions') ? { numPartitions: intOption(ctx, 'num_partitions') } : {}),
        ...(intOption(ctx, 'num_sub_vectors') ? { numSubVectors: intOption(ctx, 'num_sub_vectors') } : {}),
      })
      return { data: { column: 'embedding', index_type: type }, message: `Created ${type} index on embedding` }
    }
    const column = requireString(ctx, 'column')
    await store.createScalarIndex(column, type as ScalarIndexType, { replace })
    return { data: { column, index_type: type }, message: `Created ${type} index on ${column}` }
  } finally {
    store.close()
  }
}

/** `filter-lancedb`: rows matching a filter. */
export async function filterLancedb(ctx: CommandContext): Promise<CommandOutput> {
  const store = await storeFrom(ctx)
  try {
    const select = listOption(ctx, 'select_columns')
    const rows = await store.filterVariants(await queryFilter(ctx, store), {
      limit: intOption(ctx, 'limit'),
      ...(select ? { select } : {}),
    })
    return { data: rows, rows: rows as unknown as Record<string, unknown>[], message: `${rows.length} row(s)` }
  } finally {
    store.close()
  }
}
