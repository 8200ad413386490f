/**
 * The store on object storage with many writers, on a loopback S3 server (s3rver with atomic, conditional PUTs)
 * and a DynamoDB emulator (dynalite): every row kept, no duplicate key, no raw LanceDB error, and the probe refuses
 * a store that ignores If-None-Match.
 */
import { fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type LoopbackObjectStore, spawnLoopbackObjectStore } from '@vcf-agent/test-utils/loopback'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  StoreError,
  openStore,
  parseDbLocation,
  storageOptionsFromEnv,
  verifyAuditLog,
} from '../src/index.js'
import { SHARED, useTempDir } from './helpers.js'

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const CHILD = join(import.meta.dirname, 'fixtures', 'object-store-child.mjs')
const CORPUS = join(SHARED, 'vcf-corpus')
const FILES = ['vcfanno__exac.vcf.gz', 'vep__test.vcf.gz']
/** Rows bcftools splits each file into (one per ALT): the rows an ingest must end with. */
const goldenRows = (file: string): number =>
  readFileSync(join(CORPUS, 'golden', `${file}.split.tsv`), 'utf8')
    .trim()
    .split('\n').length

const tmp = useTempDir()
let s3: LoopbackObjectStore
let plain: LoopbackObjectStore
let env: NodeJS.ProcessEnv

interface ChildResult {
  ok: boolean
  code?: string
  name?: string
  message?: string
  results?: unknown[]
}

/** Starts the children, lets them open the store, then starts their work at once. */
async function runChildren(argvs: string[][]): Promise<ChildResult[]> {
  const children = argvs.map((argv) => {
    const child = fork(CHILD, argv, {
      env,
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    let out = ''
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
    const ready = new Promise<void>((resolve) => child.once('message', () => resolve()))
    const done = new Promise<ChildResult>((resolve) =>
      child.once('exit', () => {
        const line = out.trim().split('\n').at(-1) ?? ''
        try {
          resolve(JSON.parse(line) as ChildResult)
        } catch {
          resolve({ ok: false, message: `no result: ${out.slice(-500)}` })
        }
      }),
    )
    return { child, ready, done }
  })
  await Promise.race([
    Promise.all(children.map((c) => c.ready)),
    Promise.all(children.map((c) => c.done)),
  ])
  for (const c of children) if (c.child.connected) c.child.send('go')
  return Promise.all(children.map((c) => c.done))
}

beforeAll(async () => {
  s3 = await spawnLoopbackObjectStore()
  plain = await spawnLoopbackObjectStore({ conditional: false, dynamoPort: false })
  const stateDir = tmp()
  process.env.VCF_AGENT_STATE_DIR = stateDir
  env = { ...process.env, ...s3.env, VCF_AGENT_STATE_DIR: stateDir, LANCEDB_LOG: 'error' }
})

afterAll(async () => {
  await s3?.stop()
  await plain?.stop()
})

const modes = [
  ['s3+ddb://', () => s3.ddbUri('many-ddb')],
  ['s3:// with conditional PUTs', () => s3.s3Uri('many-s3')],
] as const

describe.each(modes)('many writers on %s', (_name, uriOf) => {
  it('should keep every row of 4 processes × 25 appends, then of 4 concurrent overlapping ingests, with unique ids and a valid audit log', async () => {
    const uri = uriOf()
    const storageOptions = storageOptionsFromEnv(s3.env)
    const store = await openStore(uri, { dim: 8, storageOptions })
    try {
      expect(store.created).toBe(true)
      const appends = await runChildren(
        [1, 2, 3, 4].map((w) => ['append', uri, '8', String(w), '25']),
      )
      expect(appends.filter((r) => !r.ok)).toEqual([])
      expect(appends.map((r) => r.results?.length)).toEqual([25, 25, 25, 25])
      expect(await store.countRows()).toBe(4 * 25 * 4)

      // the four ingests overlap fully: every file is read by every process, in two orders
      const paths = FILES.map((f) => join(CORPUS, f))
      const ingests = await runChildren(
        [0, 1, 2, 3].map((i) => ['ingest', uri, '8', ...(i % 2 ? [...paths].reverse() : paths)]),
      )
      expect(ingests.filter((r) => !r.ok)).toEqual([])
      const expected = 400 + FILES.reduce((n, f) => n + goldenRows(f), 0)
      expect(await store.countRows()).toBe(expected)
      const ids = (await store.filterVariants(undefined, { select: ['variant_id'] })).map(
        (r) => r.variant_id,
      )
      expect(ids).toHaveLength(expected)
      expect(new Set(ids).size).toBe(expected)
      // every row each file adds was inserted by exactly one of the four processes
      const inserted = ingests.flatMap((r) => r.results as { inserted: number }[])
      expect(inserted.reduce((n, r) => n + r.inserted, 0)).toBe(expected - 400)

      // the writers' audit log (a local file per host naming the URI) is one valid hash chain
      const auditPath = parseDbLocation(uri, {}, env).localDir + '/audit.log.jsonl'
      expect(store.auditLogPath).toBe(auditPath)
      const verified = await verifyAuditLog(auditPath)
      expect(verified.ok).toBe(true)
      expect(verified.lines).toBeGreaterThanOrEqual(100 + 8)
    } finally {
      store.close()
      await store.closed()
    }
  })
})

describe('the conditional-PUT probe', () => {
  it('should refuse to write to an s3:// store that ignores If-None-Match, saying what to configure', async () => {
    const uri = plain.s3Uri('unsafe')
    const err = await openStore(uri, {
      dim: 8,
      storageOptions: storageOptionsFromEnv(plain.env),
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreError)
    expect((err as StoreError).code).toBe('STORE_UNSAFE_OBJECT_STORE')
    expect((err as StoreError).details.reason).toBe('if_none_match_ignored')
    expect((err as Error).message).toMatch(/If-None-Match/)
    expect((err as Error).message).toMatch(/ddbTableName=/)
  })

  it('should accept an s3:// store that answers a repeated If-None-Match PUT with 412', async () => {
    const good = await openStore(s3.s3Uri('probe-ok'), {
      dim: 8,
      storageOptions: storageOptionsFromEnv(s3.env),
    })
    expect(good.created).toBe(true)
    good.close()
    await good.closed()
  })

  it('should refuse a malformed URI with a usage error', async () => {
    await expect(openStore('s3+ddb://bucket/prefix', { dim: 8 })).rejects.toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
    })
    await expect(openStore('s3://B!/x', { dim: 8 })).rejects.toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
    })
  })
})
