/**
 * Table versions and tags over LanceDB's own (`Table.version()`, `listVersions()`, `checkout(version | tag)`,
 * `restore()`, `tags()`): resolving `VERSION|TAG`, read-only handles pinned to a version, the version list (with
 * the operation that made each version, from the audit log), tags, and restore.
 *
 * A checked-out LanceDB table is read-only and `checkout` changes the handle in place, so pinned reads use handles
 * of their own, opened once per version and never moved: the store's live handle is never checked out, and
 * concurrent readers of one version share a handle safely.
 *
 * @internal
 * @module
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type * as lancedb from '@lancedb/lancedb'
import { StoreError, UsageError } from '../errors/errors.js'
import type { SchemaState, TableHandle } from './handle.js'
import { refreshState, schemaStateOf } from './migrate.js'
import type { TagInfo, VersionInfo } from './types.js'

/** Tag names: a letter first, then letters, digits, `.`, `_` or `-`; at most 100 characters. */
const TAG_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/

/** A ref that is all digits names a version number; anything else names a tag. */
const VERSION_NUMBER = /^\d{1,15}$/

/**
 * Checks a tag name (it must not look like a version number, so `VERSION|TAG` is never ambiguous).
 *
 * @param name - the proposed tag
 * @returns the name
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
 * @internal
 */
