/**
 * One open {@link VariantStore} per table, opened on first use and shared by every request.
 *
 * @module
 */
import { type EmbeddingProvider, type VariantStore, openStore } from '@vcf-agent/core'

/** Options of {@link StoreCache}. */
export interface StoreCacheOptions {
  /** LanceDB folder, or an object-storage URI. */
  dbPath: string
  /** LanceDB storage options for an object-storage `dbPath` (see core's `OpenStoreOptions.storageOptions`). */
  storageOptions?: Record<string, string>
  /** How long a write waits for the write lock, in ms. The default is core's (60 000 ms). */
  lockTimeoutMs?: number
  /** Makes the embedder of a table from its dim. The default is the built-in feature embedder. */
  embedder?: (dim: number, tableEmbedder: string | undefined) => EmbeddingProvider
}

/**
 * Opens each table once, lazily, with `create: false`, and keeps the handle. Core connects with
 * `readConsistencyInterval: 0`, so a long-lived handle still sees writes made by the CLI or other processes.
 * A failed open (e.g. `STORE_TABLE_NOT_FOUND`) is not cached, so a table created later is found.
 *
 * @example
 * ```ts
 * const stores = new StoreCache({ dbPath: './lancedb' })
 * const store = await stores.get('variants')
 * await stores.close()
 * ```
 */
export class StoreCache {
  readonly #dbPath: string
  /** What every `openStore` call gets besides the table: lock timeout and embedder. */
  readonly #open: Omit<StoreCacheOptions, 'dbPath'>
  readonly #stores = new Map<string, Promise<VariantStore>>()
  #closed = false

  /** @param options - database folder, lock timeout and embedder */
  constructor(options: StoreCacheOptions) {
    const { dbPath, ...open } = options
    this.#dbPath = dbPath
    this.#open = open
  }

  /** The LanceDB folder, or object-storage URI. */
  get dbPath(): string {
    return this.#dbPath
  }

  /** The storage options of an object-storage `dbPath` (empty for a folder). */
  get storageOptions(): Record<string, string> {
    return this.#open.storageOptions ?? {}
  }

  /**
   * The shared store of an existing table; use `store.withActor(name)` for a request's operations.
   * @throws {StoreError} `STORE_TABLE_NOT_FOUND`; {@link UsageError} `USAGE_INVALID_ARGUMENT` for an invalid name
   */
  get(tableName: string): Promise<VariantStore> {
    if (this.#closed) return Promise.reject(new Error('The store cache is closed.'))
    let store = this.#stores.get(tableName)
    if (!store) {
      store = openStore(this.#dbPath, { tableName, create: false, ...this.#open })
      this.#stores.set(tableName, store)
      const opened = store
      opened.catch(() => {
        if (this.#stores.get(tableName) === opened) this.#stores.delete(tableName)
      })
    }
    return store
  }

  /**
   * Creates a table, or opens it when it exists with the same `dim` (idempotent, like `vcf-agent init-lancedb`),
   * and closes that handle again. Without `dim`: 1024 for a new table, or the existing table's.
   * @throws {SchemaError} `SCHEMA_MISMATCH` for another `dim`; {@link UsageError} `USAGE_INVALID_ARGUMENT`
   */
  async create(tableName: string, dim?: number): Promise<{ dim: number; created: boolean }> {
    const store = await openStore(this.#dbPath, {
      tableName,
      create: true,
      ...(dim === undefined ? {} : { dim }),
      ...this.#open,
    })
    const result = { dim: store.dim, created: store.created }
    store.close()
    return result
  }

  /** Closes every open store. Later calls to {@link StoreCache.get} fail. */
  async close(): Promise<void> {
    this.#closed = true
    const stores = [...this.#stores.values()]
    this.#stores.clear()
    const closing: Promise<void>[] = []
    for (const result of await Promise.allSettled(stores)) {
      if (result.status === 'fulfilled') {
        result.value.close()
        closing.push(result.value.closed())
      }
    }
    // queued audit records of reads reach the disk before the server exits
    await Promise.all(closing)
  }
}
