/**
 * The release-update session end to end with the built `vcf-agent` binary: ingest a ClinVar excerpt and tag it,
 * ingest a newer release (made with `bcftools annotate`) with --update_changed and a second tag, read --as_of the
 * first tag, diff the two tags (expected ids from `bcftools query` of both files), restore, check the audit log,
 * then ten failed ingests of a truncated file and optimize.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { CORPUS, buildClinvarReleases } from '@vcf-agent/test-utils'
import { afterAll, describe, expect, it } from 'vitest'

const bin = join(import.meta.dirname, '..', 'bin', 'vcf-agent.js')
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.js')))
  throw new Error('Run `pnpm build` first: these tests spawn the built binary.')

const root = mkdtempSync(join(tmpdir(), 'vcf-agent-versions-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const db = join(root, 'db')

function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--db_path', db], {
    encoding: 'utf8',
    env: { ...process.env, VCF_AGENT_AUTO_OPTIMIZE: 'off' },
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** `--json` output of a command that must succeed, untyped like `JSON.parse` (tests assert on its values). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function json(args: string[]): any {
  const r = cli([...args, '--json'])
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout)
}

function ndjson(args: string[]): Record<string, unknown>[] {
  const r = cli([...args, '--json'])
  expect(r.status, r.stderr).toBe(0)
  return r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

function du(dir: string): number {
  if (!existsSync(dir)) return 0
  let total = 0
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name))
    if (s.isFile()) total += s.size
  }
  return total
}

describe('vcf-agent versions, tags, --as_of, diff and restore', () => {
  it('should read the old values as of the first tag, diff exactly the changed ids, restore them as a new version and audit every version', () => {
    const r = buildClinvarReleases(root)
    const first = json([
      'ingest-vcf',
      '--vcf_file',
      r.older,
      '--dim',
      '32',
      '--tag',
      'clinvar-2017-04',
    ])
    expect([first.new_rows, first.tag]).toEqual([r.clnsigOlder.size, 'clinvar-2017-04'])
    const second = json([
      'ingest-vcf',
      '--vcf_file',
      r.newer,
      '--update_changed',
      '--tag',
      'clinvar-2017-05',
    ])
    expect([second.new_rows, second.updated_rows, second.unchanged_rows]).toEqual([
      0,
      r.changed.length,
      r.clnsigNewer.size - r.changed.length,
    ])
    // the data commit, then the full-text index upkeep: the reported version is the latest
    expect(second.version).toBeGreaterThan((second.version_before as number) + 1)

    // --as_of the first tag: the old values, every row naming the version read
    const select = ['--select_columns', 'variant_id,clinical_significance', '--limit', '0']
    const old = ndjson(['filter-lancedb', ...select, '--as_of', 'clinvar-2017-04'])
    expect(Object.fromEntries(old.map((x) => [x.variant_id, x.clinical_significance]))).toEqual(
      Object.fromEntries(r.clnsigOlder),
    )
    expect(new Set(old.map((x) => x.table_version))).toEqual(new Set([first.version]))
    // latest: the newer release's values (the record it dropped stays as stored: an update never deletes)
    const latest = new Map(
      ndjson(['filter-lancedb', ...select]).map((x) => [x.variant_id, x.clinical_significance]),
    )
    expect(Object.fromEntries([...r.clnsigNewer].map(([id]) => [id, latest.get(id)]))).toEqual(
      Object.fromEntries(r.clnsigNewer),
    )
    expect(json(['stats', '--as_of', 'clinvar-2017-04']).version).toBe(first.version)
    const text = cli(['filter-lancedb', '--as_of', 'clinvar-2017-04', '--limit', '1'])
    expect(text.stderr).toContain(`(table version ${first.version})`)

    // diff: exactly what bcftools says changed
    const diff = json(['diff', 'clinvar-2017-04', 'clinvar-2017-05'])
    expect((diff.changed as { variant_id: string }[]).map((c) => c.variant_id)).toEqual(r.changed)
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: r.changed.length })
    const diffText = cli(['diff', 'clinvar-2017-04', 'clinvar-2017-05'])
    for (const id of r.changed)
      expect(diffText.stdout).toMatch(
        new RegExp(`^changed\\s+${id}\\s+clinical_significance,info$`, 'm'),
      )

    // restore: refused without --yes when no terminal can ask; a new version equal to the old one with it
    const refused = cli(['restore', 'clinvar-2017-04'])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/^error\[USAGE_CONFIRMATION_REQUIRED\]/)
    const restored = json(['restore', 'clinvar-2017-04', '--yes'])
    expect(restored).toEqual({
      restored: first.version,
      version_before: second.version,
      version: (second.version as number) + 1,
    })
    const back = ndjson(['filter-lancedb', ...select])
    expect(Object.fromEntries(back.map((x) => [x.variant_id, x.clinical_significance]))).toEqual(
      Object.fromEntries(r.clnsigOlder),
    )
    expect(json(['diff', 'clinvar-2017-04']).counts as object).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
    })

    // the audit log names the versions of each write; versions lists them with their operations
    const records = readFileSync(join(db, 'audit.log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    const writes = records.filter((x) => ['ingest', 'restore'].includes(x.action as string))
    expect(writes.map((x) => [x.action, x.versionBefore, x.versionAfter])).toEqual([
      // the first ingest also recorded its embedder on the table, one version before its rows
      ['ingest', (first.version_before as number) - 1, first.version],
      ['ingest', second.version_before, second.version],
      ['restore', second.version, restored.version],
    ])
    const versions = json(['versions']).versions as {
      version: number
      operation: string
      tags: string[]
    }[]
    const made = new Map(versions.map((v) => [v.version, v]))
    expect(made.get(first.version as number)).toMatchObject({
      operation: 'ingest',
      tags: ['clinvar-2017-04'],
    })
    expect(made.get(second.version as number)).toMatchObject({
      operation: 'ingest',
      tags: ['clinvar-2017-05'],
    })
    expect(made.get(restored.version as number)).toMatchObject({ operation: 'restore', tags: [] })
    expect(json(['audit', 'verify']).ok).toBe(true)
  })

  it('should keep the table within 1.2x of its committed data after 10 failed ingests of a truncated file and optimize', () => {
    const table = join(db, 'variants.lance')
    const committed = json(['optimize']).disk_bytes as number
    expect(committed).toBe(du(table))
    const text = gunzipSync(readFileSync(join(CORPUS, 'bcftools__roh.1.vcf.gz'))).toString('utf8')
    const truncated = join(root, 'truncated.vcf')
    // cut at 70% of the bytes in the middle of a line: the last line is malformed
    let cut = Math.floor(text.length * 0.7)
    while (text[cut] === '\n' || text[cut - 1] === '\n') cut++
    writeFileSync(truncated, text.slice(0, cut))
    const version = json(['stats']).version
    for (let i = 0; i < 10; i++) {
      const r = cli(['ingest-vcf', '--vcf_file', truncated, '--batch_size', '100'])
      expect(r.status).toBe(3)
      expect(r.stderr).toMatch(/^error\[VCF_PARSE_/m)
    }
    expect(json(['stats']).version).toBe(version)
    const after = json(['optimize'])
    expect(after.disk_bytes).toBe(du(table))
    expect(du(table) + du(join(db, '.staging'))).toBeLessThanOrEqual(committed * 1.2)
  })
})
