import { type ChildProcess, spawn } from 'node:child_process'
import {
  createReadStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { type RunningServer, startServer } from '@vcf-agent/server'
import { afterEach, describe, expect, it } from 'vitest'
import {
  NORM_GOLDEN,
  NORM_VCF,
  SHARED,
  TOKENS,
  TOKEN_CONFIG,
  createTable,
  useTempDir,
  read,
} from './helpers.js'

const tmp = useTempDir()
const BIN = join(import.meta.dirname, '..', 'bin', 'vcf-agent-server.js')
const GOLDEN_ROWS = readFileSync(NORM_GOLDEN, 'utf8').trim().split('\n').length
const VEP_GZ = join(SHARED, 'vcf-corpus', 'vep__test.vcf.gz')
const VEP_ROWS = readFileSync(
  join(SHARED, 'vcf-corpus', 'golden', 'vep__test.vcf.gz.split.tsv'),
  'utf8',
)
  .trim()
  .split('\n').length
const BAD_HEADER = join(SHARED, 'vcf-corpus', 'cyvcf2__test-invalid-header.vcf')

/** Polls `check` every 20 ms for up to 10 s. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('condition not met within 10 s')
}

const servers: RunningServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

async function start(
  options: { maxUploadBytes?: number } = {},
): Promise<{ server: RunningServer; uploads: string; dbPath: string }> {
  const dbPath = join(tmp(), 'db')
  const uploads = tmp()
  await createTable(dbPath)
  const server = await startServer({
    dbPath,
    port: 0,
    tokens: TOKEN_CONFIG,
    handleSignals: false,
    uploadDir: uploads,
    logger: () => {},
    ...options,
  })
  servers.push(server)
  return { server, uploads, dbPath }
}

/** A chunked request body (no Content-Length) streamed from a file. */
function fileStream(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path, { highWaterMark: 1024 }))
}

function upload(url: string, body: RequestInit['body'], query = ''): Promise<Response> {
  return fetch(`${url}/tables/variants/ingest${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKENS.write}`,
      'content-type': 'application/octet-stream',
    },
    body,
    duplex: 'half',
  })
}

async function rows(url: string): Promise<number> {
  const res = await fetch(`${url}/tables/variants/stats`, {
    headers: { authorization: `Bearer ${TOKENS.read}` },
  })
  return ((await read(res)) as { rows: number }).rows
}

