/**
 * Source headers in the table metadata: each ingest that writes rows records its file's header lines under
 * `vcf_agent.header.<ingest_id>` in the field metadata of `ingest_id` (LanceDB `Table.updateFieldMetadata`, which
 * merges keys and is versioned with the table, so a read `as_of` a version sees the headers of that version).
 *
 * @internal
 * @module
 */
import type * as ArrowTypes from 'apache-arrow'
import { withCommitRetry } from './errors.js'
import type { TableHandle } from './handle.js'
import type { SourceHeader } from './types.js'

const PREFIX = 'vcf_agent.header.'

/** Records the header of ingest `ingestId`; the caller holds the write lock. @internal */
export async function recordSourceHeader(
  h: TableHandle,
  ingestId: string,
  header: SourceHeader,
): Promise<void> {
  if (!h.columnNames().includes('ingest_id')) return
  await withCommitRetry(
    () =>
      h.table.updateFieldMetadata([
        {
          path: 'ingest_id',
          metadata: {
            [`${PREFIX}${ingestId}`]: JSON.stringify({ file: header.file, lines: header.lines }),
          },
        },
      ]),
    'ingest',
  )
  Object.assign(h.state, { arrowSchema: await h.table.schema() })
}

/** The recorded source headers of a schema, by ingest id. @internal */
export function sourceHeadersOf(schema: ArrowTypes.Schema): Map<string, SourceHeader> {
  const out = new Map<string, SourceHeader>()
  const field = schema.fields.find((f) => f.name === 'ingest_id')
  if (!field) return out
  for (const [key, value] of field.metadata) {
    if (!key.startsWith(PREFIX)) continue
    try {
      const parsed = JSON.parse(value) as SourceHeader
      if (Array.isArray(parsed.lines)) out.set(key.slice(PREFIX.length), parsed)
    } catch {
      /* not ours */
    }
  }
  return out
}
