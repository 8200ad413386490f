/**
 * One open {@link VariantStore} per table, opened on first use and shared by every request.
 *
 * @module
 */
import { readdir } from 'node:fs/promises'
import { type EmbeddingProvider, type VariantStore, openStore } from '@vcf-agent/core'

/** Options of {@link StoreCache}. */
export interface StoreCacheOptions {
  /** LanceDB folder. */
  dbPath: string
  /** How long a write waits for the write lock, in ms. The default is core's (60 000 ms). */
  lockTimeoutMs?: number
  /** Makes the embedder of a table from its dim. The default is the built-in feature embedder. */
  embedder?: (dim: number) => EmbeddingProvider
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
  readonly #options: StoreCacheOptions
  readonly #stores = new Map<string, Promise<VariantStore>>()
  #closed = false

  /** @param options - database folder and lock timeout */
  constructor(options: StoreCacheOptions) {
    this.#options = options
  }

  /** The LanceDB folder. */
  get dbPath(): string {
    return this.#options.dbPath
  }

  /**
   * The store of an existing table.
   *
   * @param tableName - table name (letters, digits, `_`, `.`, `-`)
   * @returns the shared store; use `store.withActor(name)` for a request's operations
   * @throws {StoreError} `STORE_TABLE_NOT_FOUND` when the table does not exist
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an invalid table name
   */
  get(tableName: string): Promise<VariantStore> {
    if (this.#closed) return Promise.reject(new Error('The store cache is closed.'))
    let store = this.#stores.get(tableName)
    if (!store) {
      store = openStore(this.#options.dbPath, { tableName, create: false, ...this.#lockOptions() })
      this.#stores.set(tableName, store)
      const opened = store
      opened.catch(() => {
        if (this.#stores.get(tableName) === opened) this.#stores.delete(tableName)
      })
    }
    return store
  }

  /**
   * Creates a table, or opens it when it exists with the same `dim` (idempotent, like `vcf-agent init-lancedb`).
   * The handle used to create it is closed again; requests open the table lazily through {@link StoreCache.get}.
   *
   * @param tableName - table name
   * @param dim - embedding dimension; when omitted, core's default (1024) for a new table, or the existing table's
   * @returns the table's dim and whether this call created it
   * @throws {SchemaError} `SCHEMA_MISMATCH` when the table exists with another `dim`
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an invalid name or dim
   */
  async create(tableName: string, dim?: number): Promise<{ dim: number; created: boolean }> {
    const store = await openStore(this.#options.dbPath, {
      tableName,
      create: true,
      ...(dim === undefined ? {} : { dim }),
      ...this.#lockOptions(),
    })
    const result = { dim: store.dim, created: store.created }
    store.close()
    return result
  }

  /**
   * Names of the tables in the database folder (folders named `<table>.lance`), sorted.
   *
   * @returns table names; empty when the folder does not exist
   */
  async list(): Promise<string[]> {
    try {
      const entries = await readdir(this.#options.dbPath, { withFileTypes: true })
      return entries
        .filter((e) => e.isDirectory() && e.name.endsWith('.lance'))
        .map((e) => e.name.slice(0, -'.lance'.length))
        .sort()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
  }

  /**
   * Closes every open store. Later calls to {@link StoreCache.get} fail.
   */
  async close(): Promise<void> {
    this.#closed = true
    const stores = [...this.#stores.values()]
    this.#stores.clear()
    for (const result of await Promise.allSettled(stores)) {
      if (result.status === 'fulfilled') result.value.close()
    }
  }

  #lockOptions(): { lockTimeoutMs?: number; embedder?: (dim: number) => EmbeddingProvider } {
    return {
      ...(this.#options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: this.#options.lockTimeoutMs }),
      ...(this.#options.embedder ? { embedder: this.#options.embedder } : {}),
    }
  }
}
