/**
 * The version use-cases both adapters call — list versions, tags, restore, diff, optimize — each taking a typed
 * request (see {@link parseRequest}) and returning the snake_case JSON both print or send.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import type { VariantStore } from '../store/variant-store.js'
import type { RequestOf } from './options.js'

/** One version as JSON. */
export interface VersionJson {
  /** LanceDB version number. */
  version: number
  /** Commit time, ISO-8601 UTC. */
  timestamp: string
  /** Rows in that version (null when LanceDB did not record it). */
  rows: number | null
  /** The audited operation that made it (null when unknown). */
  operation: string | null
  /** Who made it (null when unknown). */
  actor: string | null
  /** Tags naming it. */
  tags: string[]
}

/** The answer of `versions`. */
export interface VersionsJson {
  /** Table name. */
  table: string
  /** The latest version. */
  version: number
  /** Every version kept, oldest first. */
  versions: VersionJson[]
}

/**
 * Every version of the table, oldest first, with time, operation (from the audit log), row count (LanceDB) and
 * tags.
 *
 * @param store - the store
 * @returns the latest version and the list
 * @example
 * ```ts
 * (await listVersions(store)).versions.map((v) => `${v.version} ${v.operation}`)
 * ```
 */
export async function listVersions(store: VariantStore): Promise<VersionsJson> {
  const [versions, version] = await Promise.all([store.listVersions(), store.version()])
  return {
    table: store.tableName,
    version,
    versions: versions.map((v) => ({
      version: v.version,
      timestamp: v.timestamp,
      rows: v.rows ?? null,
      operation: v.operation ?? null,
      actor: v.actor ?? null,
      tags: v.tags,
    })),
  }
}

/** A tag as JSON. */
export interface TagJson {
  /** Tag name. */
  name: string
  /** The version it names. */
  version: number
}

/**
 * Creates a tag on `version` (default: the latest).
 *
 * @param store - the store
 * @param req - `name` (required) and `version`
 * @returns the tag
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` without a name, or for a bad one
 * @throws {StoreError} `STORE_TAG_EXISTS`, `STORE_VERSION_NOT_FOUND`
 * @example
 * ```ts
 * await createTag(store, { name: 'clinvar-2024-06' })
 * ```
 */
export function createTag(store: VariantStore, req: RequestOf<'tag'>): Promise<TagJson> {
  return store.createTag(required(req.name, 'name'), req.version)
}

/**
 * The table's tags, by version.
 *
 * @param store - the store
 * @returns the tags
 * @example
 * ```ts
 * await listTags(store) // { table: 'variants', tags: [{ name: 'clinvar-2017-04', version: 3 }] }
 * ```
 */
export async function listTags(store: VariantStore): Promise<{ table: string; tags: TagJson[] }> {
  return { table: store.tableName, tags: await store.listTags() }
}

/**
 * Deletes a tag.
 *
 * @param store - the store
 * @param req - `name` (required)
 * @returns the tag deleted and the version it named
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` without a name
 * @throws {StoreError} `STORE_TAG_NOT_FOUND`
 * @example
 * ```ts
 * await deleteTag(store, { name: 'clinvar-2017-04' })
 * ```
 */
export function deleteTag(store: VariantStore, req: RequestOf<'tag'>): Promise<TagJson> {
  return store.deleteTag(required(req.name, 'name'))
}

/** The answer of `restore`. */
export interface RestoreJson {
  /** The version whose content was restored. */
  restored: number
  /** The latest version before. */
  version_before: number
  /** The new latest version, equal in content to `restored`. */
  version: number
}

/**
 * Restores an older version as a new latest version. Destructive for readers of the latest version, so it needs
 * `yes: true` (the CLI asks on a terminal).
 *
 * @param store - the store
 * @param req - `version` (a number or tag, required) and `yes`
 * @returns the versions
 * @throws {UsageError} `USAGE_CONFIRMATION_REQUIRED` without `yes`; `USAGE_INVALID_ARGUMENT` without `version`
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND`
 * @example
 * ```ts
 * await restoreTable(store, { version: 'clinvar-2017-04', yes: true })
 * ```
 */
