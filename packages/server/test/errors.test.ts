import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '@vcf-agent/server'
import { describe, expect, it } from 'vitest'
import { TOKEN_CONFIG, req, row, setupApp, useTempDir, read } from './helpers.js'

const tmp = useTempDir()

describe('error responses', () => {
  it('should answer an unknown route with 404 HTTP_NOT_FOUND in the error shape', async () => {
    const { app, close } = await setupApp(tmp())
    const res = await app.request('/nope', req('read', 'GET'))
    expect(res.status).toBe(404)
    expect(await read(res)).toEqual({
      error: {
        code: 'HTTP_NOT_FOUND',
        message: 'No route GET /nope. See GET /openapi.json for the routes.',
        requestId: res.headers.get('x-request-id'),
      },
    })
    const method = await app.request('/tables/variants/stats', req('admin', 'DELETE'))
    expect(method.status).toBe(404)
    expect((await read(method)).error.code).toBe('HTTP_NOT_FOUND')
    await close()
  })

  it('should answer malformed JSON with 400 and a non-JSON body with 415', async () => {
    const { app, close } = await setupApp(tmp())
    const headers = { authorization: 'Bearer tok-write', 'content-type': 'application/json' }
    const broken = await app.request('/tables/variants/variants', {
      method: 'POST',
      headers,
      body: '{"rows": [',
    })
    expect(broken.status).toBe(400)
    expect(await read(broken)).toEqual({
      error: {
        code: 'HTTP_MALFORMED_BODY',
        message: 'Malformed JSON in request body',
        requestId: broken.headers.get('x-request-id'),
      },
    })
    const text = await app.request('/tables/variants/variants', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: JSON.stringify({ rows: [row(1)] }),
    })
    expect(text.status).toBe(415)
    expect((await read(text)).error.code).toBe('HTTP_UNSUPPORTED_MEDIA_TYPE')
    await close()
  })

  it('should answer a JSON body over the limit with 413 in the error shape', async () => {
    const { app, close } = await setupApp(tmp(), { maxJsonBytes: 2000 })
    const rows = Array.from({ length: 20 }, (_, i) => row(i))
    const res = await app.request('/tables/variants/variants', req('write', 'POST', { rows }))
    expect(res.status).toBe(413)
    expect(await read(res)).toEqual({
      error: {
        code: 'HTTP_PAYLOAD_TOO_LARGE',
        message: 'The request body is larger than the limit of 2000 bytes.',
        details: { maxBytes: 2000 },
        requestId: res.headers.get('x-request-id'),
      },
    })
    // chunked (no Content-Length): counted while read
    const body = new Blob([JSON.stringify({ rows })]).stream()
    const chunked = await app.request('/tables/variants/variants', {
      method: 'POST',
      headers: {
        authorization: 'Bearer tok-write',
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
      },
      body,
      duplex: 'half',
    })
    expect(chunked.status).toBe(413)
    const ok = await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: rows.slice(0, 2) }),
    )
    expect(ok.status).toBe(201)
    await close()
  })

  it('should log an unexpected error in full and answer a generic 500 INTERNAL without a stack', async () => {
    const dbPath = join(tmp(), 'a-file')
    writeFileSync(dbPath, 'not a folder')
    const logs: string[] = []
    const { app, close } = createApp({ dbPath, tokens: TOKEN_CONFIG, logger: (l) => logs.push(l) })
    // listing tables of a "database folder" that is a file fails with a raw ENOTDIR from node:fs
    const res = await app.request('/tables', req('read', 'GET'))
    expect(res.status).toBe(500)
    const requestId = res.headers.get('x-request-id')
    expect(await read(res)).toEqual({
      error: {
        code: 'INTERNAL',
        message: `Internal server error. Please report it with request id ${requestId}.`,
        requestId,
      },
    })
    const errorLine = logs.map((l) => JSON.parse(l)).find((l) => l.level === 'error')
    expect(errorLine).toMatchObject({ level: 'error', requestId, method: 'GET', path: '/tables' })
    expect(errorLine.error.message).toMatch(/EEXIST|ENOTDIR/)
    expect(errorLine.error.stack).toMatch(/\n\s+at /)
    await close()
  })
})
