/**
 * `openStore`: opens (or creates) the Variant table in a LanceDB folder.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import { createAuditLog, createNullAuditLog } from '../audit/index.js'
import { createFeatureEmbedder } from '../embeddings/feature-embedder.js'
import { builtinDesignFor } from '../embeddings/features-v2.js'
import { SchemaError, StoreError, UsageError } from '../errors/errors.js'
import { withWriteLock } from '../lock/write-lock.js'
import { COLUMN_NAMES, DEFAULT_DIM, PRIMARY_KEY } from '../schema/columns.js'
import { variantSchema } from './arrow.js'
import { translateError } from './errors.js'
import { initialFacts } from './facts.js'
import { LanceVariantStore, METADATA_EMBEDDER, lockPathFor } from './lance-store.js'
import { schemaStateOf } from './migrate.js'
import { autoOptimizeFromEnv } from './optimize.js'
import { checkSchema } from './schema-check.js'
import { PinCache } from './versions.js'
import type { OpenStoreOptions } from './types.js'
import type { VariantStore } from './variant-store.js'

const TABLE_NAME = /^[A-Za-z0-9_.-]+$/

function notFound(tableName: string, dbPath: string): StoreError {
  return new StoreError(
    'STORE_TABLE_NOT_FOUND',
    `Table ${tableName} does not exist in ${dbPath}. Create it with \`vcf-agent init-lancedb\` or ingest a VCF.`,
    {
      details: { table: tableName },
    },
  )
}

/**
 * Opens (or creates) the Variant table in a LanceDB folder. Idempotent: a second call opens the same table and
 * reports `created: false`. The connection reads with `readConsistencyInterval: 0`, so every read sees the
 * latest commit, including other processes' writes.
 *
 * @param dbPath - LanceDB folder; created (mode 0700) if missing
 * @param options - table name (default `variants`), dim (default 1024 for new tables), embedder, lock timeouts, audit
 * @returns the store
 * @throws {SchemaError} `SCHEMA_MISMATCH` when the existing table has another `dim`, missing or retyped columns
 * @throws {StoreError} `STORE_TABLE_NOT_FOUND` when `create: false` and the table does not exist
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a bad table name or dim
 * @example
 * ```ts
 * const store = await openStore('./lancedb', { tableName: 'variants', dim: 1024 })
 * console.log(store.created ? 'created' : 'opened', store.dim)
 * ```
 */
export async function openStore(
  dbPath: string,
  options: OpenStoreOptions = {},
): Promise<VariantStore> {
  const tableName = options.tableName ?? 'variants'
  if (!TABLE_NAME.test(tableName)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Invalid table name ${JSON.stringify(tableName)}: use letters, digits, _ . and -.`,
    )
  }
  if (
    options.dim !== undefined &&
    (!Number.isSafeInteger(options.dim) || options.dim < 1 || options.dim > 65536)
  ) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'dim must be an integer between 1 and 65536.')
  }
  // An absolute path: LanceDB reads a relative path starting with "db" as a LanceDB Cloud URI (db://…).
  dbPath = resolve(dbPath)
  if (options.create === false && !existsSync(join(dbPath, `${tableName}.lance`)))
    throw notFound(tableName, dbPath)
  // new database folders are private (0700); an existing folder others can write to is reported
  await mkdir(dbPath, { recursive: true, mode: 0o700 })
  const mode = (await stat(dbPath)).mode
  if ((mode & 0o022) !== 0) {
    options.onWarning?.(
      `Database folder ${dbPath} is writable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 700 on it.`,
    )
  }
  const conn = await lancedb.connect(dbPath, { readConsistencyInterval: 0 })
  let created = false
  try {
    if (!(await conn.tableNames()).includes(tableName)) {
      if (options.create === false) throw notFound(tableName, dbPath)
      const dim = options.dim ?? DEFAULT_DIM
      await withWriteLock(
        lockPathFor(dbPath, tableName),
        async () => {
          if ((await conn.tableNames()).includes(tableName)) return
          const table = await conn.createEmptyTable(tableName, variantSchema(dim), {
            mode: 'create',
          })
          await table.setUnenforcedPrimaryKey(PRIMARY_KEY)
          await table.updateFieldMetadata(initialFacts())
          table.close()
          created = true
        },
        {
          timeoutMs: options.lockTimeoutMs,
          staleMs: options.lockStaleMs,
          operation: 'create-table',
        },
      )
    }
    const table = await conn.openTable(tableName)
    const schema = await table.schema()
    const check = checkSchema(schema, options.dim)
    if (check.differences.length > 0 || check.dim === undefined) {
      table.close()
      throw new SchemaError(
        'SCHEMA_MISMATCH',
        `Table ${tableName} in ${dbPath} does not match the Variant schema: ${check.differences.join('; ')}.`,
        {
          details: { table: tableName, differences: check.differences },
        },
      )
    }
    const recorded = schema.fields
      .find((f) => f.name === 'embedding')
      ?.metadata.get(METADATA_EMBEDDER)
    const sensitive = options.sensitiveColumns ?? []
    const audit =
      options.audit === false
        ? createNullAuditLog()
        : typeof options.audit === 'object'
          ? options.audit
          : await createAuditLog(options.audit ?? join(dbPath, 'audit.log.jsonl'), {
              columns: [...COLUMN_NAMES, ...sensitive],
              sensitiveColumns: sensitive,
            })
    return new LanceVariantStore({
      audit,
      pins: new PinCache(),
      autoOptimize:
        options.autoOptimize === undefined
          ? autoOptimizeFromEnv(process.env.VCF_AGENT_AUTO_OPTIMIZE)
          : options.autoOptimize,
      dbPath,
      tableName,
      dim: check.dim,
      created,
      state: schemaStateOf(schema),
      table,
      conn,
      options,
      embedder:
        typeof options.embedder === 'function'
          ? options.embedder(check.dim, recorded)
          : (options.embedder ?? createFeatureEmbedder(check.dim, builtinDesignFor(recorded))),
    })
  } catch (err) {
    conn.close()
    throw translateError(err, 'open')
  }
}

/**
 * Names of the Variant tables in a LanceDB folder (its `<table>.lance` folders), sorted. Opens nothing.
 *
 * @param dbPath - LanceDB folder
 * @returns table names; empty when the folder does not exist
 * @example
 * ```ts
 * await listTables('./lancedb') // ['variants']
 * ```
 */
export async function listTables(dbPath: string): Promise<string[]> {
  try {
    const entries = await readdir(dbPath, { withFileTypes: true })
    return entries
      .filter((e) => e.isDirectory() && e.name.endsWith('.lance'))
      .map((e) => e.name.slice(0, -'.lance'.length))
      .sort()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
}
