/**
 * Core's own errors for invalid requests of core operations: when a request fails the route's schema, the raw
 * value is handed to core's `parseRequest`, so the server refuses what the CLI refuses with the same code
 * (`USAGE_INVALID_ARGUMENT`, 400) and message. Only what core accepts but the schema does not stays
 * `HTTP_VALIDATION_FAILED` (422).
 *
 * @internal
 * @module
 */
import { type Operation, parseRequest } from '@vcf-agent/core'

/** The core operation behind a route and request part, with the fields that are the route's own (not options). */
const ROUTE_OPERATIONS: Record<string, { op: Operation; own: readonly string[] }> = {
  'POST /tables/:table/search json': { op: 'search', own: [] },
  'POST /tables/:table/filter json': { op: 'filter', own: [] },
  'POST /tables/:table/delete json': { op: 'delete', own: [] },
  'POST /tables/:table/indexes json': { op: 'index', own: [] },
  'GET /tables/:table/export query': { op: 'export', own: ['info'] },
  'GET /tables/:table/stats query': { op: 'stats', own: [] },
  'POST /tables/:table/ingest query': { op: 'ingest', own: ['filename'] },
  'POST /tables/:table/tags json': { op: 'tag', own: [] },
  'POST /tables/:table/restore json': { op: 'restore', own: [] },
  'GET /tables/:table/diff query': { op: 'diff', own: [] },
  'POST /tables/:table/optimize json': { op: 'optimize', own: [] },
}

/**
 * Throws core's error for an invalid request of a core operation; returns when the route is not one, or when
 * core accepts the value.
 *
 * @param method - HTTP method
 * @param routePath - the matched route, e.g. `/tables/:table/filter`
 * @param target - the request part that failed (`json`, `query`)
 * @param data - the raw value of that part
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT`, as `parseRequest` throws it
 * @internal
 */
export function coreRequestError(
  method: string,
  routePath: string,
  target: string,
  data: unknown,
): void {
  const route = ROUTE_OPERATIONS[`${method} ${routePath} ${target}`]
  if (!route || data == null || typeof data !== 'object' || Array.isArray(data)) return
  const raw = Object.fromEntries(Object.entries(data).filter(([k]) => !route.own.includes(k)))
  parseRequest(route.op, raw, target === 'json' ? 'json' : 'text')
}
