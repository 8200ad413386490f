/**
 * The versions half of the store's public face: time travel, tags, restore, diff and optimize, over LanceDB's
 * table versions (every commit makes one). {@link VariantStore} extends it.
 *
 * @module
 */
import type { IngestSession, IngestSessionOptions } from './ingest-session.js'
import type {
  DiffOptions,
  DiffResult,
  OptimizeOptions,
  OptimizeResult,
  RestoreResult,
  TagInfo,
  VersionInfo,
} from './types.js'
import type { VariantStore } from './variant-store.js'

/**
 * Versions of the Variant table. LanceDB keeps every committed version of a table until `optimize` removes it
 * after the retention period; a version is named by its number or by a tag (`VERSION|TAG`: all digits is a
 * number, anything else a tag). Every write's audit record names the versions before and after it.
 *
 * @hideconstructor
 * @example
 * ```ts
 * await store.createTag('clinvar-2024-06')
 * const old = await store.at('clinvar-2024-06')
 * await old.query().genes(['BRCA1']).toArray() // rows as they were then
 * const d = await store.diff('clinvar-2024-06') // what changed since
 * ```
 */
export abstract class VersionedStore {
  /** The version this store is pinned to (a view made by {@link VersionedStore.at}); undefined for the store itself. */
  abstract get pinnedVersion(): number | undefined

  /**
   * A read-only view of the table as of a version or tag (LanceDB `checkout` on a handle of its own; the store's
   * own handle keeps following the latest version). Every read of the view reads exactly that version and its
   * answers name it; writes through it are refused. With no ref: the latest version now, pinned.
   *
   * @param ref - version number, tag, or undefined for the latest version
   * @returns the view (the store itself when it is already pinned there)
   * @throws {StoreError} `STORE_VERSION_NOT_FOUND` for an unknown tag or a version that does not exist (any more)
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty ref or a version below 1
   * @example
   * ```ts
   * const v3 = await store.at(3)
   * await v3.countRows()
   * ```
   */
  abstract at(ref?: string | number): Promise<VariantStore>

  /**
   * Every version LanceDB keeps, oldest first, with its time, row count and tags (LanceDB `listVersions`, `tags`),
   * and the operation and actor that made it (from the audit log: one pass over the file).
   *
   * @returns the versions
   * @example
   * ```ts
   * for (const v of await store.listVersions()) console.log(v.version, v.operation, v.rows, v.tags)
   * ```
   */
  abstract listVersions(): Promise<VersionInfo[]>

  /**
   * The table's tags, by version.
   *
   * @returns name and version of each tag
   * @example
   * ```ts
   * await store.listTags() // [{ name: 'clinvar-2017-04', version: 3 }]
   * ```
   */
  abstract listTags(): Promise<TagInfo[]>

  /**
   * Names a version (LanceDB `Tags.create`), under the write lock; audited. Tagged versions are never removed by
   * optimize.
   *
   * @param name - a letter, then letters, digits, `.`, `_` or `-` (at most 100 characters)
   * @param ref - the version (number or another tag); the default is the latest
   * @returns the tag
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for a bad name
   * @throws {StoreError} `STORE_TAG_EXISTS`; `STORE_VERSION_NOT_FOUND`
   * @example
   * ```ts
   * await store.createTag('clinvar-2024-06')
   * ```
   */
  abstract createTag(name: string, ref?: string | number): Promise<TagInfo>

  /**
   * Deletes a tag (its version stays until optimize removes it after the retention period); audited.
   *
   * @param name - the tag
   * @returns the tag deleted and the version it named
   * @throws {StoreError} `STORE_TAG_NOT_FOUND`
   * @example
   * ```ts
   * await store.deleteTag('clinvar-2017-04')
   * ```
   */
  abstract deleteTag(name: string): Promise<TagInfo>

  /**
   * Makes a new latest version equal in content to an older one (LanceDB `checkout` + `restore`), under the write
   * lock; audited with the versions before and after. The versions in between stay reachable.
   *
   * @param ref - the version or tag to bring back
   * @returns the version restored and the new version
   * @throws {StoreError} `STORE_VERSION_NOT_FOUND`
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * await store.restore('clinvar-2017-04') // { restored: 3, versionBefore: 7, version: 8 }
   * ```
   */
  abstract restore(ref: string | number): Promise<RestoreResult>

  /**
   * The variant ids added, removed and changed (with the content columns that differ) from one version to
   * another. Neither version is read into memory: LanceDB hashes each row's content and sorts `(variant_id, hash)`,
   * and the two sorted streams are merged batch by batch; only the listed changed ids are read back to name their
   * columns. Cost: one scan of the content columns of each version in LanceDB, about 60 bytes a row into JS.
   *
   * @param from - the older version or tag
   * @param to - the newer version or tag; the default is the latest
   * @param options - `maxIds`: list at most this many ids of each kind (default 1000, 0 for all)
   * @returns the counts and the (sorted) ids
   * @throws {StoreError} `STORE_VERSION_NOT_FOUND`
   * @example
   * ```ts
   * const d = await store.diff('clinvar-2017-04', 'clinvar-2017-05')
   * d.changed // [{ variant_id: '1-1014143-C-T', columns: ['clinical_significance', 'info'] }]
   * ```
   */
  abstract diff(
    from: string | number,
    to?: string | number,
    options?: DiffOptions,
  ): Promise<DiffResult>

  /**
   * Compacts the table's files, updates its indexes and removes versions older than the retention period, never
   * the latest or a tagged one (LanceDB `optimize`), and deletes the staging files of crashed ingests; under the
   * write lock (LanceDB warns that concurrent maintenance can corrupt a table); audited. Stores also run it by
   * themselves after 20 commits or 100 000 rows (see `OpenStoreOptions.autoOptimize`).
   *
   * @param options - retention (default 7 days), `deleteUnverified`
   * @returns what was compacted and removed, and the table's size before and after
   * @throws {LockError} `LOCK_TIMEOUT`
   * @example
   * ```ts
   * const r = await store.optimize({ retentionMs: 24 * 3600_000 })
   * console.log(r.diskBytesBefore, '→', r.diskBytes)
   * ```
   */
  abstract optimize(options?: OptimizeOptions): Promise<OptimizeResult>

  /**
   * Starts an ingest: batches are classified and staged, then committed at once (see `ingest-session.ts`).
   * @internal
   */
  abstract beginIngest(options: IngestSessionOptions): Promise<IngestSession>
}
