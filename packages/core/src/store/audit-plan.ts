/**
 * Auditing, applied in one place: a table of which store methods are audited, under which action name, with
 * which filter, details and row count. {@link applyAuditPlan} wraps exactly those methods of a store instance,
 * so no method audits itself by hand and none can be forgotten silently (the plan is type-checked against
 * {@link VariantStore}).
 *
 * @internal
 * @module
 */
import { type AuditBase, type AuditLog, audited, describeUpdate } from '../audit/index.js'
import { PRIMARY_KEY } from '../schema/columns.js'
import { sqlEquals } from '../filter/index.js'
import type { Where } from './predicates.js'
import type { VariantStore } from './variant-store.js'

type MethodName = {
  [K in keyof VariantStore]: VariantStore[K] extends (...args: never[]) => unknown ? K : never
}[keyof VariantStore]

/** How one method is audited. */
interface AuditSpec<A extends unknown[], R> {
  /** Action name in the audit record, or a function of the arguments. */
  action: string | ((...args: A) => string)
  /** The filter the operation applies (masked by the audit log). */
  filter?: (...args: A) => string | undefined
  /** Extra details (masked by the audit log). */
  details?: (...args: A) => Record<string, unknown>
  /** Row count of the result. */
  count?: (result: Awaited<R>) => number
  /** A read: its record is queued, not awaited (`durable: false`); a write waits for its record on disk. */
  read?: true
}

type SpecFor<F> = F extends (...args: infer A) => infer R ? AuditSpec<A, R> : never

/** The audit plan: every audited method of {@link VariantStore}. */
type AuditPlan = { [K in MethodName]?: SpecFor<VariantStore[K]> }

/** The SQL a WHERE clause stands for, for the audit record (not validated: the operation validates it). */
export function whereText(where: Where): string | undefined {
  const parts = where.predicates.map((p) => p.sql)
  if (where.filter?.trim()) parts.push(`(${where.filter.trim()})`)
  return parts.length > 0 ? parts.join(' AND ') : undefined
}

const AUDIT_PLAN: AuditPlan = {
  migrate: { action: 'migrate', details: (o) => ({ dryRun: Boolean(o?.dryRun) }) },
  addVariants: { action: 'add', count: (r) => r.added },
  upsertVariants: { action: 'upsert', count: (r) => r.inserted },
  rollbackIngest: {
    action: 'ingest-rollback',
    details: (ingestId) => ({ ingestId }),
    count: (r) => r.deleted,
  },
  countWhere: {
    read: true,
    action: (_w, action) => action ?? 'count',
    filter: (w) => whereText(w),
    count: (r) => r,
  },
  deleteWhere: {
    action: 'delete',
    filter: (w) => whereText(w),
    details: (_w, o) => ({ all: Boolean(o?.all) }),
    count: (r) => r.deleted,
  },
  statsWhere: { read: true, action: 'stats', filter: (w) => whereText(w), count: (r) => r.rows },
  textSearch: {
    read: true,
    action: 'search-text',
    filter: (p) => whereText(p.where),
    details: (p) => ({ limit: p.limit ?? 10, text_chars: p.text.length }),
    count: (r) => r.length,
  },
  createTextIndex: {
    action: 'create-index',
    details: () => ({ column: 'annotation', type: 'FTS' }),
  },
  nearest: {
    read: true,
    action: 'search',
    filter: (p) => whereText(p.where),
    details: (p) => ({ limit: p.limit ?? 10, embedding: `[${p.vector.length} floats]` }),
    count: (r) => r.length,
  },
  getVariant: {
    read: true,
    action: 'get',
    filter: (id) => sqlEquals(PRIMARY_KEY, String(id)),
    count: (r) => (r ? 1 : 0),
  },
  updateVariant: {
    action: 'update',
    filter: (id) => sqlEquals(PRIMARY_KEY, String(id)),
    details: (_id, u) => (u && typeof u === 'object' ? describeUpdate(u) : {}),
    count: (r) => r.updated,
  },
  createScalarIndex: {
    action: 'create-index',
    details: (column, type, o) => ({ column, type: type ?? 'BTREE', replace: Boolean(o?.replace) }),
  },
  restore: { action: 'restore', details: (ref) => ({ ref: String(ref) }) },
  createTag: {
    action: 'tag-create',
    details: (name, ref) => ({ tag: name, ref: ref === undefined ? 'latest' : String(ref) }),
  },
  deleteTag: { action: 'tag-delete', details: (name) => ({ tag: name }) },
  optimize: {
    action: 'optimize',
    details: (o) => ({
      ...(o?.retentionMs === undefined ? {} : { retentionMs: o.retentionMs }),
      deleteUnverified: Boolean(o?.deleteUnverified),
    }),
    count: (r) => r.versionsRemoved,
  },
  listVersions: { read: true, action: 'versions', count: (r) => r.length },
  listTags: { read: true, action: 'tag-list', count: (r) => r.length },
  diff: {
    read: true,
    action: 'diff',
    details: (from, to) => ({ from: String(from), to: to === undefined ? 'latest' : String(to) }),
    count: (r) => r.counts.added + r.counts.removed + r.counts.changed,
  },
  createVectorIndex: {
    action: 'create-index',
    details: (o) => ({
      column: 'embedding',
      type: o?.type ?? 'IVF_PQ',
      replace: Boolean(o?.replace),
    }),
  },
}

