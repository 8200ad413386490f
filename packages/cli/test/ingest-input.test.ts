// ingest-vcf from pipes (stdin, named pipes, /dev/stdin) and its progress output, on the built binary
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
const shared = join(import.meta.dirname, '..', '..', '..', '..', 'shared')
const BENCH = join(shared, 'vcf-bench', 'happy__performance.vcf.gz')
/** bcftools norm -m -any row count and bcftools view -H record count of BENCH (the golden files). */
const golden = (ext: string): number =>
  Number(
    readFileSync(join(shared, 'vcf-bench', 'golden', `happy__performance.vcf.gz.${ext}`), 'utf8'),
  )
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
  throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'vcf-agent-input-'))
  dirs.push(d)
  return d
}

interface Run {
  status: number
  stdout: string
  stderr: string
}

function run(args: string[], opts: { input?: Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    ...(opts.input ? { input: opts.input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
    env: { ...process.env, ...opts.env },
    maxBuffer: 1 << 26,
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

describe('ingest-vcf input', () => {
  it('should read a BGZF VCF from standard input with `-` and with --vcf-file -, storing bcftools rows once', () => {
    const db = join(tempDir(), 'db')
    const bytes = readFileSync(BENCH)
    const first = run(['ingest-vcf', '-', '--db_path', db, '--dim', '16', '--json'], {
      input: bytes,
    })
    expect(first.status, first.stderr).toBe(0)
    const a = JSON.parse(first.stdout)
    expect([a.file, a.compression, a.records_read, a.rows, a.new_rows]).toEqual([
      '-',
      'bgzf',
      golden('count'),
      golden('split.count'),
      golden('split.count'),
    ])
    const again = run(['ingest-vcf', '--vcf-file', '-', '--db_path', db, '--json'], {
      input: bytes,
    })
    expect(again.status, again.stderr).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({
      new_rows: 0,
      unchanged_rows: golden('split.count'),
    })
  })

  it('should read plain text from /dev/stdin and a gzip stream from a named pipe', async () => {
    const dir = tempDir()
    const plain = spawnSync('gzip', ['-dc', BENCH], { maxBuffer: 1 << 26 }).stdout
    const viaDev = run(
      ['ingest-vcf', '/dev/stdin', '--db_path', join(dir, 'a'), '--dim', '16', '--json'],
      {
        input: plain,
      },
    )
    expect(viaDev.status, viaDev.stderr).toBe(0)
    expect(JSON.parse(viaDev.stdout)).toMatchObject({
      compression: 'plain',
      rows: golden('split.count'),
    })
    const fifo = join(dir, 'calls.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // the writer opens the pipe only once the reader has; nothing can seek in it
    const writer = spawn('sh', ['-c', `gzip -dc "${BENCH}" | gzip -1 > "${fifo}"`])
    const viaFifo = run(['ingest-vcf', fifo, '--db_path', join(dir, 'b'), '--dim', '16', '--json'])
    await new Promise((r) => writer.once('exit', r))
    expect(viaFifo.status, viaFifo.stderr).toBe(0)
    expect(JSON.parse(viaFifo.stdout)).toMatchObject({
      compression: 'gzip',
      rows: golden('split.count'),
    })
  })

  it('should refuse two different files, no file, and an empty standard input, with usage errors', () => {
    const db = join(tempDir(), 'db')
    const two = run(['ingest-vcf', BENCH, '--vcf_file', '/x.vcf', '--db_path', db, '--json'])
    expect([two.status, JSON.parse(two.stdout).error.code]).toEqual([2, 'USAGE_INVALID_ARGUMENT'])
    const none = run(['ingest-vcf', '--db_path', db])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('or - to read standard input')
    const empty = run(['ingest-vcf', '-', '--db_path', db, '--json'], { input: Buffer.alloc(0) })
    expect([empty.status, JSON.parse(empty.stdout).error.code]).toEqual([3, 'VCF_PARSE_UNREADABLE'])
  })
})

describe('ingest-vcf progress', () => {
  it('should print a progress line on a non-terminal stderr every VCF_AGENT_PROGRESS_MS, none with --quiet', () => {
    const dir = tempDir()
    const args = ['ingest-vcf', BENCH, '--dim', '16', '--batch_size', '2000', '--json']
    const r = run([...args, '--db_path', join(dir, 'a')], { env: { VCF_AGENT_PROGRESS_MS: '1' } })
    expect(r.status, r.stderr).toBe(0)
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('ingest: '))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    const re =
      /^ingest: ([\d,]+) records, ([\d,]+) rows, [\d,]+ rows\/s, (\d+)% of 3\.4 MB read, \d+ s$/
    const parsed = lines.map((l) =>
      re
        .exec(l)!
        .slice(1)
        .map((x) => Number(x.replaceAll(',', ''))),
    )
    for (const [records, rows, pct] of parsed) {
      expect(rows).toBeLessThanOrEqual(golden('split.count'))
      expect(records).toBeLessThanOrEqual(golden('count'))
      expect(pct).toBeLessThanOrEqual(100)
    }
    // counts only grow; stdout stays one JSON document
    expect(parsed.map((p) => p[1])).toEqual([...parsed.map((p) => p[1]!)].sort((x, y) => x - y))
    expect(JSON.parse(r.stdout).rows).toBe(golden('split.count'))
    const quiet = run([...args, '--quiet', '--db_path', join(dir, 'b')], {
      env: { VCF_AGENT_PROGRESS_MS: '1' },
    })
    expect(quiet.status).toBe(0)
    expect(quiet.stderr).not.toContain('ingest: ')
  })

  it('should draw a bar with an ETA on a terminal for a file, and counts without a percentage for a pipe', () => {
    const dir = tempDir()
    // util-linux script(1) gives the command a terminal
    const tty = (cmd: string): string => {
      const r = spawnSync('script', ['-qfec', cmd, '/dev/null'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
      expect(r.status, r.stderr).toBe(0)
      // cli-progress redraws after ESC [1G (cursor to column 1)
      return r.stdout.replaceAll('\r', '\n').replaceAll('\u001b[1G', '\n')
    }
    const node = JSON.stringify(process.execPath)
    const file = tty(
      `${node} ${bin} ingest-vcf ${BENCH} --db_path ${join(dir, 'a')} --dim 16 --batch_size 2000`,
    )
    const bars = file.split('\n').filter((l) => l.includes('ingest |'))
    expect(bars.length).toBeGreaterThanOrEqual(2)
    expect(bars.at(-1)).toMatch(/\| 100% \| 45,776 records \| 46,067 rows \| [\d,]+ rows\/s \| ETA/)
    const piped = tty(
      `cat ${BENCH} | ${node} ${bin} ingest-vcf - --db_path ${join(dir, 'b')} --dim 16 --batch_size 2000`,
    )
    const counts = piped.split('\n').filter((l) => l.includes('ingest |'))
    expect(counts.at(-1)).toMatch(
      /ingest \| 45,776 records \| 46,067 rows \| [\d,]+ rows\/s \| 3\.4 MB read/,
    )
    expect(counts.join('\n')).not.toMatch(/%/)
  })
})

describe('ingest-vcf leaves nothing half-made', () => {
  it('should fail on a missing file before the database folder is created', () => {
    const db = join(tempDir(), 'db')
    const missing = join(tempDir(), 'missing.vcf')
    const r = run(['ingest-vcf', missing, '--db_path', db])
    expect(r.status).toBe(3)
    expect(r.stderr).toContain(
      `error[VCF_PARSE_UNREADABLE]: Cannot read VCF file ${missing}: no such file (check the path).`,
    )
    expect(existsSync(db)).toBe(false)
    const dir = run(['ingest-vcf', tempDir(), '--db_path', db, '--json'])
    expect(JSON.parse(dir.stdout).error).toMatchObject({
      code: 'VCF_PARSE_UNREADABLE',
      message: expect.stringMatching(/: it is a directory \(name a VCF file in it\)\.$/),
    })
  })

  it('should leave no table after a failed first ingest, so the next one may choose another dim', () => {
    const db = join(tempDir(), 'db')
    // the bench file cut in the middle of its fourth BGZF block (BSIZE, SAM/BAM spec §4.1)
    const src = readFileSync(BENCH)
    let off = 0
    for (let i = 0; i < 3; i++) off += src.readUInt16LE(off + 16) + 1
    const cut = join(tempDir(), 'cut.vcf.gz')
    writeFileSync(cut, src.subarray(0, off + 5000))
    const failed = run(['ingest-vcf', cut, '--db_path', db, '--dim', '16'])
    expect(failed.status).toBe(3)
    expect(failed.stderr).toContain('VCF_PARSE_TRUNCATED')
    const missing = run(['stats', '--db_path', db])
    expect(missing.status).toBe(4)
    expect(missing.stderr).toContain('STORE_TABLE_NOT_FOUND')
    const ok = run(['ingest-vcf', BENCH, '--db_path', db, '--dim', '8', '--json'])
    expect(ok.status, ok.stderr).toBe(0)
    const stats = JSON.parse(run(['stats', '--db_path', db, '--json']).stdout) as Record<
      string,
      unknown
    >
    expect(stats.dim).toBe(8)
    expect(stats.rows).toBe(golden('split.count'))
  })
})
