/**
 * Versions over HTTP, on a real server on 127.0.0.1: ingest two ClinVar releases made with bcftools (tags, the
 * update of changed records), read as of a tag, diff, restore and optimize, with the scopes each route needs.
 */
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { type RunningServer, startServer } from '@vcf-agent/server'
import { buildClinvarReleases } from '@vcf-agent/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { TOKENS, TOKEN_CONFIG, createTable, read, useTempDir } from './helpers.js'

const tmp = useTempDir()
const servers: RunningServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

type Scope = keyof typeof TOKENS

function call(
  url: string,
  scope: Scope,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${url}/tables/variants${path}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKENS[scope]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

function ingest(url: string, file: string, query: string): Promise<Response> {
  return fetch(`${url}/tables/variants/ingest?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKENS.write}`,
      'content-type': 'application/octet-stream',
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  })
}

describe('versions over HTTP', () => {
  it('should tag ingests, read as of a tag, diff, restore and optimize, with admin scope for restore, tag delete and optimize', async () => {
    const dir = tmp()
    const r = buildClinvarReleases(dir)
    const dbPath = join(dir, 'db')
    await createTable(dbPath, 'variants', 16)
    const server = await startServer({
      dbPath,
      port: 0,
      tokens: TOKEN_CONFIG,
      handleSignals: false,
      uploadDir: tmp(),
      logger: () => {},
    })
    servers.push(server)
    const url = server.url

    const first = await read(await ingest(url, r.older, 'filename=clinvar_2017-04.vcf&tag=rel-04'))
    expect([first.new_rows, first.tag]).toEqual([r.clnsigOlder.size, 'rel-04'])
    const second = await read(
      await ingest(url, r.newer, 'filename=clinvar_2017-05.vcf&update_changed=true&tag=rel-05'),
    )
    // the data commit, then the full-text index upkeep: the reported version is past both
    expect(second.version).toBeGreaterThan(second.version_before + 1)
    expect([second.updated_rows, second.new_rows, second.version]).toEqual([
      r.changed.length,
      0,
      second.version,
    ])

    // reads as of the first tag: old values, and the version read in the body and the header
    const old = await call(url, 'read', 'POST', '/filter', {
      as_of: 'rel-04',
      limit: 0,
      select_columns: ['variant_id', 'clinical_significance'],
    })
    expect(old.headers.get('x-table-version')).toBe(String(first.version))
    const oldBody = await read(old)
    expect(oldBody.version).toBe(first.version)
    expect(
      Object.fromEntries(
        (oldBody.rows as { variant_id: string; clinical_significance: string }[]).map((x) => [
          x.variant_id,
          x.clinical_significance,
        ]),
      ),
    ).toEqual(Object.fromEntries(r.clnsigOlder))
    const ndjson = await fetch(`${url}/tables/variants/filter`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKENS.read}`,
        'content-type': 'application/json',
        accept: 'application/x-ndjson',
      },
      body: JSON.stringify({ as_of: 'rel-04', limit: 2 }),
    })
    const lines = (await ndjson.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.table_version)).toEqual([first.version, first.version])
    const stats = await read(await call(url, 'read', 'GET', '/stats?as_of=rel-04'))
    expect(stats.version).toBe(first.version)
    const search = await read(
      await call(url, 'read', 'POST', '/search', { like: r.changed[0], as_of: 'rel-04', limit: 3 }),
    )
    expect(search.version).toBe(first.version)
    const exported = await call(url, 'read', 'GET', '/export?as_of=rel-04')
    expect(exported.headers.get('x-table-version')).toBe(String(first.version))
    expect(await exported.text()).toContain(
      `##source=vcf-agent (table variants, version ${first.version})`,
    )
    const one = await call(url, 'read', 'GET', `/variants/${r.changed[0]}?as_of=rel-04`)
    expect([one.headers.get('x-table-version'), (await read(one)).clinical_significance]).toEqual([
      String(first.version),
      r.clnsigOlder.get(r.changed[0]!),
    ])
    expect((await call(url, 'read', 'POST', '/filter', { as_of: 'nope' })).status).toBe(404)

    // diff: the ids bcftools says changed
    const diff = await read(await call(url, 'read', 'GET', '/diff?from=rel-04&to=rel-05'))
    expect(diff.changed.map((c: { variant_id: string }) => c.variant_id)).toEqual(r.changed)
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: r.changed.length })

    // tags and versions
    expect((await read(await call(url, 'read', 'GET', '/tags'))).tags).toEqual([
      { name: 'rel-04', version: first.version },
      { name: 'rel-05', version: second.version },
    ])
    expect((await call(url, 'read', 'POST', '/tags', { name: 'x' })).status).toBe(403)
    expect((await call(url, 'write', 'POST', '/tags', { name: 'x', version: '1' })).status).toBe(
      201,
    )
    expect((await read(await call(url, 'write', 'POST', '/tags', { name: 'x' }))).error.code).toBe(
      'STORE_TAG_EXISTS',
    )
    expect((await call(url, 'write', 'DELETE', '/tags/x')).status).toBe(403)
    expect(await read(await call(url, 'admin', 'DELETE', '/tags/x'))).toEqual({
      name: 'x',
      version: 1,
    })
    const versions = await read(await call(url, 'read', 'GET', '/versions'))
    expect(versions.version).toBe(second.version)
    expect(
      versions.versions.find((v: { version: number }) => v.version === second.version),
    ).toMatchObject({ operation: 'ingest', tags: ['rel-05'], actor: 'write-user' })

    // restore: admin only, and only with yes
    expect(
      (await call(url, 'write', 'POST', '/restore', { version: 'rel-04', yes: true })).status,
    ).toBe(403)
    const unconfirmed = await call(url, 'admin', 'POST', '/restore', { version: 'rel-04' })
    expect([unconfirmed.status, (await read(unconfirmed)).error.code]).toEqual([
      400,
      'USAGE_CONFIRMATION_REQUIRED',
    ])
    const restored = await read(
      await call(url, 'admin', 'POST', '/restore', { version: 'rel-04', yes: true }),
    )
    expect(restored).toEqual({
      restored: first.version,
      version_before: second.version,
      version: second.version + 1,
    })
    const now = await read(
      await call(url, 'read', 'POST', '/filter', {
        limit: 0,
        select_columns: ['variant_id', 'clinical_significance'],
      }),
    )
    expect(now.version).toBe(second.version + 1)
    expect(
      Object.fromEntries(
        now.rows.map((x: { variant_id: string; clinical_significance: string }) => [
          x.variant_id,
          x.clinical_significance,
        ]),
      ),
    ).toEqual(Object.fromEntries(r.clnsigOlder))

    // optimize: admin only
    expect((await call(url, 'write', 'POST', '/optimize', {})).status).toBe(403)
    const opt = await read(await call(url, 'admin', 'POST', '/optimize', { retention_days: 0 }))
    expect(opt.held_by_tag).toBe('rel-04')
    expect(opt.disk_bytes).toBeGreaterThan(0)
    expect((await read(await call(url, 'read', 'GET', '/tags'))).tags.length).toBe(2)
    expect((await call(url, 'read', 'GET', '/stats?as_of=rel-04')).status).toBe(200)
    expect((await call(url, 'admin', 'POST', '/optimize', { retention_days: -1 })).status).toBe(400)
  })
})
