// ingest-vcf --strict and --validate-only --strict on the built binary, with files of the VCF spec's conformance
// suite (vendored in packages/core/test/conformance/hts-specs)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
const SUITE = join(import.meta.dirname, '..', '..', 'core', 'test', 'conformance', 'hts-specs')
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
  throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'vcf-agent-strict-'))
  dirs.push(d)
  return d
}

function run(args: string[], input?: Buffer): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    ...(input ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** The 1-based line of the file's first data line (the record that breaks the rule in these files). */
function firstRecordLine(path: string): number {
  return (
    readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((l) => l !== '' && !l.startsWith('#')) + 1
  )
}

// "##CauseOfFailure=Breakend without bases at either side": ALT [1:100[ (VCFv4.3 §5.4)
const BREAKEND = join(SUITE, '4.3', 'failed', 'failed_body_alt_005.vcf')
const VALID = join(SUITE, '4.3', 'passed', 'passed_body_alt.vcf')

describe('ingest-vcf --strict', () => {
  it('should refuse an invalid file with --validate-only --strict: exit 3, the violation at file:line with its rule', () => {
    const r = run(['ingest-vcf', BREAKEND, '--validate-only', '--strict'])
    expect(r.status).toBe(3)
    expect(r.stderr).toContain('VCF_PARSE_STRICT_VIOLATIONS')
    expect(r.stderr).toContain(`failed_body_alt_005.vcf:${firstRecordLine(BREAKEND)}: ALT:`)
    expect(r.stderr).toContain('[alt.breakend, VCFv4.3 §5.4]')
    // the same file without --strict is read as bcftools reads it
    const plain = run(['ingest-vcf', BREAKEND, '--validate-only', '--json'])
    expect(plain.status, plain.stderr).toBe(0)
    const bcftools = spawnSync('bcftools', ['view', '-H', BREAKEND], { encoding: 'utf8' })
    expect(bcftools.status).toBe(0)
    expect(JSON.parse(plain.stdout).records_read).toBe(bcftools.stdout.trim().split('\n').length)
  })

  it('should store nothing when --strict refuses a file, and read standard input the same way', () => {
    const db = join(tempDir(), 'db')
    const r = run(['ingest-vcf', BREAKEND, '--strict', '--db_path', db, '--dim', '16'])
    expect(r.status).toBe(3)
    // no table was left behind: the first ingest failed before committing a row
    const tables = existsSync(db) ? readdirSync(db).filter((f) => f.endsWith('.lance')) : []
    expect(tables).toEqual([])
    const piped = run(['ingest-vcf', '-', '--validate-only', '--strict'], readFileSync(BREAKEND))
    expect(piped.status).toBe(3)
    expect(piped.stderr).toContain(`stdin:${firstRecordLine(BREAKEND)}: ALT:`)
  })

  it('should ingest a valid file with --strict, one row per ALT allele bcftools reads', () => {
    const db = join(tempDir(), 'db')
    const r = run(['ingest-vcf', VALID, '--strict', '--db_path', db, '--dim', '16', '--json'])
    expect(r.status, r.stderr).toBe(0)
    const summary = JSON.parse(r.stdout)
    // bcftools norm cannot write this file (its contigs are undeclared); count its ALT alleles with bcftools query
    const alts = spawnSync('bcftools', ['query', '-f', '%ALT\\n', VALID], {
      encoding: 'utf8',
    }).stdout
    const rows = alts
      .split('\n')
      .filter(Boolean)
      .reduce((n, a) => n + a.split(',').length, 0)
    expect([summary.strict, summary.rows, summary.new_rows]).toEqual([true, rows, rows])
    expect(summary.warnings_by_rule).toEqual({})
  })

  it('should check a named pipe, which cannot be read twice, from a copy: refused when invalid, read whole when valid', async () => {
    const dir = tempDir()
    const fifo = join(dir, 'calls.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    let writer = spawn('sh', ['-c', `cat "${BREAKEND}" > "${fifo}"`])
    const bad = run(['ingest-vcf', fifo, '--validate-only', '--strict'])
    await new Promise((r) => writer.once('exit', r))
    expect(bad.status).toBe(3)
    expect(bad.stderr).toContain(`calls.fifo:${firstRecordLine(BREAKEND)}: ALT:`)
    writer = spawn('sh', ['-c', `cat "${VALID}" > "${fifo}"`])
    const good = run(['ingest-vcf', fifo, '--validate-only', '--strict', '--json'])
    await new Promise((r) => writer.once('exit', r))
    expect(good.status, good.stderr).toBe(0)
    const records = spawnSync('bcftools', ['view', '-H', VALID], { encoding: 'utf8' }).stdout
    expect(JSON.parse(good.stdout).records_read).toBe(records.trim().split('\n').length)
  })
})
