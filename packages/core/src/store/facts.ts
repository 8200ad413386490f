/**
 * Per-table facts kept current by writes, so that reads need no scan: the distinct values of `chrom` and
 * `clinical_significance` (a superset: a delete never removes one). They live in the Arrow field metadata of
 * those columns (`vcf_agent.values`, a JSON list), so they are versioned with the table. A table records
 * `vcf_agent.values_complete` on `chrom` when the facts cover every row (tables created by this version, or
 * after `recordAllFacts`); statistics trust the facts only then.
 *
 * @internal
 * @module
 */
import type * as ArrowTypes from 'apache-arrow'
import { isCommitConflict } from './errors.js'
import { FACT_COLUMNS, type FactColumn, type Facts, factValues } from './fact-values.js'
import type { TableHandle } from './handle.js'

export {
  FACT_COLUMNS,
  type FactColumn,
  type Facts,
  addRowFacts,
  emptyFacts,
  factValues,
  mergeFacts,
} from './fact-values.js'

const VALUES = 'vcf_agent.values'
const COMPLETE = 'vcf_agent.values_complete'
/** On `rlen`: the longest reference span (bp) of any row — `rlen`, or len(REF) where `rlen` is not set. */
const MAX_SPAN = 'vcf_agent.max_span'

// one parse per schema object: a table's schema object changes only when the table does
const parsed = new WeakMap<ArrowTypes.Schema, Record<FactColumn, string[]> | undefined>()

/**
 * The recorded distinct values, or undefined when the table's facts are not complete. The result is shared: do not
 * change it. @internal
 */
export function recordedValues(
  schema: ArrowTypes.Schema,
): Readonly<Record<FactColumn, readonly string[]>> | undefined {
  if (parsed.has(schema)) return parsed.get(schema)
  const field = (name: string) => schema.fields.find((f) => f.name === name)
  let out: Record<FactColumn, string[]> | undefined = {} as Record<FactColumn, string[]>
  if (field('chrom')?.metadata.get(COMPLETE) !== '1') out = undefined
  for (const c of FACT_COLUMNS) {
    if (!out) break
    const raw = field(c)?.metadata.get(VALUES)
    if (raw === undefined && field(c) !== undefined) out = undefined
    else out[c] = raw === undefined ? [] : (JSON.parse(raw) as string[])
  }
  parsed.set(schema, out)
  return out
}

/**
 * The longest reference span of any stored row (bp), when the facts are complete; undefined otherwise.
 * @internal
 */
export function recordedMaxSpan(schema: ArrowTypes.Schema): number | undefined {
  if (!recordedValues(schema)) return undefined
  const raw = schema.fields.find((f) => f.name === 'rlen')?.metadata.get(MAX_SPAN)
  return raw === undefined ? undefined : Number(raw)
}

/**
 * Adds values to the recorded facts (one metadata commit, only when something is new). The caller holds the
 * write lock. `complete: true` marks the facts as covering every row (a new, empty table).
 * @internal
 */
export async function recordFacts(
  h: TableHandle,
  values: Facts,
  options: { complete?: boolean } = {},
): Promise<boolean> {
  const updatesFor = (schema: ArrowTypes.Schema) => {
    const updates: { path: string; metadata: Record<string, string> }[] = []
    for (const c of FACT_COLUMNS) {
      const field = schema.fields.find((f) => f.name === c)
      if (!field) continue
      const raw = field.metadata.get(VALUES)
      const have = new Set(raw === undefined ? [] : (JSON.parse(raw) as string[]))
      const size = have.size
      for (const v of values[c]) have.add(v)
      const complete = c === 'chrom' && options.complete && field.metadata.get(COMPLETE) !== '1'
      if (have.size !== size || raw === undefined || complete) {
        const metadata: Record<string, string> = { [VALUES]: JSON.stringify([...have].sort()) }
        if (complete) metadata[COMPLETE] = '1'
        updates.push({ path: c, metadata })
      }
    }
    const rlenField = schema.fields.find((f) => f.name === 'rlen')
    if (rlenField) {
      const recorded = Number(rlenField.metadata.get(MAX_SPAN) ?? -1)
      if (values.maxSpan > recorded)
        updates.push({ path: 'rlen', metadata: { [MAX_SPAN]: String(values.maxSpan) } })
    }
    return updates
  }
  if (!h.objectStore) {
    const updates = updatesFor(h.state.arrowSchema)
    if (updates.length === 0) return false
    await h.table.updateFieldMetadata(updates)
    Object.assign(h.state, { arrowSchema: await h.table.schema() })
    return true
  }
  // on object storage other hosts record facts too: merge into the latest recorded ones, again on a conflict
  for (let attempt = 0; ; attempt++) {
    Object.assign(h.state, { arrowSchema: await h.table.schema() })
    const updates = updatesFor(h.state.arrowSchema)
    if (updates.length === 0) return false
    try {
      await h.table.updateFieldMetadata(updates)
      Object.assign(h.state, { arrowSchema: await h.table.schema() })
      return true
    } catch (err) {
      if (attempt >= 8 || !isCommitConflict(err)) throw err
      await new Promise((r) => setTimeout(r, 10 * 2 ** attempt * (1 + Math.random())))
    }
  }
}

/** The field metadata of a new, empty table: no values yet, and the facts complete. @internal */
export function initialFacts(): { path: string; metadata: Record<string, string> }[] {
  return [
    { path: 'chrom', metadata: { [VALUES]: '[]', [COMPLETE]: '1' } },
    { path: 'clinical_significance', metadata: { [VALUES]: '[]' } },
    { path: 'rlen', metadata: { [MAX_SPAN]: '0' } },
  ]
}

/**
 * Records the facts of every stored row (one scan of the fact columns) and marks them complete, for tables made
 * before facts existed. Runs under the write lock, so no write slips in between the scan and the record.
 * @internal
 */
export async function recordAllFacts(h: TableHandle): Promise<void> {
  const schema = h.state.arrowSchema
  const hasRlen = schema.fields.some((f) => f.name === 'rlen')
  if (recordedValues(schema) && (!hasRlen || recordedMaxSpan(schema) !== undefined)) return
  await h.locked('record-facts', async () => {
    const values: Facts = {
      chrom: new Set<string>(),
      clinical_significance: new Set<string>(),
      maxSpan: 0,
    }
    const cols = [...FACT_COLUMNS, 'rlen', 'ref'].filter((c) => h.columnNames().includes(c))
    for await (const batch of h.table.query().select(cols)) {
      const found = factValues(batch as unknown as ArrowTypes.Table)
      for (const c of FACT_COLUMNS) for (const v of found[c]) values[c].add(v)
      values.maxSpan = Math.max(values.maxSpan, found.maxSpan)
    }
    await recordFacts(h, values, { complete: true })
  })
}
