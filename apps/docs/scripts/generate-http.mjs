// Writes http/index.md: an endpoint table from packages/server/openapi.json when that file exists, else a page
// saying the server is in progress.
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cell, code, generatedBanner, table } from './markdown.mjs'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')
export const OPENAPI_PATH = join(docsDir, '..', '..', 'packages', 'server', 'openapi.json')
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Groups items by a key, keeping first-seen order (Map.groupBy needs Node 21). */
function groupBy(items, key) {
  const groups = new Map()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

const SCOPE_IN_TEXT = /\s*\(scope:? (\w+)\)/

/**
 * Scopes an operation needs, in this order of preference: an `x-scope`/`x-scopes` extension; the scopes of its
 * security requirements; a `(scope read)` note in its summary. An explicit empty `security` means no auth.
 */
export function scopesOf(operation, spec) {
  const ext = operation['x-scopes'] ?? operation['x-scope']
  if (ext !== undefined) return [ext].flat().map(String)
  if (Array.isArray(operation.security) && operation.security.length === 0) return ['none']
  const requirements = operation.security ?? spec.security ?? []
  const declared = [...new Set(requirements.flatMap((r) => Object.values(r).flat()))].map(String)
  if (declared.length > 0) return declared
  const inText = SCOPE_IN_TEXT.exec(operation.summary ?? '')
  return inText ? [inText[1]] : []
}

/**
 * Endpoints of an OpenAPI document, in document order.
 *
 * @returns {{ method: string, path: string, summary: string, scopes: string[] }[]}
 */
export function endpointsOf(spec) {
  const out = []
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method]
      if (!op) continue
      const summary = (op.summary ?? op.description?.split('\n')[0] ?? '').replace(
        SCOPE_IN_TEXT,
        '',
      )
      out.push({ method: method.toUpperCase(), path, summary, scopes: scopesOf(op, spec) })
    }
  }
  return out
}

/**
 * The HTTP API page.
 *
 * @param {object | undefined} spec - the parsed OpenAPI document, or undefined when the server has none yet
 * @param {{ code: string, status: number }[]} [statuses] - HTTP status of each error code (core's ERROR_TABLE)
 * @returns {string} Markdown
 */
export function renderHttpPage(spec, statuses = []) {
  if (!spec) {
    return [
      generatedBanner('packages/server/openapi.json (absent)'),
      '',
      '# HTTP API',
      '',
      '::: info In progress',
      '`@vcf-agent/server` is being built. This page is generated from its OpenAPI document',
      '(`packages/server/openapi.json`) and will list every endpoint once that file exists.',
      ':::',
      '',
      'Until then, use the [CLI](/cli/) or the [library](/api/).',
      '',
    ].join('\n')
  }
  const endpoints = endpointsOf(spec)
  const withScope = endpoints.some((e) => e.scopes.length > 0 && e.scopes[0] !== 'none')
  const header = ['method', 'path', 'summary', ...(withScope ? ['scope'] : [])]
  const rows = endpoints.map((e) => [
    code(e.method),
    code(e.path),
    cell(e.summary),
    ...(withScope ? [e.scopes[0] === 'none' ? 'none' : e.scopes.map(code).join(', ')] : []),
  ])
  const info = spec.info ?? {}
  return [
    generatedBanner('packages/server/openapi.json'),
    '',
    '# HTTP API',
    '',
    `${cell(info.title ?? '@vcf-agent/server')}${info.version ? ` ${cell(info.version)}` : ''}, OpenAPI ${cell(spec.openapi ?? spec.swagger ?? '')}. ` +
      `${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'}.`,
    ...(info.description ? ['', cell(info.description)] : []),
    '',
    table(header, rows),
    '',
    ...(statuses.length > 0
      ? [
          '## Errors',
          '',
          'Every failure returns `{ "error": { "code", "message", "details?", "requestId" } }`. The status follows the',
          'error code (what each code means: [error codes](/reference/errors)):',
          '',
          table(
            ['status', 'error codes'],
            [...groupBy(statuses, (s) => s.status)]
              .sort((a, b) => a[0] - b[0])
              .map(([status, list]) => [String(status), list.map((s) => code(s.code)).join(', ')]),
          ),
          '',
        ]
      : []),
  ].join('\n')
}

/** HTTP status of every error code, from core's one ERROR_TABLE (the HTTP-only codes included). */
async function errorStatuses() {
  const { ERROR_TABLE } = await import('@vcf-agent/core')
  return Object.entries(ERROR_TABLE).map(([c, s]) => ({ code: c, status: s.http }))
}

/** Reads packages/server/openapi.json when present and writes http/index.md. */
export async function generateHttpPage() {
  const spec = existsSync(OPENAPI_PATH)
    ? JSON.parse(await readFile(OPENAPI_PATH, 'utf8'))
    : undefined
  const statuses = spec ? await errorStatuses() : []
  await mkdir(join(docsDir, 'http'), { recursive: true })
  await writeFile(join(docsDir, 'http', 'index.md'), renderHttpPage(spec, statuses))
  return { endpoints: spec ? endpointsOf(spec).length : 0 }
}