/**
 * Audits one stream (a read): the audit log is checked before the first row, and the record (with the row count)
 * is queued when the stream ends, fails, or is abandoned by its consumer.
 */
async function* auditedStream<T>(
  log: AuditLog,
  base: AuditBase,
  open: () => AsyncIterable<readonly T[]>,
): AsyncGenerator<readonly T[]> {
  let rows = 0
  let finish: (err?: unknown) => void = () => undefined
  // Resolves with the stream's failure (relayed as is, whatever value it is) or undefined when it ended.
  const ended = new Promise<{ error: unknown } | undefined>((resolve) => {
    finish = (err) => resolve(err === undefined ? undefined : { error: err })
  })
  let started: () => void = () => undefined
  const running = new Promise<void>((resolve) => (started = resolve))
  const record = audited(
    log,
    base,
    async () => {
      started()
      const failure = await ended
      if (failure) throw failure.error
      return rows
    },
    (n) => n,
    { durable: false },
  )
  await Promise.race([running, record]) // a failed audit check rejects here, before any row is read
  let failed = false
  try {
    for await (const batch of open()) {
      rows += batch.length
      yield batch
    }
  } catch (err) {
    failed = true
    finish(err)
    await record.catch(() => undefined)
    throw err
  } finally {
    if (!failed) {
      finish()
      await record
    }
  }
}

/**
 * Wraps the audited methods of `store` (an instance) so each call writes one audit record as `actor`.
 *
 * @param store - the store instance to wrap
 * @param log - where records go
 * @internal
 */
export function applyAuditPlan(store: VariantStore, log: AuditLog): void {
  const target = store as unknown as Record<string, (...args: unknown[]) => unknown>
  const baseOf = (
    action: string,
    filter: string | undefined,
    details: Record<string, unknown> | undefined,
  ): AuditBase => ({
    action,
    actor: store.actor,
    table: store.tableName,
    // a pinned view's reads name the version they read
    ...(store.pinnedVersion === undefined ? {} : { version: store.pinnedVersion }),
    ...(filter ? { filter } : {}),
    ...(details ? { details } : {}),
  })
  for (const [name, raw] of Object.entries(AUDIT_PLAN)) {
    const spec = raw as AuditSpec<unknown[], unknown>
    const impl = target[name]!.bind(store)
    target[name] = (...args: unknown[]) => {
      const action = typeof spec.action === 'function' ? spec.action(...args) : spec.action
      const base = baseOf(action, spec.filter?.(...args), spec.details?.(...args))
      return audited(log, base, () => impl(...args) as Promise<unknown>, spec.count, {
        durable: !spec.read,
      })
    }
  }
  const scan = target.scanBatches!.bind(store) as VariantStore['scanBatches']
  target.scanBatches = ((plan: Parameters<VariantStore['scanBatches']>[0]) =>
    auditedStream(log, baseOf(plan.action ?? 'filter', whereText(plan.where), undefined), () =>
      scan(plan),
    )) as never
}
