#!/usr/bin/env node
// The main job on real data: ingest a VCF into ./lancedb and run a similarity search on it.
// Usage: pnpm demo [FILE.vcf[.gz]]   (default: the whole 2016 ClinVar release in ../shared/vcf-bench)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'node_modules', '.bin', 'vcf-agent')
const file = resolve(
  process.argv[2] ?? join(root, '..', 'shared', 'vcf-bench', 'macarthur-clinvar__clinvar.vcf.gz'),
)
if (!existsSync(file)) {
  console.error(`No VCF at ${file}: pass a path, e.g. pnpm demo path/to/calls.vcf.gz`)
  process.exit(2)
}
const run = (args) => {
  console.error(`\n$ vcf-agent ${args.join(' ')}`)
  const r = spawnSync(bin, args, { stdio: 'inherit', cwd: process.cwd() })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
run(['ingest-vcf', '--vcf-file', file, '--db-path', './lancedb'])
// query with the first variant of the file: its nearest neighbours are variants of the same gene/region and kind
const first = spawnSync(
  bin,
  [
    'filter-lancedb',
    '--db-path',
    './lancedb',
    '--filter_sql',
    `source_file = '${file.split('/').pop().replace(/'/g, "''")}' AND variant_class = 'SNV'`,
    '--limit',
    '1',
    '--select_columns',
    'variant_id',
    '--json',
  ],
  { encoding: 'utf8' },
)
const id = first.stdout.trim()
  ? JSON.parse(first.stdout.trim().split('\n')[0]).variant_id
  : undefined
if (file.endsWith('macarthur-clinvar__clinvar.vcf.gz')) {
  run([
    'search-embedding',
    '--db-path',
    './lancedb',
    '--variant',
    '17:41197701:G:C',
    '--limit',
    '5',
    '--select_columns',
    'variant_id,gene,clinical_significance,variant_class',
  ])
} else if (id) {
  run([
    'search-embedding',
    '--db-path',
    './lancedb',
    '--like',
    id,
    '--limit',
    '5',
    '--select_columns',
    'variant_id,gene,clinical_significance,variant_class',
  ])
}
