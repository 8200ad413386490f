import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createOpenApiDocument, openApiText } from '@vcf-agent/server'
import { describe, expect, it } from 'vitest'
import { req, setupApp, useTempDir, read } from './helpers.js'

const tmp = useTempDir()
const SNAPSHOT = join(import.meta.dirname, '..', 'openapi.json')

describe('OpenAPI document', () => {
  it('should match the committed openapi.json (refresh with `pnpm --filter @vcf-agent/server openapi`)', () => {
    expect(openApiText()).toBe(readFileSync(SNAPSHOT, 'utf8'))
  })

  it('should serve the same document at /openapi.json to any valid token', async () => {
    const { app, close } = await setupApp(tmp())
    expect((await app.request('/openapi.json')).status).toBe(401)
    const res = await app.request('/openapi.json', req('read', 'GET'))
    expect(res.status).toBe(200)
    const doc = await read(res)
    expect(doc).toEqual(createOpenApiDocument())
    expect(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    ).toEqual([
      'GET /healthz',
      'GET /tables',
      'POST /tables',
      'GET /tables/{table}/stats',
      'POST /tables/{table}/variants',
      'GET /tables/{table}/variants/{variantId}',
      'PATCH /tables/{table}/variants/{variantId}',
      'POST /tables/{table}/delete',
      'POST /tables/{table}/search',
      'POST /tables/{table}/search-text',
      'POST /tables/{table}/filter',
      'POST /tables/{table}/indexes',
      'GET /tables/{table}/indexes',
      'POST /tables/{table}/ingest',
      'GET /tables/{table}/export',
      'GET /tables/{table}/versions',
      'GET /tables/{table}/tags',
      'POST /tables/{table}/tags',
      'DELETE /tables/{table}/tags/{name}',
      'POST /tables/{table}/restore',
      'GET /tables/{table}/diff',
      'POST /tables/{table}/optimize',
    ])
    expect(doc.paths['/healthz'].get.security).toEqual([])
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    })
    await close()
  })
})
