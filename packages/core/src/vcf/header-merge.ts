/**
 * The header `export-vcf` writes: the source files' own header lines merged, plus what the exported records use
 * that no source declares. Pure: knows no store.
 *
 * @module
 */
import type { InfoType } from './writer.js'

/** One source's header, as recorded at ingest. */
export interface MergeSource {
  /** The header lines, `##fileformat` first and the `#CHROM` line last. */
  lines: readonly string[]
}

/** What the exported records use (found by a first pass over them). */
export interface HeaderUse {
  /** CHROM values. */
  contigs: Iterable<string>
  /** FILTER ids other than PASS. */
  filters: Iterable<string>
  /** INFO key → narrowest type of the values written. */
  infoTypes: ReadonlyMap<string, InfoType>
  /** FORMAT keys of the records. */
  formatKeys: Iterable<string>
  /** Whether sample columns are written. */
  samples: readonly string[]
  /** Value of the `##source` line naming the export, appended after the sources' lines. */
  source?: string
}

/** The merged header and what it dropped. */
export interface MergedHeader {
  /** The header lines, `##fileformat` first and the `#CHROM` line last. */
  lines: string[]
  /**
   * Declarations dropped because an earlier source declares the same ID differently (`INFO/DP`, …): the first
   * source's declaration is kept.
   */
  conflicts: string[]
}

const STRUCTURED = /^##(INFO|FORMAT|FILTER|contig|ALT)=<ID=([^,>]+)/

/** `VCFv4.2` → [4, 2]. */
function versionOf(fileformat: string): number[] {
  return (/VCFv(\d+)\.(\d+)/.exec(fileformat)?.slice(1) ?? ['4', '3']).map(Number)
}

/** The sample names of a `#CHROM` line. */
export function samplesOfHeader(lines: readonly string[]): string[] {
  const chrom = lines.at(-1) ?? ''
  return chrom.startsWith('#CHROM') ? chrom.split('\t').slice(9) : []
}

/**
 * Merges source headers (VCF v4.3 §1.4): `##fileformat` is the highest of the sources (VCFv4.3 when there is none);
 * every other line of every source is kept once, in source order; a structured line (`INFO`, `FORMAT`, `FILTER`,
 * `contig`, `ALT`) whose ID an earlier source declares differently is dropped and listed in `conflicts` (the first
 * declaration wins). Then what the records use and no source declares: a `##contig` per CHROM, a `##FILTER` per
 * filter, an `##INFO` per key (Number=., the narrowest Type that holds the values written), a `##FORMAT` per key
 * (GT Number=1 String, else Number=. String); then `##source`, and the `#CHROM` line with FORMAT and the samples
 * when there are any.
 *
 * @param sources - the source headers, in the order their rows were found
 * @param use - what the exported records use
 * @returns the lines and the dropped conflicting declarations
 * @example
 * ```ts
 * mergeHeaders([{ lines: ['##fileformat=VCFv4.2', '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'] }], { contigs: ['1'], filters: [], infoTypes: new Map(), formatKeys: [], samples: [] }).lines[0] // '##fileformat=VCFv4.2'
 * ```
 */
export function mergeHeaders(sources: readonly MergeSource[], use: HeaderUse): MergedHeader {
  let fileformat = sources.length === 0 ? 'VCFv4.3' : ''
  const lines: string[] = []
  const seen = new Set<string>()
  const declared = new Map<string, string>()
  const conflicts: string[] = []
  for (const src of sources) {
    for (const line of src.lines) {
      if (line.startsWith('##fileformat=')) {
        const v = line.slice('##fileformat='.length).trim()
        const [a, b] = versionOf(v)
        const [c, d] = versionOf(fileformat || 'VCFv0.0')
        if (fileformat === '' || a! > c! || (a === c && b! > d!)) fileformat = v
        continue
      }
      if (!line.startsWith('##') || seen.has(line)) continue
      const m = STRUCTURED.exec(line)
      if (m) {
        const key = `${m[1]}/${m[2]}`
        const first = declared.get(key)
        if (first !== undefined) {
          if (first !== line) conflicts.push(key)
          continue
        }
        declared.set(key, line)
      }
      seen.add(line)
      lines.push(line)
    }
  }
  const add = (type: string, id: string, line: string): void => {
    if (declared.has(`${type}/${id}`)) return
    declared.set(`${type}/${id}`, line)
    lines.push(line)
  }
  for (const c of use.contigs) add('contig', c, `##contig=<ID=${c}>`)
  for (const f of use.filters)
    add('FILTER', f, `##FILTER=<ID=${f},Description="Filter ${f} from the source VCF">`)
  for (const [key, type] of use.infoTypes) {
    add(
      'INFO',
      key,
      type === 'Flag'
        ? `##INFO=<ID=${key},Number=0,Type=Flag,Description="${key} from the source VCF">`
        : `##INFO=<ID=${key},Number=.,Type=${type},Description="${key} from the source VCF">`,
    )
  }
  for (const key of use.formatKeys) {
    add(
      'FORMAT',
      key,
      key === 'GT'
        ? '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">'
        : `##FORMAT=<ID=${key},Number=.,Type=String,Description="${key} from the source VCF">`,
    )
  }
  if (use.source !== undefined) lines.push(`##source=${use.source}`)
  const fixed = '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'
  const chrom = use.samples.length > 0 ? `${fixed}\tFORMAT\t${use.samples.join('\t')}` : fixed
  return {
    lines: [`##fileformat=${fileformat}`, ...lines, chrom],
    conflicts: [...new Set(conflicts)],
  }
}
