import { describe, expect, it } from 'vitest'
import { req, row, setupApp, useTempDir, read } from './helpers.js'

const tmp = useTempDir()

describe('concurrent writes', () => {
  it('should keep every row of 50 concurrent add requests, each id once', async () => {
    const { app, close } = await setupApp(tmp())
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, i) =>
        app.request('/tables/variants/variants', req('write', 'POST', { rows: [row(i)] })),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
    const versions = await Promise.all(
      responses.map(async (r) => (await read(r)).version as number),
    )
    expect(new Set(versions).size).toBe(50)
    const stats = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(stats.rows).toBe(50)
    const { rows, truncated } = await read(
      await app.request(
        '/tables/variants/filter',
        req('read', 'POST', { select_columns: ['variant_id'], limit: 0 }),
      ),
    )
    expect(truncated).toBe(false)
    const ids = rows.map((r: { variant_id: string }) => r.variant_id)
    expect(ids).toHaveLength(50)
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `1-${1000 + i}-A-G`)))
    await close()
  })
})
