/**
 * What changed between two versions of the table, by `variant_id`, without reading either version into JS:
 *
 * 1. LanceDB hashes each row's content in SQL (`md5` over the {@link DIFF_COLUMNS}, length-prefixed, nulls
 *    marked) and streams `(variant_id, hash)` sorted by `variant_id` (a DataFusion sort of two short strings a
 *    row, in Rust), once per version;
 * 2. the two sorted streams are merged here batch by batch (memory: one batch of each), giving the added,
 *    removed and changed ids;
 * 3. only the changed ids that are listed are read back from both versions (`variant_id IN (…)` in lists of
 *    1 000) to name the columns that differ.
 *
 * Cost: LanceDB reads the content columns of every row of both versions (I/O O(rows)); JS receives about 60 bytes a
 * row per version, streamed; the result lists are capped by `maxIds` (counts are always complete).
 *
 * @internal
 * @module
 */
import type * as lancedb from '@lancedb/lancedb'
import type * as ArrowTypes from 'apache-arrow'
import { sqlIdent, sqlString } from '../filter/index.js'
import { COLUMNS, type ColumnSpec, PRIMARY_KEY } from '../schema/columns.js'
import { columnToArray, tableToRows } from './arrow.js'
import { translateError } from './errors.js'
import { UsageError } from '../errors/errors.js'
import type { TableHandle } from './handle.js'
import { type PinCache, type Pinned, resolveVersion } from './versions.js'
import type { ChangedVariant, DiffResult } from './types.js'

/**
 * The columns that make a row's content — every column except the key (`variant_id`), the `embedding` (derived
 * from the content) and the bookkeeping of where a row came from (`source_file`, `source_line`, `ingest_id`). A
 * re-ingested record that moved to another line of a newer file is unchanged; one whose CLNSIG, QUAL, FILTER,
 * INFO, ID, genotypes or annotations differ is changed. `diff` and `ingest --update-changed` compare these.
 */
export const DIFF_COLUMNS: readonly string[] = COLUMNS.map((c) => c.name).filter(
  (n) => !['variant_id', 'embedding', 'source_file', 'source_line', 'ingest_id'].includes(n),
)

/** Separator inside a list's text (a control character VCF text does not carry). */
const LIST_SEP = '\u001f'

/** One column's part of the hash input: typed, length-prefixed, with nulls marked, so different contents differ. */
function hashPart(c: ColumnSpec): string {
  const q = sqlIdent(c.name)
  switch (c.kind) {
    case 'utf8':
      return `CASE WHEN ${q} IS NULL THEN 'n' ELSE concat('s', CAST(character_length(${q}) AS STRING), ':', ${q}) END`
    case 'utf8_list':
      return `CASE WHEN ${q} IS NULL THEN 'n' ELSE concat('l', CAST(cardinality(${q}) AS STRING), ':', array_to_string(${q}, '${LIST_SEP}')) END`
    default:
      return `coalesce(CAST(${q} AS STRING), 'n')`
  }
}

/**
 * The SQL expression hashing the content columns `columns` of a row (hex MD5; a change detector, not a security
 * hash).
 * @internal
 */
export function contentHashSql(columns: readonly string[]): string {
  const specs = (COLUMNS as readonly ColumnSpec[]).filter((c) => columns.includes(c.name))
  return `CAST(md5(concat_ws('|', ${specs.map(hashPart).join(', ')})) AS STRING)`
}

/** Code-point order (= UTF-8 byte order, the order of LanceDB's sort of strings). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    if (x < 0xd800 && y < 0xd800) return x - y
    return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y)
  }
  return a.length - b.length
}

/** A cursor over `(variant_id, hash)` pairs of one version, in `variant_id` order, one batch in memory. */
class HashCursor {
  #it: AsyncIterator<unknown>
  #ids: string[] = []
  #hashes: string[] = []
  #at = 0
  #done = false

  constructor(table: lancedb.Table, columns: readonly string[]) {
    const query = table
      .query()
      .select({ [PRIMARY_KEY]: sqlIdent(PRIMARY_KEY), h: contentHashSql(columns) })
      .orderBy({ columnName: PRIMARY_KEY })
    this.#it = query[Symbol.asyncIterator]()
  }