export function checkTagName(name: unknown): string {
  if (typeof name !== 'string' || !TAG_NAME.test(name)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Invalid tag name ${JSON.stringify(name)}: start with a letter, then use letters, digits, . _ and - (at most 100 characters), e.g. clinvar-2024-06.`,
      { details: { option: 'name' } },
    )
  }
  return name
}

function versionNotFound(h: TableHandle, ref: string | number, cause?: unknown): StoreError {
  return new StoreError(
    'STORE_VERSION_NOT_FOUND',
    `Table ${h.tableName} has no version or tag ${JSON.stringify(String(ref))}. ` +
      'List them with `vcf-agent versions` and `vcf-agent tag list`; versions older than the retention period are removed by optimize unless tagged.',
    { cause, details: { table: h.tableName, ref: String(ref) } },
  )
}

/**
 * The version number a ref names: a number (or a string of digits) is a version, anything else a tag; undefined
 * is the latest version. A number is checked when it is checked out.
 *
 * @param h - the table
 * @param ref - version, tag or undefined
 * @returns the version number
 * @throws {StoreError} `STORE_VERSION_NOT_FOUND` for an unknown tag
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an empty ref or a version number below 1
 * @internal
 */
export async function resolveVersion(
  h: TableHandle,
  ref: string | number | undefined,
): Promise<number> {
  if (ref === undefined) return h.pinned ?? (await h.table.version())
  const text = String(ref).trim()
  if (text === '')
    throw new UsageError('USAGE_INVALID_ARGUMENT', 'A version or tag must not be empty.', {
      details: { option: 'as_of' },
    })
  if (typeof ref === 'number' || VERSION_NUMBER.test(text)) {
    const v = Number(text)
    if (!Number.isSafeInteger(v) || v < 1)
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `A table version is an integer ≥ 1 (got ${text}).`,
      )
    return v
  }
  try {
    return await (await h.table.tags()).getVersion(text)
  } catch (err) {
    throw versionNotFound(h, text, err)
  }
}

/** A handle checked out at one version, with that version's schema facts. @internal */
export interface Pinned {
  /** The checked-out (read-only) LanceDB table. */
  table: lancedb.Table
  /** The schema state of that version. */
  state: SchemaState
}

/** How many pinned handles a store keeps open (least recently used dropped first). */
const PIN_CACHE_SIZE = 8

/**
 * Pinned handles of one table, shared by a store and its views: one per version, opened on first use, never
 * checked out again (so concurrent reads of a version share it). Dropped handles are left to LanceDB's garbage
 * collection, since a read may still be using one.
 * @internal
 */
export class PinCache {
  readonly #pins = new Map<number, Promise<Pinned>>()
  readonly #open: Set<lancedb.Table> = new Set()

  /**
   * The handle of `version`.
   * @throws {StoreError} `STORE_VERSION_NOT_FOUND` when the table has no such version
   */
  get(h: TableHandle, version: number): Promise<Pinned> {
    let pin = this.#pins.get(version)
    if (pin) {
      this.#pins.delete(version)
      this.#pins.set(version, pin)
      return pin
    }
    pin = (async () => {
      const table = await h.conn.openTable(h.tableName)
      try {
        await table.checkout(version)
        const state = schemaStateOf(await table.schema())
        this.#open.add(table)
        return { table, state }
      } catch (err) {
        table.close()
        throw versionNotFound(h, version, err)
      }
    })()
    this.#pins.set(version, pin)
    pin.catch(() => this.#pins.delete(version))
    while (this.#pins.size > PIN_CACHE_SIZE) {
      const oldest = this.#pins.keys().next().value as number
      this.#pins.delete(oldest)
    }
    return pin
  }

  /** Closes every handle opened (when the store closes). */
  close(): void {
    for (const t of this.#open) t.close()
    this.#open.clear()
    this.#pins.clear()
  }
}

/** What the audit log says made a version. */
interface Made {
  action: string
  actor: string
  ts: string
}

/**
 * The audited operation behind each version of a table: each successful write record covers the versions
 * `versionBefore + 1 … versionAfter`. One streaming pass over the audit file (O(its size)); lines without
 * `versionAfter` are skipped unparsed.
 */
async function auditedVersions(
  path: string | undefined,
  table: string,
): Promise<Map<number, Made>> {
  const out = new Map<number, Made>()
  if (!path) return out
  const input = createReadStream(path, { encoding: 'utf8' })
  const lines = createInterface({ input, crlfDelay: Infinity })
  try {
    for await (const line of lines) {
      if (!line.includes('"versionAfter"')) continue
      let r: Record<string, unknown>
      try {
        r = JSON.parse(line) as Record<string, unknown>
      } catch {
        continue
      }
      if (r.table !== table || r.outcome !== 'ok') continue
      const after = Number(r.versionAfter)
      const before = Number(r.versionBefore ?? after)
      const made = { action: String(r.action), actor: String(r.actor), ts: String(r.ts) }
      for (let v = before + 1; v <= after; v++) out.set(v, made)
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  } finally {
    lines.close()
    input.destroy()
  }
  return out
}

/**
 * Every version LanceDB keeps, oldest first: time, row count (LanceDB's manifest), tags, and the audited
 * operation and actor that made it (from the audit log; absent for versions written without vcf-agent's audit,
 * e.g. the table's creation or another tool's writes).
 * @internal
 */
export async function listVersions(h: TableHandle): Promise<VersionInfo[]> {
  const [versions, tags, made] = await Promise.all([
    h.table.listVersions(),
    listTags(h),
    auditedVersions(h.auditPath, h.tableName),
  ])
  const byVersion = new Map<number, string[]>()
  for (const t of tags) byVersion.set(t.version, [...(byVersion.get(t.version) ?? []), t.name])
  return versions
    .map((v) => {
      const m = made.get(v.version)
      const rows = Number(v.metadata.total_rows)
      return {
        version: v.version,
        timestamp: new Date(v.timestamp).toISOString(),
        rows: Number.isFinite(rows) ? rows : undefined,
        tags: byVersion.get(v.version) ?? [],
        operation: m?.action,
        actor: m?.actor,
      }
    })
    .sort((a, b) => a.version - b.version)
}

/** The table's tags, sorted by version then name. @internal */
export async function listTags(h: TableHandle): Promise<TagInfo[]> {
  const tags = await (await h.table.tags()).list()
  return Object.entries(tags)
    .map(([name, t]) => ({ name, version: t.version }))
    .sort((a, b) => a.version - b.version || a.name.localeCompare(b.name))
}

/**
 * Tags a version (the latest when `ref` is undefined) under the write lock. Tags never move: an existing name is
 * refused.
 * @internal
 */
export function createTag(
  h: TableHandle,
  name: string,
  ref: string | number | undefined,
): Promise<TagInfo> {
  checkTagName(name)
  return h.write('tag-create', async () => {
    const version = await resolveVersion(h, ref)
    const tags = await h.table.tags()
    if (Object.hasOwn(await tags.list(), name)) {
      throw new StoreError(
        'STORE_TAG_EXISTS',
        `Table ${h.tableName} already has a tag ${name} (version ${await tags.getVersion(name)}). Delete it first (vcf-agent tag delete ${name}) or choose another name.`,
        { details: { table: h.tableName, tag: name } },
      )
    }
    try {
      await tags.create(name, version)
    } catch (err) {
      throw versionNotFound(h, version, err)
    }
    return { name, version }
  })
}

/** Deletes a tag under the write lock; the version stays until optimize removes it after the retention period. @internal */
export function deleteTag(h: TableHandle, name: string): Promise<TagInfo> {
  return h.write('tag-delete', async () => {
    const tags = await h.table.tags()
    const all = await tags.list()
    if (!Object.hasOwn(all, name)) {
      throw new StoreError(
        'STORE_TAG_NOT_FOUND',
        `Table ${h.tableName} has no tag ${JSON.stringify(name)}. List the tags with \`vcf-agent tag list\`.`,
        { details: { table: h.tableName, tag: name } },
      )
    }
    const version = all[name]!.version
    await tags.delete(name)
    return { name, version }
  })
}

/**
 * Makes a new version whose content equals version `ref` (LanceDB `checkout` + `restore` on a handle of its own),
 * under the write lock; the versions in between stay (time travel still reaches them).
 * @internal
 */
export function restoreVersion(
  h: TableHandle,
  ref: string | number,
): Promise<{ restored: number; versionBefore: number; version: number }> {
  return h.write('restore', async () => {
    const restored = await resolveVersion(h, ref)
    const versionBefore = await h.table.version()
    const t = await h.conn.openTable(h.tableName)
    try {
      try {
        await t.checkout(restored)
      } catch (err) {
        throw versionNotFound(h, ref, err)
      }
      await t.restore()
    } finally {
      t.close()
    }
    await refreshState(h)
    return { restored, versionBefore, version: await h.table.version() }
  })
}
