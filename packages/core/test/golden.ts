/**
 * Reads the bcftools golden files of ../shared/vcf-corpus. Expected values come from these files only.
 */
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { SHARED } from './helpers.js'

export const CORPUS = join(SHARED, 'vcf-corpus')
export const GOLDEN = join(CORPUS, 'golden')

export interface SummaryRow {
  file: string
  header: string
  view: string
  count: number
  query: string
  split: string
  splitRows: number
  samples: number
  clnsig: boolean
}

export function summary(): SummaryRow[] {
  const lines = readFileSync(join(GOLDEN, 'SUMMARY.tsv'), 'utf8').trim().split('\n').slice(1)
  return lines.map((l) => {
    const [file, header, view, count, query, split, splitRows, samples, clnsig] = l.split('\t')
    return {
      file: file!,
      header: header!,
      view: view!,
      count: Number(count),
      query: query!,
      split: split!,
      splitRows: Number(splitRows),
      samples: Number(samples),
      clnsig: clnsig === 'yes',
    }
  })
}

function tsv(path: string): string[][] {
  if (!existsSync(path)) return []
  const text = readFileSync(path, 'utf8')
  if (text === '') return []
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'))
}

export const golden = (file: string, suffix: string): string[][] =>
  tsv(join(GOLDEN, `${file}.${suffix}`))
export const goldenText = (file: string, suffix: string): string =>
  existsSync(join(GOLDEN, `${file}.${suffix}`))
    ? readFileSync(join(GOLDEN, `${file}.${suffix}`), 'utf8')
    : ''

/**
 * Files where bcftools 1.16 is wrong by the VCF specification (MANIFEST "edge case" column), and how we derive the
 * expected split rows from bcftools' own output instead.
 */
export const SPEC_OVER_BCFTOOLS: Record<string, string> = {
  // valid VCF 4.4 GT phasing prefixes; bcftools 1.16 stops at record 2. Expected: `bcftools query` records split on ALT.
  'htslib__vcf44_1.vcf': 'records',
  // trailing blank line: bcftools counts it as a record (CHROM '', POS 1). Expected: split.tsv minus that bogus row.
  'mgl__clinvar_20170404_13_records.vcf': 'drop-blank',
}

/**
 * Files whose POS values exceed 2^32: bcftools 1.16 prints them modulo 2^32 (htslib-longrefs__index.vcf has
 * POS 10009999919, printed as 1420065327). We keep the file's POS; tests compare modulo 2^32 and check the raw POS.
 */
export const POS_OVER_32_BITS = new Set(['htslib-longrefs__index.vcf'])

/** `bcftools query` records split on ALT: CHROM POS REF ALT in file order (query prints records as read). */
export function recordsSplit(file: string): string[][] {
  return golden(file, 'records.tsv').flatMap(([chrom, pos, , ref, alt]) =>
    alt!.split(',').map((a) => [chrom!, pos!, ref!, a]),
  )
}

/**
 * Expected `CHROM POS REF ALT` rows from bcftools, as `{ inFileOrder, multiset }`:
 * - `inFileOrder`: `bcftools query` records split on ALT (what `norm -m -any` does to these four columns), or
 *   `split.tsv` where query crashed;
 * - `multiset`: `bcftools norm -m -any` output (`split.tsv`), which norm may reorder (it sorts within a window,
 *   e.g. vep__test_not_ordered.vcf), or the query split where norm crashed or rejected the file.
 */
export function expectedSplit(row: SummaryRow): { inFileOrder: string[][]; multiset: string[][] } {
  const mode = SPEC_OVER_BCFTOOLS[row.file]
  if (mode === 'drop-blank') {
    const rows = golden(row.file, 'split.tsv').filter((r) => r[0] !== '')
    return { inFileOrder: rows, multiset: rows }
  }
  const inFileOrder = recordsSplit(row.file)
  const multiset =
    mode === 'records' || row.split !== 'OK' ? inFileOrder : golden(row.file, 'split.tsv')
  return { inFileOrder, multiset }
}

/** Sorts rows for multiset comparison. */
export const sortRows = (rows: string[][]): string[][] =>
  [...rows].sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1))
