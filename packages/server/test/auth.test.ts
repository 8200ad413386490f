import { createApp, hashToken } from '@vcf-agent/server'
import { describe, expect, it } from 'vitest'
import { TOKENS, createTable, req, row, setupApp, useTempDir, read } from './helpers.js'

const tmp = useTempDir()
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('auth', () => {
  it('should answer /healthz without a token', async () => {
    const { app, close } = await setupApp(tmp())
    const res = await app.request('/healthz')
    expect(res.status).toBe(200)
    expect(await read(res)).toEqual({ status: 'ok' })
    await close()
  })

  it('should answer 401 AUTH_TOKEN_MISSING without a bearer token', async () => {
    const { app, close } = await setupApp(tmp())
    for (const headers of [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer' },
    ] as Record<string, string>[]) {
      const res = await app.request('/tables', { headers })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="vcf-agent"')
      const body = await read(res)
      expect(body).toEqual({
        error: {
          code: 'AUTH_TOKEN_MISSING',
          message: 'This route needs an "Authorization: Bearer <token>" header.',
          requestId: res.headers.get('x-request-id'),
        },
      })
    }
    await close()
  })

  it('should answer 401 AUTH_TOKEN_INVALID for an unknown token', async () => {
    const { app, close } = await setupApp(tmp())
    const res = await app.request('/tables', { headers: { authorization: 'Bearer not-a-token' } })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer realm="vcf-agent", error="invalid_token"',
    )
    expect((await read(res)).error.code).toBe('AUTH_TOKEN_INVALID')
    // the hash itself is not a token
    const byHash = await app.request('/tables', {
      headers: { authorization: `Bearer ${hashToken(TOKENS.read)}` },
    })
    expect(byHash.status).toBe(401)
    await close()
  })

  it('should answer 403 AUTH_SCOPE_MISSING when the token lacks the scope', async () => {
    const { app, close } = await setupApp(tmp())
    const write = await app.request(
      '/tables/variants/variants',
      req('read', 'POST', { rows: [row(1)] }),
    )
    expect(write.status).toBe(403)
    expect(write.headers.get('www-authenticate')).toBe(
      'Bearer realm="vcf-agent", error="insufficient_scope", scope="write"',
    )
    expect(await read(write)).toEqual({
      error: {
        code: 'AUTH_SCOPE_MISSING',
        message: 'Token "read-user" lacks the write scope this route needs (it has read).',
        details: { required: 'write', granted: ['read'] },
        requestId: write.headers.get('x-request-id'),
      },
    })
    const admin = await app.request('/tables', req('write', 'POST', { name: 'other', dim: 4 }))
    expect(admin.status).toBe(403)
    expect((await read(admin)).error.details).toEqual({ required: 'admin', granted: ['write'] })
    const index = await app.request(
      '/tables/variants/indexes',
      req('write', 'POST', { column: 'pos', index_type: 'BTREE' }),
    )
    expect(index.status).toBe(403)
    await close()
  })

  it('should check the token before validating the body', async () => {
    const { app, close } = await setupApp(tmp())
    const res = await app.request(
      '/tables/variants/variants',
      req('read', 'POST', { rows: 'not rows' }),
    )
    expect(res.status).toBe(403)
    const anonymous = await app.request(
      '/tables/variants/variants',
      req(null, 'POST', { rows: 'not rows' }),
    )
    expect(anonymous.status).toBe(401)
    await close()
  })

  it('should accept the right scope, and admin ⊇ write ⊇ read', async () => {
    const { app, close } = await setupApp(tmp())
    const list = await app.request('/tables', req('read', 'GET'))
    expect(list.status).toBe(200)
    expect(await read(list)).toEqual({ tables: ['variants'] })
    const added = await app.request(
      '/tables/variants/variants',
      req('write', 'POST', { rows: [row(1)] }),
    )
    expect(added.status).toBe(201)
    const byAdmin = await app.request(
      '/tables/variants/variants',
      req('admin', 'POST', { rows: [row(2)] }),
    )
    expect(byAdmin.status).toBe(201)
    const readByWrite = await app.request(
      '/tables/variants/variants/1-1001-A-G',
      req('write', 'GET'),
    )
    expect(readByWrite.status).toBe(200)
    expect((await read(readByWrite)).pos).toBe(1001)
    const created = await app.request('/tables', req('admin', 'POST', { name: 'other', dim: 4 }))
    expect(created.status).toBe(201)
    await close()
  })

  it('should honour a token with several scopes and load tokens from the options', async () => {
    const dbPath = tmp()
    await createTable(dbPath)
    const { app, close } = createApp({
      dbPath,
      tokens: [
        { name: 'pipeline', sha256: hashToken('pipe').toUpperCase(), scopes: ['read', 'write'] },
      ],
      logger: () => {},
    })
    const auth = { authorization: 'bearer pipe', 'content-type': 'application/json' }
    expect((await app.request('/tables', { headers: auth })).status).toBe(200)
    expect(
      (
        await app.request('/tables/variants/variants', {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ rows: [row(1)] }),
        })
      ).status,
    ).toBe(201)
    expect(
      (
        await app.request('/tables', {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ name: 'x' }),
        })
      ).status,
    ).toBe(403)
    await close()
  })

  it('should answer 401 to every protected route when no tokens are configured', async () => {
    const dbPath = tmp()
    await createTable(dbPath)
    const { app, close } = createApp({ dbPath, tokens: [], logger: () => {} })
    expect((await app.request('/tables', req('admin', 'GET'))).status).toBe(401)
    expect((await app.request('/openapi.json', req('admin', 'GET'))).status).toBe(401)
    expect((await app.request('/healthz')).status).toBe(200)
    await close()
  })

  it('should log the token name as the actor and give each request a fresh x-request-id', async () => {
    const { app, close, logs } = await setupApp(tmp())
    const a = await app.request('/tables', req('read', 'GET'))
    const b = await app.request('/tables', req('read', 'GET'))
    const ids = [a.headers.get('x-request-id'), b.headers.get('x-request-id')]
    expect(ids[0]).toMatch(UUID)
    expect(ids[1]).toMatch(UUID)
    expect(ids[0]).not.toBe(ids[1])
    // a client-sent id is not trusted
    const c = await app.request('/tables', {
      headers: { authorization: `Bearer ${TOKENS.read}`, 'x-request-id': 'mine' },
    })
    expect(c.headers.get('x-request-id')).toMatch(UUID)
    const lines = logs.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => [l.requestId, l.method, l.path, l.status, l.actor])).toEqual([
      [ids[0], 'GET', '/tables', 200, 'read-user'],
      [ids[1], 'GET', '/tables', 200, 'read-user'],
      [c.headers.get('x-request-id'), 'GET', '/tables', 200, 'read-user'],
    ])
    await close()
  })
})
