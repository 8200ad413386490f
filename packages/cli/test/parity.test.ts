/**
 * The CLI and the server are two adapters over one query layer: for the same request (regions + samples +
 * genes + SQL filter) on filter, search (all three modes), export and delete, `vcf-agent … --json` and the HTTP
 * API must answer the same rows with the same keys. Both run against one real table built from corpus files.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CORPUS } from '@vcf-agent/test-utils'
import { createApp, hashToken } from '@vcf-agent/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
  throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

const TOKEN = 'parity-token'
const tokens = [
  {
    name: 'parity',
    sha256: hashToken(TOKEN),
    scopes: ['read' as const, 'write' as const, 'admin' as const],
  },
]

function cli(db: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--db_path', db, '--json'], {
    encoding: 'utf8',
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

/** NDJSON rows without the `table_version` each carries, and the versions they name. */
function rowsAndVersions(text: string): {
  rows: Record<string, unknown>[]
  versions: Set<unknown>
} {
  const versions = new Set<unknown>()
  const rows = ndjson(text).map(({ table_version, ...row }) => {
    versions.add(table_version)
    return row
  })
  return { rows, versions }
}

/** CLI flags for a JSON request: arrays become repeated or comma-joined flags. */
function flags(body: Record<string, unknown>): string[] {
  return Object.entries(body).flatMap(([k, v]) => {
    if (v === true) return [`--${k}`]
    if (Array.isArray(v))
      return k === 'region' ? v.flatMap((x) => [`--${k}`, String(x)]) : [`--${k}`, v.join(',')]
    return [`--${k}`, String(v)]
  })
}

async function http(
  db: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const { app, close } = createApp({ dbPath: db, tokens, logger: () => undefined })
  try {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, text: await res.text() }
  } finally {
    await close()
  }
}

let root = ''
let base = ''
let copies = 0
const tmp = (): string => join(root, `copy-${++copies}`)

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vcf-agent-parity-'))
  base = join(root, 'lancedb')
  for (const file of ['bcftools__trio.vcf', 'mgl__clinvar_20170404_13_records.vcf']) {
    const r = cli(base, ['ingest-vcf', '--vcf_file', join(CORPUS, file), '--dim', '16'])
    if (r.status !== 0) throw new Error(`ingest-vcf ${file} exited with ${r.status}: ${r.stderr}`)
  }
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The same read request through both adapters. */
const READS: { name: string; body: Record<string, unknown>; nonEmpty: boolean }[] = [
  {
    name: 'region + samples + SQL',
    body: { region: ['20:1-100000'], samples: ['HG00100'], filter_sql: 'pos > 500' },
    nonEmpty: true,
  },
  {
    name: 'genes + SQL',
    body: { gene: ['ISG15', 'AGRN'], filter_sql: "chrom = '1'" },
    nonEmpty: true,
  },
  {
    name: 'regions + samples + genes + SQL',
    body: { region: ['1', '20'], samples: ['HG00101'], gene: ['AGRN'], filter_sql: 'pos > 0' },
    nonEmpty: false,
  },
]