  /** The current pair, or undefined at the end. */
  async peek(): Promise<{ id: string; hash: string } | undefined> {
    while (this.#at >= this.#ids.length) {
      if (this.#done) return undefined
      const next = await this.#it.next()
      if (next.done) {
        this.#done = true
        return undefined
      }
      const batch = next.value as ArrowTypes.RecordBatch
      this.#ids = columnToArray(batch.getChild(PRIMARY_KEY)!) as string[]
      this.#hashes = columnToArray(batch.getChild('h')!) as string[]
      this.#at = 0
    }
    return { id: this.#ids[this.#at]!, hash: this.#hashes[this.#at]! }
  }

  /** Moves past the current pair. */
  advance(): void {
    this.#at++
  }
}

/** Values as comparable text (numbers, lists and strings alike). */
const asText = (v: unknown): string =>
  JSON.stringify(ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : (v ?? null))

/** The content columns that differ for each of `ids`, read from both versions in `IN` lists of 1 000. */
async function changedColumns(
  from: lancedb.Table,
  to: lancedb.Table,
  ids: readonly string[],
  columns: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const read = async (t: lancedb.Table, where: string) =>
    new Map(
      tableToRows(
        await t
          .query()
          .where(where)
          .select([PRIMARY_KEY, ...columns])
          .toArrow(),
      ).map((r) => [r.variant_id, r as unknown as Record<string, unknown>]),
    )
  for (let i = 0; i < ids.length; i += 1000) {
    const where = `${sqlIdent(PRIMARY_KEY)} IN (${ids
      .slice(i, i + 1000)
      .map(sqlString)
      .join(', ')})`
    const [a, b] = await Promise.all([read(from, where), read(to, where)])
    for (const id of ids.slice(i, i + 1000)) {
      const x = a.get(id)
      const y = b.get(id)
      if (!x || !y) continue
      out.set(
        id,
        columns.filter((c) => asText(x[c]) !== asText(y[c])),
      )
    }
  }
  return out
}

/**
 * The ids added, removed and changed from version `from` to version `to` (see the module notes for the cost).
 * @internal
 */
export async function diffPinned(
  from: { version: number; pin: Pinned },
  to: { version: number; pin: Pinned },
  maxIds: number,
): Promise<DiffResult> {
  const present = (p: Pinned) => new Set(p.state.columns.map((c) => c.name))
  const a = present(from.pin)
  const b = present(to.pin)
  const columns = DIFF_COLUMNS.filter((c) => a.has(c) && b.has(c))
  const cap = maxIds > 0 ? maxIds : Infinity
  const result: DiffResult = {
    from: from.version,
    to: to.version,
    counts: { added: 0, removed: 0, changed: 0 },
    added: [],
    removed: [],
    changed: [],
    truncated: false,
  }
  const changedIds: string[] = []
  const keep = (list: string[], id: string): void => {
    if (list.length < cap) list.push(id)
    else result.truncated = true
  }
  try {
    const left = new HashCursor(from.pin.table, columns)
    const right = new HashCursor(to.pin.table, columns)
    for (;;) {
      const [x, y] = await Promise.all([left.peek(), right.peek()])
      if (!x && !y) break
      const order = !x ? 1 : !y ? -1 : compareCodePoints(x.id, y.id)
      if (order < 0) {
        result.counts.removed++
        keep(result.removed, x!.id)
        left.advance()
      } else if (order > 0) {
        result.counts.added++
        keep(result.added, y!.id)
        right.advance()
      } else {
        if (x!.hash !== y!.hash) {
          result.counts.changed++
          keep(changedIds, x!.id)
        }
        left.advance()
        right.advance()
      }
    }
    const cols = await changedColumns(from.pin.table, to.pin.table, changedIds, columns)
    result.changed = changedIds.map((id): ChangedVariant => ({
      variant_id: id,
      columns: cols.get(id) ?? [],
    }))
  } catch (err) {
    throw translateError(err, 'diff')
  }
  return result
}

/**
 * The diff of two refs (`to` undefined: the latest version), each resolved and read through a pinned handle.
 * @internal
 */
export async function diffVersions(
  h: TableHandle,
  pins: PinCache,
  from: string | number,
  to: string | number | undefined,
  maxIds: number,
): Promise<DiffResult> {
  if (!Number.isSafeInteger(maxIds) || maxIds < 0)
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `max_ids must be an integer ≥ 0 (got ${maxIds}).`,
      {
        details: { option: 'max_ids' },
      },
    )
  const [a, b] = await Promise.all([resolveVersion(h, from), resolveVersion(h, to)])
  const [pa, pb] = await Promise.all([pins.get(h, a), pins.get(h, b)])
  return diffPinned({ version: a, pin: pa }, { version: b, pin: pb }, maxIds)
}