export async function restoreTable(
  store: VariantStore,
  req: RequestOf<'restore'>,
): Promise<RestoreJson> {
  const ref = required(req.version, 'version')
  if (!req.yes) {
    throw new UsageError(
      'USAGE_CONFIRMATION_REQUIRED',
      `Restoring table ${store.tableName} to ${ref} makes a new latest version with that content. Confirm with yes: true (CLI: --yes).`,
      { details: { option: 'yes', version: ref } },
    )
  }
  const r = await store.restore(ref)
  return { restored: r.restored, version_before: r.versionBefore, version: r.version }
}

/** The answer of `diff`. */
export interface DiffJson {
  /** Table name. */
  table: string
  /** The older version. */
  from: number
  /** The newer version. */
  to: number
  /** How many ids were added, removed and changed. */
  counts: { added: number; removed: number; changed: number }
  /** Ids in `to` only, sorted (at most `max_ids`). */
  added: string[]
  /** Ids in `from` only, sorted (at most `max_ids`). */
  removed: string[]
  /** Ids in both with other content, with the columns that differ (at most `max_ids`). */
  changed: { variant_id: string; columns: string[] }[]
  /** True when a list was cut at `max_ids`. */
  truncated: boolean
}

/**
 * The variant ids added, removed and changed between two versions or tags (see `VariantStore.diff` for the cost).
 *
 * @param store - the store
 * @param req - `from` (required), `to` (default: the latest), `max_ids` (default 1000, 0 for all)
 * @returns the diff
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` without `from`
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND`
 * @example
 * ```ts
 * (await diffTable(store, { from: 'clinvar-2017-04', to: 'clinvar-2017-05' })).changed
 * ```
 */
export async function diffTable(store: VariantStore, req: RequestOf<'diff'>): Promise<DiffJson> {
  const d = await store.diff(required(req.from, 'from'), req.to, { maxIds: req.max_ids ?? 1000 })
  return { table: store.tableName, ...d }
}

/** The answer of `optimize`. */
export interface OptimizeJson {
  /** The latest version before. */
  version_before: number
  /** The latest version after. */
  version: number
  /** Fragments compaction rewrote. */
  fragments_removed: number
  /** Fragments compaction wrote. */
  fragments_added: number
  /** Versions removed. */
  versions_removed: number
  /** Bytes the cleanup removed (LanceDB's count). */
  bytes_removed: number
  /** Size of the table folder before, in bytes. */
  disk_bytes_before: number
  /** Size of the table folder after, in bytes. */
  disk_bytes: number
  /** Versions committed before this time were eligible for removal, ISO-8601 UTC. */
  cleanup_before: string
  /** The tag that held the cleanup back (null when none). */
  held_by_tag: string | null
  /** Staging files of crashed ingests removed. */
  staging_files_removed: number
}

/**
 * Compacts the table, updates its indexes and removes versions older than `retention_days` (default 7; never
 * the latest or a tagged one) and crashed ingests' staging files.
 *
 * @param store - the store
 * @param req - `retention_days`, `delete_unverified`
 * @returns what was done, and the sizes before and after
 * @throws {LockError} `LOCK_TIMEOUT`
 * @example
 * ```ts
 * await optimizeTable(store, { retention_days: 1 })
 * ```
 */
export async function optimizeTable(
  store: VariantStore,
  req: RequestOf<'optimize'>,
): Promise<OptimizeJson> {
  const r = await store.optimize({
    retentionMs: (req.retention_days ?? 7) * 24 * 60 * 60 * 1000,
    deleteUnverified: Boolean(req.delete_unverified),
  })
  return {
    version_before: r.versionBefore,
    version: r.version,
    fragments_removed: r.fragmentsRemoved,
    fragments_added: r.fragmentsAdded,
    versions_removed: r.versionsRemoved,
    bytes_removed: r.bytesRemoved,
    disk_bytes_before: r.diskBytesBefore,
    disk_bytes: r.diskBytes,
    cleanup_before: r.cleanupBefore,
    held_by_tag: r.heldByTag ?? null,
    staging_files_removed: r.stagingFilesRemoved,
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `${name} is required.`, {
      details: { option: name },
    })
  }
  return value
}
