import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS } from './paths.js'

/** Two ClinVar "releases" built with bcftools, and what changed between them according to bcftools. */
export interface ClinvarReleases {
  /** The first release: the corpus ClinVar excerpt (a `##contig` line added so bcftools can annotate it). */
  older: string
  /** The newer release: CLNSIG re-annotated on {@link CHANGED_SITES} with `bcftools annotate`, one record dropped. */
  newer: string
  /** `CHROM-POS-REF-ALT` of each split row of the first release → its CLNSIG (`bcftools query`). */
  clnsigOlder: Map<string, string>
  /** The same for the newer release. */
  clnsigNewer: Map<string, string>
  /** Ids (split rows) in both whose QUAL, FILTER or INFO differ, sorted — from `bcftools query`, not our code. */
  changed: string[]
  /** Ids in the first release only, sorted. */
  removed: string[]
  /** Ids in the newer release only, sorted. */
  added: string[]
}

/** The corpus file the releases are made from (10 ClinVar records of 2017-04-04, 11 split rows). */
export const CLINVAR_EXCERPT = join(CORPUS, 'mgl__clinvar_20170404_10_records.vcf')

/** CHROM, POS, REF, ALT and the new CLNSIG of the records the newer release re-classifies. */
export const CHANGED_SITES: readonly (readonly [string, number, string, string, string])[] = [
  ['1', 949523, 'C', 'T', '2'],
  ['1', 955596, 'C', 'G', '5'],
  ['1', 957568, 'A', 'G', '3'],
]

/** The POS of the record the newer release drops. */
export const DROPPED_POS = 957640

function bcftools(args: string[], input?: string): string {
  return execFileSync('bcftools', args, {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  })
}

/** `id → QUAL\tFILTER\tINFO` and `id → CLNSIG` of the split rows of a file, read by bcftools. */
function splitRows(file: string): { content: Map<string, string>; clnsig: Map<string, string> } {
  const split = bcftools(['norm', '-m', '-any', file])
  const lines = bcftools(
    ['query', '-f', '%CHROM-%POS-%REF-%ALT\t%QUAL\t%FILTER\t%INFO\t%INFO/CLNSIG\n', '-'],
    split,
  )
    .trim()
    .split('\n')
    .filter(Boolean)
  const content = new Map<string, string>()
  const clnsig = new Map<string, string>()
  for (const line of lines) {
    const [id, qual, filter, info, sig] = line.split('\t')
    content.set(id!, `${qual}\t${filter}\t${info}`)
    clnsig.set(id!, sig!)
  }
  return { content, clnsig }
}

/**
 * Builds two ClinVar releases in `dir` with bcftools — the corpus excerpt, and a newer one whose CLNSIG differs on
 * {@link CHANGED_SITES} (`bcftools annotate -a … -c CHROM,POS,REF,ALT,INFO/CLNSIG`) and that lacks the record at
 * {@link DROPPED_POS} (`bcftools view -e`) — and what changed between them, from `bcftools query` of both.
 *
 * @param dir - a temp folder
 * @returns the two files and the expected differences
 * @example
 * ```ts
 * const r = buildClinvarReleases(tmp())
 * r.changed // ['1-949523-C-T', '1-955596-C-G', '1-957568-A-G']
 * ```
 */
export function buildClinvarReleases(dir: string): ClinvarReleases {
  const header = join(dir, 'contig.hdr')
  writeFileSync(header, '##contig=<ID=1>\n')
  const older = join(dir, 'clinvar_2017-04.vcf')
  writeFileSync(older, bcftools(['annotate', '-h', header, CLINVAR_EXCERPT]))
  const table = join(dir, 'clnsig.tsv')
  writeFileSync(table, CHANGED_SITES.map((s) => s.join('\t')).join('\n') + '\n')
  execFileSync('bgzip', ['-f', table])
  execFileSync('tabix', ['-f', '-s1', '-b2', '-e2', `${table}.gz`])
  const annotated = bcftools([
    'annotate',
    '-a',
    `${table}.gz`,
    '-c',
    'CHROM,POS,REF,ALT,INFO/CLNSIG',
    older,
  ])
  const newer = join(dir, 'clinvar_2017-05.vcf')
  writeFileSync(newer, bcftools(['view', '-e', `POS=${DROPPED_POS}`, '-'], annotated))
  const a = splitRows(older)
  const b = splitRows(newer)
  const sorted = (xs: Iterable<string>) => [...xs].sort()
  return {
    older,
    newer,
    clnsigOlder: a.clnsig,
    clnsigNewer: b.clnsig,
    changed: sorted(
      [...a.content]
        .filter(([id, c]) => b.content.has(id) && b.content.get(id) !== c)
        .map(([id]) => id),
    ),
    removed: sorted([...a.content.keys()].filter((id) => !b.content.has(id))),
    added: sorted([...b.content.keys()].filter((id) => !a.content.has(id))),
  }
}
