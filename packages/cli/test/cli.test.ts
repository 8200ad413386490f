import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { COMMANDS } from '@vcf-agent/cli'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'vcf-corpus')
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
  throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
function db(): string {
  const d = mkdtempSync(join(tmpdir(), 'vcf-agent-cli-'))
  dirs.push(d)
  return join(d, 'lancedb')
}

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

describe('vcf-agent', () => {
  it('should ingest a corpus file with --json and report bcftools row count', () => {
    const d = db()
    const r = run([
      'ingest-vcf',
      '--vcf-file',
      join(corpus, 'bcftools__norm.vcf'),
      '--db-path',
      d,
      '--dim',
      '32',
      '--json',
    ])
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const golden = readFileSync(join(corpus, 'golden', 'bcftools__norm.vcf.split.tsv'), 'utf8')
      .trim()
      .split('\n').length
    expect([summary.rows, summary.new_rows, summary.table_rows]).toEqual([golden, golden, golden])
    // a small file: one parse worker by default (more start only while ≥ 30,000 rows remain)
    expect(summary.workers).toBe(1)
    const again = JSON.parse(
      run([
        'ingest-vcf',
        '--vcf_file',
        join(corpus, 'bcftools__norm.vcf'),
        '--db_path',
        d,
        '--json',
      ]).stdout,
    )
    expect([again.new_rows, again.unchanged_rows]).toEqual([0, golden])
  })

  it('should run the original commands end to end with snake_case and kebab-case flags', () => {
    const d = db()
    expect(
      JSON.parse(run(['init-lancedb', '--db_path', d, '--dim', '4', '--json']).stdout),
    ).toMatchObject({ created: true, dim: 4 })
    expect(JSON.parse(run(['init-lancedb', '--db-path', d, '--json']).stdout)).toMatchObject({
      created: false,
      dim: 4,
    })
    const add = (id: string, pos: string, emb: string, sig: string) =>
      run([
        'add-variant',
        '--db_path',
        d,
        '--variant_id',
        id,
        '--chrom',
        '1',
        '--pos',
        pos,
        '--ref',
        'A',
        '--alt',
        'G',
        '--embedding',
        emb,
        '--clinical_significance',
        sig,
        '--json',
      ])
    expect(add('v1', '100', '1,0,0,0', 'Benign').status).toBe(0)
    expect(add('v2', '200', '0,1,0,0', 'Pathogenic').status).toBe(0)
    expect(add('v3', '300', '0.9,0.1,0,0', 'Benign').status).toBe(0)
    const hits = run([
      'search-embedding',
      '--db-path',
      d,
      '--embedding',
      '1,0,0,0',
      '--limit',
      '2',
      '--json',
    ])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(hits.map((h) => h.variant_id)).toEqual(['v1', 'v3'])
    const like = run(['search-embedding', '--db-path', d, '--like', 'v1', '--limit', '1', '--json'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(like.map((h) => h.variant_id)).toEqual(['v3'])
    expect(
      JSON.parse(
        run([
          'update-variant',
          '--db_path',
          d,
          '--variant_id',
          'v2',
          '--updates',
          '{"clinical_significance": "Benign"}',
          '--json',
        ]).stdout,
      ),
    ).toMatchObject({ updated: 1 })
    const rows = run([
      'filter-lancedb',
      '--db_path',
      d,
      '--filter_sql',
      "clinical_significance = 'Benign'",
      '--select_columns',
      'variant_id,pos',
      '--json',
    ])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    rows.sort((a, b) => a.pos - b.pos) // an update rewrites the row, so storage order changes
    // every NDJSON row names the table version it was read from: the latest, as stats reports it
    const latest = JSON.parse(run(['stats', '--db_path', d, '--json']).stdout).version
    expect(rows).toEqual([
      { variant_id: 'v1', pos: 100, table_version: latest },
      { variant_id: 'v2', pos: 200, table_version: latest },
      { variant_id: 'v3', pos: 300, table_version: latest },
    ])
    const guard = run(['delete-variants', '--db_path', d, '--filter_sql', "chrom = '1'"])
    expect(guard.status).toBe(2)
    expect(guard.stderr).toContain('USAGE_MATCHES_ALL_ROWS')
    expect(guard.stderr).not.toContain("chrom = '1'")
    expect(
      JSON.parse(
        run(['delete-variants', '--db_path', d, '--filter_sql', 'pos > 250', '--json']).stdout,
      ),
    ).toEqual({ deleted: 1 })
    expect(run(['create-lancedb-index', '--db_path', d, '--column', 'pos', '--json']).status).toBe(
      0,
    )
    const again = run(['create-lancedb-index', '--db_path', d, '--column', 'pos'])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('STORE_INDEX_EXISTS')
  })

  it.each([
    [
      ['update-variant', '--variant_id', 'x', '--updates', '{not json'],
      2,
      'USAGE_INVALID_ARGUMENT',
    ],
    [['update-variant', '--variant_id', 'x', '--updates', '[1,2]'], 2, 'USAGE_INVALID_ARGUMENT'],
    [
      ['update-variant', '--variant_id', 'v1', '--updates', '{"colour": "red"}'],
      3,
      'SCHEMA_UNKNOWN_COLUMN',
    ],
    [['search-embedding', '--embedding', '1,2'], 3, 'SCHEMA_INVALID_ROW'],
    [['ingest-vcf', '--vcf-file', join(corpus, 'vep__windows.vcf')], 3, 'VCF_PARSE_BAD_HEADER'],
    [['no-such-command'], 2, 'USAGE_INVALID_ARGUMENT'],
    // an empty value stays empty (cac alone reads '' as the number 0, which searched for "0")
    [['search-text', '--query', ''], 2, 'USAGE_INVALID_ARGUMENT'],
  ])('should exit non-zero with a typed error for %j', (args, status, code) => {
    const d = db()
    run(['init-lancedb', '--db_path', d, '--dim', '4'])
    run([
      'add-variant',
      '--db_path',
      d,
      '--variant_id',
      'v1',
      '--chrom',
      '1',
      '--pos',
      '1',
      '--ref',
      'A',
      '--alt',
      'G',
      '--embedding',
      '1,0,0,0',
    ])
    const r = run([...args, '--db_path', d, '--json'])
    expect(r.status).toBe(status)
    expect(JSON.parse(r.stdout).error.code).toBe(code)
  })

  it('should give every command --help with an example, and --version', () => {
    for (const c of COMMANDS) {
      const r = run([c.name, '--help'])
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`$ vcf-agent ${c.name}`)
      expect(r.stdout).toContain('--db_path, --db-path')
    }
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'))
    expect(run(['--version']).stdout).toContain(pkg.version)
  })
})
