/**
 * Two `vcf-agent-server` processes on one table on object storage (loopback S3 + DynamoDB commit store): what
 * one ingests, the other serves.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openStore, storageOptionsFromEnv } from '@vcf-agent/core'
import { type LoopbackObjectStore, spawnLoopbackObjectStore } from '@vcf-agent/test-utils/loopback'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIM, SHARED, TOKENS, TOKEN_CONFIG, read, useTempDir } from './helpers.js'

const tmp = useTempDir()
const BIN = join(import.meta.dirname, '..', 'bin', 'vcf-agent-server.js')
const VEP_GZ = join(SHARED, 'vcf-corpus', 'vep__test.vcf.gz')
const VEP_ROWS = readFileSync(
  join(SHARED, 'vcf-corpus', 'golden', 'vep__test.vcf.gz.split.tsv'),
  'utf8',
)
  .trim()
  .split('\n').length

let s3: LoopbackObjectStore
const children: ChildProcess[] = []

beforeAll(async () => {
  s3 = await spawnLoopbackObjectStore()
})

afterAll(async () => {
  for (const c of children) if (c.exitCode == null) c.kill('SIGTERM')
  await s3?.stop()
})

function spawnServer(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  children.push(child)
  let err = ''
  return new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
      const m = /listening on (http:\/\/\S+)/.exec(err)
      if (m) resolve(m[1]!)
    })
    child.once('exit', () => reject(new Error(`exited before listening: ${err}`)))
  })
}

describe('vcf-agent-server on object storage', () => {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
    throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

  it('should serve from a second server process the rows the first ingested into one s3+ddb:// table', async () => {
    const uri = s3.ddbUri('servers')
    const env = { ...s3.env, VCF_AGENT_STATE_DIR: tmp(), LANCEDB_LOG: 'error' }
    const store = await openStore(uri, {
      dim: DIM,
      storageOptions: storageOptionsFromEnv(s3.env),
      audit: false,
    })
    store.close()
    const tokensFile = join(tmp(), 'tokens.json')
    writeFileSync(tokensFile, JSON.stringify(TOKEN_CONFIG))
    const args = ['--db_path', uri, '--port', '0', '--tokens_file', tokensFile]
    const [a, b] = await Promise.all([spawnServer(args, env), spawnServer(args, env)])
    const stats = async (url: string) =>
      (await read(
        await fetch(`${url}/tables/variants/stats`, {
          headers: { authorization: `Bearer ${TOKENS.read}` },
        }),
      )) as { rows: number }
    expect((await stats(b)).rows).toBe(0)
    const res = await fetch(`${a}/tables/variants/ingest`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKENS.write}`,
        'content-type': 'application/octet-stream',
      },
      body: readFileSync(VEP_GZ),
    })
    expect(res.status).toBe(200)
    expect(await read(res)).toMatchObject({ new_rows: VEP_ROWS })
    // the second process holds its handle open from before the ingest and still sees every row
    expect((await stats(b)).rows).toBe(VEP_ROWS)
    const tables = await read(
      await fetch(`${b}/tables`, { headers: { authorization: `Bearer ${TOKENS.read}` } }),
    )
    expect(tables).toMatchObject({ tables: ['variants'] })
  })

  it('should refuse a malformed object-storage db path with a usage error and exit 2', async () => {
    const child = spawn(process.execPath, [BIN, '--db_path', 's3+ddb://bucket/x', '--port', '0'], {
      env: { ...process.env, ...s3.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    expect(await new Promise((r) => child.once('exit', r))).toBe(2)
    expect(err).toContain('error[USAGE_INVALID_ARGUMENT]')
    expect(err).toContain('ddbTableName')
  })
})