describe('startServer', () => {
  it('should listen on 127.0.0.1 with a free port and answer /healthz', async () => {
    const { server } = await start()
    expect(server.host).toBe('127.0.0.1')
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await read(res)).toEqual({ status: 'ok' })
  })

  it('should ingest a streamed VCF upload into the bcftools row count and remove the temp file', async () => {
    const { server, uploads } = await start()
    const res = await upload(server.url, fileStream(NORM_VCF), '?filename=bcftools__norm.vcf')
    expect(res.status).toBe(200)
    const summary = (await read(res)) as Record<string, unknown>
    expect(summary).toMatchObject({
      file: 'bcftools__norm.vcf',
      compression: 'plain',
      rows: GOLDEN_ROWS,
      new_rows: GOLDEN_ROWS,
      unchanged_rows: 0,
      validate_only: false,
    })
    expect(GOLDEN_ROWS).toBe(39)
    expect(await rows(server.url)).toBe(39)
    const sample = await fetch(`${server.url}/tables/variants/filter`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.read}`, 'content-type': 'application/json' },
      body: JSON.stringify({ select_columns: ['source_file'], limit: 1 }),
    })
    expect(await read(sample)).toEqual({
      version: summary.version,
      rows: [{ source_file: 'bcftools__norm.vcf' }],
      truncated: true,
    })
    expect(readdirSync(uploads)).toEqual([])

    const again = (await read(await upload(server.url, readFileSync(NORM_VCF)))) as Record<
      string,
      unknown
    >
    expect(again).toMatchObject({ file: 'upload.vcf', new_rows: 0, unchanged_rows: 39 })
    expect(await rows(server.url)).toBe(39)
  })

  it('should write the upload to disk as it arrives, not buffer it', async () => {
    const { server, uploads } = await start()
    const bytes = readFileSync(NORM_VCF)
    let sendRest!: () => void
    const gate = new Promise<void>((resolve) => {
      sendRest = resolve
    })
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.subarray(0, 2000))
        await gate
        controller.enqueue(bytes.subarray(2000))
        controller.close()
      },
    })
    const pending = upload(server.url, body, '?filename=part.vcf')
    const partial = (): number => {
      const [dir] = readdirSync(uploads)
      return dir && existsSync(join(uploads, dir, 'part.vcf'))
        ? statSync(join(uploads, dir, 'part.vcf')).size
        : 0
    }
    await until(() => partial() >= 2000)
    expect(partial()).toBe(2000)
    sendRest()
    const res = await pending
    expect(res.status).toBe(200)
    expect(await read(res)).toMatchObject({ file: 'part.vcf', rows: 39, new_rows: 39 })
    expect(readdirSync(uploads)).toEqual([])
  })

  it('should ingest a gzipped upload and validate without writing', async () => {
    const { server } = await start()
    const dry = (await read(
      await upload(server.url, fileStream(VEP_GZ), '?filename=vep.vcf.gz&validate_only=true'),
    )) as Record<string, unknown>
    expect(dry).toMatchObject({
      file: 'vep.vcf.gz',
      compression: expect.stringMatching(/gzip|bgzf/),
      rows: VEP_ROWS,
      new_rows: 0,
      validate_only: true,
    })
    expect(await rows(server.url)).toBe(0)
    // the old camelCase flag is refused rather than ignored (ignoring it would write)
    const old = await upload(
      server.url,
      readFileSync(VEP_GZ),
      '?filename=vep.vcf.gz&validateOnly=true',
    )
    // core's error, as the CLI gives it for an unknown option
    expect(old.status).toBe(400)
    expect(((await read(old)) as { error: { code: string; message: string } }).error).toMatchObject(
      {
        code: 'USAGE_INVALID_ARGUMENT',
        message: expect.stringMatching(/^Unknown option validateOnly for ingest\./) as string,
      },
    )
    expect(await rows(server.url)).toBe(0)
    const real = (await read(
      await upload(server.url, fileStream(VEP_GZ), '?filename=vep.vcf.gz'),
    )) as Record<string, unknown>
    expect(real).toMatchObject({ rows: VEP_ROWS, new_rows: VEP_ROWS, validate_only: false })
    expect(await rows(server.url)).toBe(VEP_ROWS)
  })

  it('should answer 413 for an upload over the limit, with or without Content-Length, and keep nothing', async () => {
    const size = statSync(NORM_VCF).size
    const { server, uploads } = await start({ maxUploadBytes: size - 1 })
    const declared = await upload(server.url, readFileSync(NORM_VCF))
    expect(declared.status).toBe(413)
    expect(await read(declared)).toEqual({
      error: {
        code: 'HTTP_PAYLOAD_TOO_LARGE',
        message: `The request body is larger than the limit of ${size - 1} bytes.`,
        details: { maxBytes: size - 1 },
        requestId: declared.headers.get('x-request-id'),
      },
    })
    const chunked = await upload(server.url, fileStream(NORM_VCF))
    expect(chunked.status).toBe(413)
    expect(((await read(chunked)) as { error: { code: string } }).error.code).toBe(
      'HTTP_PAYLOAD_TOO_LARGE',
    )
    expect(await rows(server.url)).toBe(0)
    expect(readdirSync(uploads)).toEqual([])
  })

  it('should answer 422 VCF_PARSE_* for a malformed upload without revealing server paths', async () => {
    const { server, uploads } = await start()
    const res = await upload(
      server.url,
      readFileSync(BAD_HEADER),
      '?filename=../../bad%20header.vcf',
    )
    expect(res.status).toBe(422)
    const { error } = (await read(res)) as {
      error: { code: string; message: string; details: Record<string, unknown> }
    }
    expect(error.code).toBe('VCF_PARSE_BAD_HEADER')
    expect(error.details.file).toBe('bad_header.vcf')
    expect(error.details).not.toHaveProperty('path')
    expect(error.message).not.toContain(uploads)
    expect(await rows(server.url)).toBe(0)
    expect(readdirSync(uploads)).toEqual([])
  })
})

describe('vcf-agent-server binary', () => {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
    throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

  function spawnServer(
    args: string[],
    env: Record<string, string> = {},
  ): {
    child: ChildProcess
    url: Promise<string>
    exit: Promise<number | null>
    stderr: () => string
  } {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    const url = new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString()
        const m = /listening on (http:\/\/\S+)/.exec(err)
        if (m) resolve(m[1]!)
      })
      child.once('exit', () => reject(new Error(`exited before listening: ${err}`)))
    })
    url.catch(() => {}) // tests that expect an early exit never await it
    const exit = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    )
    return { child, url, exit, stderr: () => err }
  }

  it('should finish an in-flight upload on SIGTERM, refuse new connections, and exit 0', async () => {
    const dbPath = join(tmp(), 'db')
    await createTable(dbPath)
    const uploads = tmp()
    const tokensFile = join(tmp(), 'tokens.json')
    writeFileSync(tokensFile, JSON.stringify(TOKEN_CONFIG))
    const {
      child,
      url: listening,
      exit,
      stderr,
    } = spawnServer([
      '--db_path',
      dbPath,
      '--port',
      '0',
      '--tokens_file',
      tokensFile,
      '--upload_dir',
      uploads,
    ])
    const url = await listening
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

    // send part of the file; once the server is writing it to disk, SIGTERM; then send the rest
    const bytes = readFileSync(NORM_VCF)
    let sendRest!: () => void
    const gate = new Promise<void>((resolve) => {
      sendRest = resolve
    })
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.subarray(0, 2000))
        await gate
        controller.enqueue(bytes.subarray(2000))
        controller.close()
      },
    })
    const inFlight = upload(url, body)
    await until(() => readdirSync(uploads).length === 1)
    child.kill('SIGTERM')
    await until(() => stderr().includes('"msg":"shutting down","signal":"SIGTERM"'))
    await expect(fetch(`${url}/healthz`)).rejects.toThrow()
    expect(child.exitCode).toBeNull()
    sendRest()
    const res = await inFlight
    expect(res.status).toBe(200)
    expect(await read(res)).toMatchObject({ rows: 39, new_rows: 39 })
    expect(await exit).toBe(0)
    expect(stderr()).toContain('"msg":"stopped","clean":true')
    expect(readdirSync(uploads)).toEqual([])
  })

  it('should read tokens from VCF_AGENT_TOKENS and exit 0 on SIGINT', async () => {
    const dbPath = join(tmp(), 'db')
    await createTable(dbPath)
    const {
      child,
      url: listening,
      exit,
    } = spawnServer(['--db-path', dbPath, '--port=0'], {
      VCF_AGENT_TOKENS: JSON.stringify(TOKEN_CONFIG),
    })
    const url = await listening
    const res = await fetch(`${url}/tables`, {
      headers: { authorization: `Bearer ${TOKENS.read}` },
    })
    expect(await read(res)).toEqual({ tables: ['variants'] })
    child.kill('SIGINT')
    expect(await exit).toBe(0)
  })

  it('should exit 2 on usage and config errors', async () => {
    const run = (args: string[], env: Record<string, string> = {}) => {
      const { exit, stderr } = spawnServer(args, { VCF_AGENT_TOKENS: '', ...env })
      return exit.then((code) => ({ code, stderr: stderr() }))
    }
    const missing = await run([])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('error[USAGE_INVALID_ARGUMENT]: --db_path is required')
    const unknown = await run(['--db_path', tmp(), '--bogus'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--bogus'")
    const noTokens = await run(['--db_path', tmp(), '--port', '0'])
    expect(noTokens.code).toBe(2)
    expect(noTokens.stderr).toContain('error[CONFIG_INVALID]: No API tokens are configured')
    const badTokens = await run(['--db_path', tmp(), '--port', '0'], {
      VCF_AGENT_TOKENS: '[{"name":"x","token":"plain","scopes":["read"]}]',
    })
    expect(badTokens.code).toBe(2)
    expect(badTokens.stderr).toContain('CONFIG_INVALID')
    expect(badTokens.stderr).not.toContain('plain')
  })
})