describe('the CLI and the server answer the same', () => {
  it.each(READS)('filter: $name', async ({ body, nonEmpty }) => {
    const viaCli = cli(base, ['filter-lancedb', ...flags({ ...body, limit: 0 })])
    expect(viaCli.status, viaCli.stderr).toBe(0)
    const viaHttp = await http(base, 'POST', '/tables/variants/filter', { ...body, limit: 0 })
    expect(viaHttp.status, viaHttp.text).toBe(200)
    const { rows, version } = JSON.parse(viaHttp.text) as {
      rows: Record<string, unknown>[]
      version: number
    }
    const fromCli = rowsAndVersions(viaCli.stdout)
    expect(fromCli.rows).toEqual(rows)
    expect(rows.length).toBeGreaterThanOrEqual(nonEmpty ? 1 : 0)
    // both name the same table version: every CLI row, and the server's answer
    expect([...fromCli.versions]).toEqual(rows.length > 0 ? [version] : [])
  })

  it.each(READS)('search by like, variant and embedding: $name', async ({ body, nonEmpty }) => {
    const targets: Record<string, unknown>[] = [
      { like: '20-302-T-TA' },
      { variant: '1:955563:G:C' },
      { embedding: Array.from({ length: 16 }, (_, i) => (i % 3) / 4) },
    ]
    for (const target of targets) {
      const request = { ...body, ...target, limit: 5 }
      const viaCli = cli(base, ['search-embedding', ...flags(request)])
      expect(viaCli.status, viaCli.stderr).toBe(0)
      const viaHttp = await http(base, 'POST', '/tables/variants/search', request)
      expect(viaHttp.status, viaHttp.text).toBe(200)
      const { hits, version } = JSON.parse(viaHttp.text) as {
        hits: Record<string, unknown>[]
        version: number
      }
      const fromCli = rowsAndVersions(viaCli.stdout)
      expect(fromCli.rows).toEqual(hits)
      expect([...fromCli.versions]).toEqual(hits.length > 0 ? [version] : [])
      expect(hits.length).toBeGreaterThanOrEqual(nonEmpty && target.like === undefined ? 1 : 0)
      expect(hits.every((h) => h.variant_id !== target.like)).toBe(true)
    }
  })

  it('search-text and hybrid search: the same hits, the rows bcftools -i INFO/CLNDBN~ keeps', async () => {
    const file = join(CORPUS, 'mgl__clinvar_20170404_13_records.vcf')
    const expected = spawnSync(
      'bcftools',
      ['view', '-H', '-i', 'INFO/CLNDBN~"mmunodeficiency"', file],
      {
        encoding: 'utf8',
      },
    )
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t').slice(0, 5))
      .map(([c, p, , r, a]) => `${c}-${p}-${r}-${a}`)
      .sort()
    expect(expected).toHaveLength(3)
    const requests: [string, string, Record<string, unknown>][] = [
      ['search-text', 'search-text', { query: 'immunodeficiency', gene: ['ISG15'], limit: 10 }],
      [
        'search-embedding',
        'search',
        { variant: '1:949523:C:T', text: 'immunodeficiency', limit: 3, region: ['1'] },
      ],
    ]
    for (const [command, route, request] of requests) {
      const viaCli = cli(base, [command, ...flags(request)])
      expect(viaCli.status, viaCli.stderr).toBe(0)
      const viaHttp = await http(base, 'POST', `/tables/variants/${route}`, request)
      expect(viaHttp.status, viaHttp.text).toBe(200)
      const { hits, version } = JSON.parse(viaHttp.text) as {
        hits: Record<string, unknown>[]
        version: number
      }
      const fromCli = rowsAndVersions(viaCli.stdout)
      expect(fromCli.rows).toEqual(hits)
      expect([...fromCli.versions]).toEqual([version])
      expect(hits.map((h) => h.variant_id).sort()).toEqual(expected)
      const rrf = (rank: unknown): number => (rank == null ? 0 : 1 / (60 + (rank as number)))
      // hybrid hits carry both ranks and their fused score; text hits a positive BM25 score
      const scoreOk = hits.map((h) =>
        route === 'search'
          ? Math.abs((h.score as number) - rrf(h.vector_rank) - rrf(h.text_rank)) < 1e-12 &&
            (h.text_rank as number) >= 1
          : (h.score as number) > 0,
      )
      expect(scoreOk).toEqual(hits.map(() => true))
    }
    const bad = cli(base, ['search-text', '--query', '"unclosed'])
    expect(bad.status).toBe(2)
    const badHttp = await http(base, 'POST', '/tables/variants/search-text', { query: '"unclosed' })
    expect(badHttp.status).toBe(400)
  })

  it.each(READS)('export: $name', async ({ body, nonEmpty }) => {
    const viaCli = spawnSync(
      process.execPath,
      [bin, 'export-vcf', ...flags(body), '--db_path', base],
      { encoding: 'utf8' },
    )
    expect(viaCli.status, viaCli.stderr).toBe(0)
    const query = new URLSearchParams(
      Object.entries(body).map(
        ([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)] as [string, string],
      ),
    )
    const viaHttp = await http(base, 'GET', `/tables/variants/export?${query.toString()}`)
    expect(viaHttp.status, viaHttp.text).toBe(200)
    expect(viaCli.stdout).toBe(viaHttp.text)
    // a repeated query parameter means the same as a comma list
    const repeated = new URLSearchParams(
      Object.entries(body).flatMap(([k, v]) =>
        Array.isArray(v)
          ? v.map((x) => [k, String(x)] as [string, string])
          : [[k, String(v)] as [string, string]],
      ),
    )
    const viaRepeated = await http(base, 'GET', `/tables/variants/export?${repeated.toString()}`)
    expect(viaRepeated.text).toBe(viaHttp.text)
    // a case that may be empty matches anything (/^/)
    expect(viaHttp.text).toMatch(nonEmpty ? /^(1|20)\t\d+\t/m : /^/)
  })

  it.each(READS)('delete: $name', async ({ body, nonEmpty }) => {
    const a = tmp()
    const b = tmp()
    cpSync(base, a, { recursive: true })
    cpSync(base, b, { recursive: true })
    const viaCli = cli(a, ['delete-variants', ...flags(body)])
    expect(viaCli.status, viaCli.stderr).toBe(0)
    const viaHttp = await http(b, 'POST', '/tables/variants/delete', body)
    expect(viaHttp.status, viaHttp.text).toBe(200)
    expect(JSON.parse(viaCli.stdout)).toEqual(JSON.parse(viaHttp.text))
    expect((JSON.parse(viaHttp.text) as { deleted: number }).deleted).toBeGreaterThanOrEqual(
      nonEmpty ? 1 : 0,
    )
    const left = (db: string) =>
      ndjson(cli(db, ['filter-lancedb', '--limit', '0', '--select_columns', 'variant_id']).stdout)
    expect(left(a)).toEqual(left(b))
  })

  it('should refuse the same unknown option and the same bad value in both, with the same code', async () => {
    const viaCli = cli(base, ['filter-lancedb', '--genes', 'BRCA1'])
    expect(viaCli.status).toBe(2)
    expect(viaCli.stderr).toMatch(/^error\[USAGE_INVALID_ARGUMENT\]: Unknown option `--genes`/)
    const viaHttp = await http(base, 'POST', '/tables/variants/filter', { genes: ['BRCA1'] })
    expect(viaHttp.status).toBe(400)
    expect(JSON.parse(viaHttp.text)).toMatchObject({
      error: {
        code: 'USAGE_INVALID_ARGUMENT',
        details: { unknown: ['genes'], operation: 'filter' },
      },
    })
    const badCli = cli(base, ['filter-lancedb', '--limit=-1'])
    const badHttp = await http(base, 'POST', '/tables/variants/filter', { limit: -1 })
    expect(badCli.status).toBe(2)
    expect(badHttp.status).toBe(400)
    const message = (JSON.parse(badHttp.text) as { error: { message: string } }).error.message
    expect(message).toBe('limit must be a non-negative integer (got -1).')
    expect(badCli.stderr).toContain(`error[USAGE_INVALID_ARGUMENT]: ${message}`)
    // written with a space, the negative number reads as a flag: the error is still the option's own
    const spaced = cli(base, ['filter-lancedb', '--limit', '-1'])
    expect(spaced.status).toBe(2)
    expect(spaced.stderr).toContain(`error[USAGE_INVALID_ARGUMENT]: ${message}`)
  })
})
