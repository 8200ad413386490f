// The VCF specification's own conformance files (samtools/hts-specs test/vcf, vendored under
// test/conformance/hts-specs): every valid file is accepted by the default ingest and by strict mode, and strict
// mode rejects at least 90% of the invalid ones, each with file:line and a rule that names what the file's
// "##CauseOfFailure" line says is wrong. bcftools' counts on the same files are printed beside ours.
import { spawnSync } from 'node:child_process'
import { createReadStream, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { CORPUS } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { type ValidationReport, VcfParseError, ingestVcf, validateVcf } from '../src/index.js'

const ROOT = join(import.meta.dirname, 'conformance', 'hts-specs')
const VERSIONS = ['4.1', '4.2', '4.3', '4.5'] as const
const GUIDE = join(import.meta.dirname, '..', '..', '..', 'apps', 'docs', 'guide', 'validation.md')

/**
 * Conformance files the shared corpus already holds (byte for byte): read from ../shared/vcf-corpus, not vendored
 * a second time. Keys are `version/kind/file` as in hts-specs.
 */
const IN_SHARED: Record<string, string> = {
  '4.3/failed/failed_empty_sample.vcf': 'cyvcf2__empty.vcf',
  '4.3/failed/failed_body_sample_003.vcf': 'htsspecs__failed_body_sample_003.vcf',
  '4.3/passed/complexfile_passed_000.vcf': 'htsspecs__complexfile_passed_000.vcf',
  '4.3/passed/passed_body_info.vcf': 'htsspecs__passed_body_info.vcf',
  '4.5/passed/zero_length_LAA.vcf': 'htsspecs__zero_length_LAA.vcf',
}
const files = (version: string, kind: 'passed' | 'failed'): string[] => {
  let vendored: string[] = []
  try {
    vendored = readdirSync(join(ROOT, version, kind)).filter((f) => f.endsWith('.vcf'))
  } catch {
    // a folder whose only files are in the shared corpus
  }
  const shared = Object.keys(IN_SHARED)
    .filter((k) => k.startsWith(`${version}/${kind}/`))
    .map((k) => k.split('/')[2]!)
  return [...vendored, ...shared].sort()
}
const path = (version: string, kind: string, f: string): string => {
  const shared = IN_SHARED[`${version}/${kind}/${f}`]
  return shared ? join(CORPUS, shared) : join(ROOT, version, kind, f)
}
const cause = (p: string): string =>
  /##CauseOfFailure=(.*)/.exec(readFileSync(p, 'utf8'))?.[1] ?? ''

/** The invalid files strict mode accepts, as the validation guide lists them (version, file). */
function documentedAccepted(): Set<string> {
  const rows = readFileSync(GUIDE, 'utf8')
    .split('\n')
    .map((l) => /^\| (4\.\d) +\| `(failed_[\w.]+\.vcf)` +\|/.exec(l))
  return new Set(rows.flatMap((m) => (m ? [`${m[1]}/${m[2]}`] : [])))
}

/**
 * The rules a rejection must name, from the file's name (its area) and, for header declarations, its
 * "##CauseOfFailure" line.
 */
function expectedRules(file: string, why: string): RegExp {
  if (/^(INFO|FORMAT) \S+ (Type|Number) is not/.test(why))
    return /^header\.(reserved-info|reserved-format|flag-number)$/
  if (/Description must be surrounded/.test(why)) return /^header\.description$/
  if (/^Incorrect order/.test(why)) return /^header\.field-order$/
  if (/^Incorrect \w+ (Number|Type) value/.test(why)) return /^header\.(number|type)$/
  const byName: [RegExp, RegExp][] = [
    [/^failed_body_alt/, /^alt\./],
    [/^failed_body_chrom/, /^chrom\.syntax$/],
    [/^failed_body_contiguous/, /^record\.contiguous$/],
    [/^failed_body_duplicated/, /^record\.duplicate$/],
    [/^failed_body_filter/, /^filter\./],
    [/^failed_body_format/, /^(format\.|sample\.gt$)/],
    [/^failed_body_id/, /^id\./],
    [/^failed_body_info/, /^info\./],
    [/^failed_body_no_newline/, /^file\.final-newline$/],
    [/^failed_body_pos/, /^pos\.syntax$/],
    [/^failed_body_qual/, /^qual\.syntax$/],
    [/^failed_body_ref/, /^ref\.syntax$/],
    [/^failed_body_samples?_/, /^(sample\.|header\.sample-name$)/],
    [/^failed_body_unsorted/, /^record\.sorted$/],
    [/^failed_(fileformat|empty)/, /^header\.(fileformat|chrom-line)$/],
    [/^failed_header/, /^header\.chrom-line$/],
    [/^failed_meta/, /^header\./],
  ]
  return byName.find(([name]) => name.test(file))?.[1] ?? /^$/
}

describe('VCF specification conformance files (hts-specs test/vcf @ c101c79)', () => {
  it('should accept every valid file in the default ingest and in strict mode', async () => {
    const refused: string[] = []
    let count = 0
    for (const v of VERSIONS) {
      for (const f of files(v, 'passed')) {
        count++
        for (const strict of [false, true]) {
          try {
            const r = await ingestVcf(null, path(v, 'passed', f), {
              validateOnly: true,
              useWorker: false,
              strict,
            })
            expect(r.strict).toBe(strict)
          } catch (err) {
            refused.push(`${v}/${f} (${strict ? 'strict' : 'default'}): ${(err as Error).message}`)
          }
        }
      }
    }
    expect(count).toBe(76)
    expect(refused).toEqual([])
  })

  it('should reject at least 90% of the invalid files in strict mode, each located and naming the rule broken', async () => {
    const accepted = new Set<string>()
    const wrongRule: string[] = []
    const rates: Record<string, string> = {}
    const below: string[] = []
    let total = 0
    let rejected = 0
    for (const v of VERSIONS) {
      const list = files(v, 'failed')
      let n = 0
      for (const f of list) {
        const p = path(v, 'failed', f)
        const report: ValidationReport = await validateVcf(p)
        if (report.total === 0) {
          accepted.add(`${v}/${f}`)
          continue
        }
        n++
        const lines = readFileSync(p, 'utf8').split('\n').length
        for (const x of report.violations) {
          expect(x.file).toBe(basename(p))
          expect(x.line).toBeGreaterThanOrEqual(1)
          expect(x.line).toBeLessThanOrEqual(lines)
          expect(x.section).toMatch(/^VCFv4\.\d §\d/)
        }
        const want = expectedRules(f, cause(p))
        if (!Object.keys(report.byRule).some((rule) => want.test(rule))) {
          wrongRule.push(`${v}/${f}: "${cause(p)}" -> ${Object.keys(report.byRule).join(', ')}`)
        }
      }
      total += list.length
      rejected += n
      if (list.length === 0) continue
      rates[v] = `${n}/${list.length} (${((100 * n) / list.length).toFixed(1)}%)`
      if (n / list.length < 0.9) below.push(`${v}: ${rates[v]}`)
    }
    expect(below).toEqual([])
    console.log('strict mode rejects, per version:', rates, `all: ${rejected}/${total}`)
    expect(total).toBe(607)
    expect(rejected / total).toBeGreaterThanOrEqual(0.9)
    expect(wrongRule).toEqual([])
    // the guide's table of invalid files we accept is exactly the list
    expect([...accepted].sort()).toEqual([...documentedAccepted()].sort())
  })

  it('should refuse an invalid file through ingest with VCF_PARSE_STRICT_VIOLATIONS, listing every violation', async () => {
    // AC=-1 on one record, and more violations on others: all are listed, not only the first
    const p = path('4.3', 'failed', 'failed_body_info_036.vcf')
    const err = await ingestVcf(null, p, {
      validateOnly: true,
      useWorker: false,
      strict: true,
    }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(VcfParseError)
    const e = err as VcfParseError
    expect(e.code).toBe('VCF_PARSE_STRICT_VIOLATIONS')
    const violations = e.details.violations as { line: number; rule: string; field: string }[]
    expect(violations.some((x) => x.field === 'INFO/AC' && x.rule === 'info.reserved-value')).toBe(
      true,
    )
    expect(e.message).toMatch(/failed_body_info_036\.vcf:\d+: INFO\/AC: /)
    expect(e.details.total).toBe(violations.length)
    // without strict the same file is read as bcftools reads it
    const plain = await ingestVcf(null, p, { validateOnly: true, useWorker: false })
    const records = spawnSync('bcftools', ['view', '-H', p], { encoding: 'utf8' }).stdout
    expect(plain.recordsRead).toBe(records.split('\n').filter(Boolean).length)
  })

  it('should count header violations as warnings by rule without strict', async () => {
    // ##ALT=<ID=THIS:IS-NOT-VALID,…>: the type before ":" is none of DEL, INS, DUP, INV, CNV (VCFv4.3 §1.4.5)
    const p = path('4.3', 'failed', 'failed_meta_alt_005.vcf')
    const r = await ingestVcf(null, p, { validateOnly: true, useWorker: false })
    expect(r.warningsByRule).toEqual({ 'header.alt-id': 1 })
    expect(r.warnings.some((w) => /header\.alt-id.*failed_meta_alt_005\.vcf:3/.test(w))).toBe(true)
  })

  it('should count the same header violations when the file comes as a stream, in the thread or the workers', async () => {
    // a stream is read once: its header is checked as it is read (line 3 is the ##ALT line)
    const p = path('4.3', 'failed', 'failed_meta_alt_005.vcf')
    for (const useWorker of [false, true]) {
      const r = await ingestVcf(null, createReadStream(p), { validateOnly: true, useWorker })
      expect(r.warningsByRule).toEqual({ 'header.alt-id': 1 })
      expect(r.warnings.filter((w) => /header\.alt-id.*stream:3: /.test(w))).toHaveLength(1)
    }
    // a header that is refused still gets its checks first, as from a path (sample 2 of the #CHROM line is empty)
    const refused = join(CORPUS, 'cyvcf2__test-invalid-header.vcf')
    for (const stream of [false, true]) {
      for (const useWorker of [false, true]) {
        const warnings: string[] = []
        const from = stream ? createReadStream(refused) : refused
        const err = await ingestVcf(null, from, {
          validateOnly: true,
          useWorker,
          onWarning: (w) => warnings.push(w),
        }).catch((e: unknown) => e)
        expect((err as VcfParseError).code).toBe('VCF_PARSE_BAD_HEADER')
        expect(warnings.filter((w) => /^1 × header\.sample-name .*:2: /.test(w))).toHaveLength(1)
      }
    }
  })

  it("should print bcftools' counts beside ours (not asserted)", () => {
    const counts: Record<string, string> = {}
    for (const v of VERSIONS) {
      for (const kind of ['passed', 'failed'] as const) {
        const list = files(v, kind)
        if (list.length === 0) continue
        const refused = list.filter(
          (f) =>
            spawnSync('bcftools', ['view', '-o', '/dev/null', path(v, kind, f)], {
              stdio: 'ignore',
            }).status !== 0,
        ).length
        counts[`${v} ${kind}`] = `bcftools 1.16 refuses ${refused}/${list.length}`
      }
    }
    console.log(counts)
    expect(Object.keys(counts).length).toBe(7)
  })
})
