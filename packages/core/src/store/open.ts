/**
 * `openStore`: opens (or creates) the Variant table in a LanceDB folder.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
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
import { ensureLanceCpuThreads } from './lance-runtime.js'
import { isObjectStoreUri, parseDbLocation } from './location.js'
import { ensureConditionalPut } from './probe.js'
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
 * Opens (or creates) the Variant table in a LanceDB folder or on object storage. Idempotent: a second call opens
 * the same table and reports `created: false`. The connection reads with `readConsistencyInterval: 0`, so every
 * read sees the latest commit, including other processes' writes.
 *
 * On object storage (`s3://bucket/prefix`, `s3+ddb://bucket/prefix?ddbTableName=T`) the storage options come
 * from the AWS environment (see {@link storageOptionsFromEnv}) and `options.storageOptions`; writes take no lock
 * file (only the in-process mutex) and rely on LanceDB's commit protocol; before the first write a plain `s3://`
 * store is probed for `If-None-Match` support. The audit log, staging files and counters live in a local folder
 * per writer ({@link DbLocation}).
 *
 * @param dbPath - LanceDB folder (created, mode 0700, if missing) or an object-storage URI
 * @param options - table name (default `variants`), dim (default 1024 for new tables), embedder, lock timeouts, audit
 * @returns the store
 * @throws {SchemaError} `SCHEMA_MISMATCH` when the existing table has another `dim`, missing or retyped columns
 * @throws {StoreError} `STORE_TABLE_NOT_FOUND` when `create: false` and the table does not exist
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a bad table name or dim, a malformed object-storage URI, an
 *   empty `dbPath`, or one that names a file
 * @throws {StoreError} `STORE_FAILED` when the database folder cannot be created (its message says why)
 * @throws {StoreError} `STORE_UNSAFE_OBJECT_STORE` when a new table would be created on an `s3://` store that
 *   ignores `If-None-Match`; `STORE_FAILED` when the store cannot be reached
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
  // before LanceDB's CPU pool starts: a one-thread pool deadlocks full-text index builds (see lance-runtime.ts)
  ensureLanceCpuThreads()
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
  const location = parseDbLocation(dbPath, options.storageOptions)
  dbPath = location.uri
  const local = location.kind === 'local'
  if (local) {
    if (options.create === false && !existsSync(join(dbPath, `${tableName}.lance`))) {
      await notAFile(dbPath)
      throw notFound(tableName, dbPath)
    }
    // new database folders are private (0700); an existing folder others can write to is reported
    await makeFolder(dbPath)
    const mode = (await stat(dbPath)).mode
    if ((mode & 0o022) !== 0) {
      options.onWarning?.(
        `Database folder ${dbPath} is writable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 700 on it.`,
      )
    }
  } else await makeFolder(location.localDir)
  let conn: lancedb.Connection
  try {
    conn = await lancedb.connect(
      dbPath,
      local
        ? { readConsistencyInterval: 0 }
        : { readConsistencyInterval: 0, storageOptions: location.storageOptions },
    )
  } catch (err) {
    throw translateError(err, 'open')
  }
  let created = false
  try {
    if (!(await conn.tableNames()).includes(tableName)) {
      if (options.create === false) throw notFound(tableName, dbPath)
      const dim = options.dim ?? DEFAULT_DIM
      const create = async () => {
        if ((await conn.tableNames()).includes(tableName)) return
        let table: lancedb.Table
        try {
          table = await conn.createEmptyTable(tableName, variantSchema(dim), { mode: 'create' })
        } catch (err) {
          // on object storage another host may have created it a moment ago
          if (!local && (await conn.tableNames()).includes(tableName)) return
          throw err
        }
        await table.setUnenforcedPrimaryKey(PRIMARY_KEY)
        await table.updateFieldMetadata(initialFacts())
        table.close()
        created = true
      }
      if (local)
        await withWriteLock(lockPathFor(dbPath, tableName), create, {
          timeoutMs: options.lockTimeoutMs,
          staleMs: options.lockStaleMs,
          operation: 'create-table',
        })
      else {
        await ensureConditionalPut(location)
        await create()
      }
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
          : await createAuditLog(options.audit ?? join(location.localDir, 'audit.log.jsonl'), {
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
      location,
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
 * Names of the Variant tables in a LanceDB folder (its `<table>.lance` folders), sorted. Opens nothing. On object
 * storage (`s3://`, `s3+ddb://`) the bucket prefix is listed through LanceDB.
 *
 * @param dbPath - LanceDB folder, or an object-storage URI
 * @param options - storage options for an object-storage URI (added to those from the AWS environment)
 * @returns table names; empty when the folder does not exist
 * @throws {StoreError} `STORE_FAILED` when the object store cannot be listed
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a malformed object-storage URI
 * @example
 * ```ts
 * await listTables('./lancedb') // ['variants']
 * ```
 */
export async function listTables(
  dbPath: string,
  options: Pick<OpenStoreOptions, 'storageOptions'> = {},
): Promise<string[]> {
  if (isObjectStoreUri(dbPath)) {
    const location = parseDbLocation(dbPath, options.storageOptions)
    try {
      const conn = await lancedb.connect(location.uri, { storageOptions: location.storageOptions })
      try {
        return (await conn.tableNames()).sort()
      } finally {
        conn.close()
      }
    } catch (err) {
      throw translateError(err, 'list-tables')
    }
  }
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

/** Refuses a database path `dir` when `at` (it, or a folder above it) is something other than a folder. */
async function notAFile(at: string, dir = at): Promise<void> {
  const st = await stat(at).catch(() => undefined)
  if (st && !st.isDirectory()) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `db_path ${dir}: ${at} is a file, not a folder; give the folder that holds (or is to hold) the LanceDB database.`,
      { details: { option: 'db_path', path: dir } },
    )
  }
}

/**
 * Creates a database folder and the folders above it that are missing, each private (0700). Not
 * `mkdir({ recursive: true })`: Node 20's loops for ever under a parent it cannot create in (`/proc/x`).
 *
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the path (or a folder above it) is a file
 * @throws {StoreError} `STORE_FAILED` when a folder cannot be created (permissions, read-only file system)
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = []
  for (let at = dir; ; at = dirname(at)) {
    const st = await stat(at).catch((err: NodeJS.ErrnoException) => {
      // ENOTDIR: a file above it, found on the way up
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined
      throw cannotCreate(dir, err)
    })
    if (st) {
      if (!st.isDirectory()) await notAFile(at, dir)
      break
    }
    missing.push(at)
    if (dirname(at) === at) break
  }
  for (const d of missing.reverse()) {
    await mkdir(d, { mode: 0o700 }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw cannotCreate(dir, err)
    })
  }
}

function cannotCreate(dir: string, err: NodeJS.ErrnoException): StoreError {
  const why =
    err.code === 'EACCES' || err.code === 'EPERM'
      ? 'permission denied (choose a folder you can write to)'
      : err.code === 'EROFS'
        ? 'the file system is read-only'
        : err.code === 'ENOENT'
          ? 'a folder cannot be made there (choose another place)'
          : err.message
  return new StoreError('STORE_FAILED', `Cannot create the database folder ${dir}: ${why}.`, {
    cause: err,
    details: { path: dir, ...(err.code ? { errno: err.code } : {}) },
  })
}
