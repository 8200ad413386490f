import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { originalRows, writeOriginalTable } from '@vcf-agent/test-utils'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'vcf-corpus')
const hasBcftools = spawnSync('bcftools', ['--version']).status === 0
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function run(
  args: string[],
  options: { cwd?: string } = {},
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}
const ndjson = (s: string): Record<string, unknown>[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe('vcf-agent on a table written by the original Python tool', () => {
  it('should run every read command unchanged, migrate on request, then run every command', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vcf-agent-orig-'))
    dirs.push(root)
    const db = join(root, 'lancedb')
    const rows = originalRows(30)
    await writeOriginalTable(db, rows)
    const base = ['--db_path', db, '--json']
    const stats0 = JSON.parse(run(['stats', ...base]).stdout)
    expect([stats0.rows, stats0.schema_version, stats0.dim]).toEqual([30, 1, 1024])
    const filterArgs = [
      'filter-lancedb',
      '--filter_sql',
      "clinical_significance = 'Pathogenic'",
      '--select_columns',
      'variant_id,chrom,pos,ref,alt,clinical_significance',
      '--limit',
      '100',
      ...base,
    ]
    const read = (args: string[]) =>
      ndjson(run(args).stdout).map(({ table_version, ...row }) => ({ row, table_version }))
    const before = read(filterArgs)
    expect(before.length).toBe(10)
    expect(new Set(before.map((r) => r.table_version))).toEqual(new Set([stats0.version]))
    const like = ndjson(
      run(['search-embedding', '--like', rows[0]!.variant_id, '--limit', '3', ...base]).stdout,
    )
    expect(like.length).toBe(3)
    const exported = run(['export-vcf', '--db_path', db])
    expect(exported.status).toBe(0)
    expect(exported.stdout.split('\n').filter((l) => l && !l.startsWith('#')).length).toBe(30)
    expect(JSON.parse(run(['stats', ...base]).stdout).version).toBe(stats0.version)

    const plan = JSON.parse(run(['migrate', '--dry-run', ...base]).stdout)
    expect([plan.dry_run, plan.added.length]).toEqual([true, 17])
    expect(JSON.parse(run(['stats', ...base]).stdout).version).toBe(stats0.version)
    const done = JSON.parse(run(['migrate', ...base]).stdout)
    expect([done.dry_run, done.added.length, done.to_version]).toEqual([false, 17, 4])
    expect(JSON.parse(run(['migrate', ...base]).stdout).added).toEqual([])

    // the version before the migration is still readable, with its own (original) columns
    expect(read([...filterArgs, '--as_of', String(stats0.version)])).toEqual(before)
    const oldExport = run(['export-vcf', '--db_path', db, '--as_of', String(stats0.version)])
    expect(oldExport.status, oldExport.stderr).toBe(0)
    expect(oldExport.stdout.split('\n').filter((l) => l && !l.startsWith('#')).length).toBe(30)
    // the same rows, read from the version the migration made
    const after = read(filterArgs)
    expect(after.map((r) => r.row)).toEqual(before.map((r) => r.row))
    expect(new Set(after.map((r) => r.table_version))).toEqual(
      new Set([JSON.parse(run(['stats', ...base]).stdout).version]),
    )
    expect(JSON.parse(run(['stats', ...base]).stdout)).toMatchObject({
      rows: 30,
      schema_version: 4,
    })
    expect(run(['add-variant', '--variant', '17:43044999:G:A', ...base]).status).toBe(0)
    expect(
      JSON.parse(
        run([
          'update-variant',
          '--variant_id',
          rows[1]!.variant_id,
          '--updates',
          '{"gene": "BRCA1"}',
          ...base,
        ]).stdout,
      ),
    ).toMatchObject({ updated: 1 })
    expect(
      run(['create-lancedb-index', '--column', 'chrom', '--index_type', 'BITMAP', ...base]).status,
    ).toBe(0)
    const ingest = JSON.parse(
      run(['ingest-vcf', '--vcf-file', join(corpus, 'ncbi__clinvar.vcf'), ...base]).stdout,
    )
    expect(ingest.new_rows).toBe(2)
    expect(
      JSON.parse(
        run(['delete-variants', '--filter_sql', "source_file = 'ncbi__clinvar.vcf'", ...base])
          .stdout,
      ),
    ).toEqual({ deleted: 2 })
    expect(JSON.parse(run(['stats', ...base]).stdout).rows).toBe(31)
  })

  it.skipIf(!hasBcftools)('should export a VCF file that bcftools reads, unchanged', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vcf-agent-orig-'))
    dirs.push(root)
    const db = join(root, 'lancedb')
    await writeOriginalTable(db, originalRows(30))
    const base = ['--db_path', db, '--json']
    const stats0 = JSON.parse(run(['stats', ...base]).stdout)
    const out = join(root, 'out.vcf')
    run(['export-vcf', '--db_path', db, '--output', out])
    expect(spawnSync('bcftools', ['view', '-H', out]).status).toBe(0)
    // `--output -` is standard output (as bcftools -o -), not a file named "-"
    const piped = run(['export-vcf', '--db_path', db, '--output', '-'], { cwd: root })
    expect(piped.stdout).toBe(readFileSync(out, 'utf8'))
    expect(existsSync(join(root, '-'))).toBe(false)
    expect(JSON.parse(run(['stats', ...base]).stdout).version).toBe(stats0.version)
  })
})
