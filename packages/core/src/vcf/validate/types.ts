/**
 * Shapes of the strict validator: one {@link Violation} per broken rule, and the {@link ValidationReport} of a file.
 *
 * @module
 */

/** One violation of the VCF specification, located in the file. */
export interface Violation {
  /** The file as named in messages (base name, `stdin`, `stream`). */
  file: string
  /** 1-based line number in the decompressed text. */
  line: number
  /** The field or header line concerned: `CHROM`, `POS`, `ID`, `REF`, `ALT`, `QUAL`, `FILTER`, `INFO/DP`, `FORMAT/GT`, `sample HG00096`, `##INFO`, … */
  field: string
  /** Stable rule id, e.g. `info.number` (see the validation guide for the list). */
  rule: string
  /** What is wrong and how to fix it, in one sentence. */
  message: string
  /** The section of the VCF specification of the file's declared version, e.g. `VCFv4.3 §1.6.1`. */
  section: string
}

/** Options of the validator. */
export interface ValidateOptions {
  /** Keep at most this many violations (all are still counted in {@link ValidationReport.byRule}). Default 100. */
  limit?: number
}

/** What the validator found in one file. */
export interface ValidationReport {
  /** The file as named in messages. */
  file: string
  /** `##fileformat` value as written (e.g. `VCFv4.2`); empty when the first line is not a fileformat line. */
  fileformat: string
  /** The version whose rules were applied: `4.0` … `4.5` (a later 4.x is checked as 4.5, an earlier one as 4.0). */
  version: string
  /** Data lines read. */
  records: number
  /** The first violations found, in file order, at most {@link ValidateOptions.limit}. */
  violations: Violation[]
  /** Every violation, counted by rule id (also those past the limit). */
  byRule: Record<string, number>
  /** Total number of violations (the sum of {@link ValidationReport.byRule}). */
  total: number
}

/** Where a check reports a violation: the validator fills in the file, the version's spec section and the limit. */
export type Report = (
  line: number,
  field: string,
  rule: string,
  message: string,
  area: SpecArea,
) => void

/** Areas of the specification, mapped to a section number per version by {@link specSection}. */
export type SpecArea =
  | 'datatypes'
  | 'meta'
  | 'fileformat'
  | 'info-meta'
  | 'filter-meta'
  | 'format-meta'
  | 'alt-meta'
  | 'assembly'
  | 'contig-meta'
  | 'meta-meta'
  | 'sample-meta'
  | 'pedigree-meta'
  | 'header-line'
  | 'fixed'
  | 'genotype'
  | 'sv'
  | 'breakend'

const V43: Record<SpecArea, string> = {
  datatypes: '§1.3',
  meta: '§1.4',
  fileformat: '§1.4.1',
  'info-meta': '§1.4.2',
  'filter-meta': '§1.4.3',
  'format-meta': '§1.4.4',
  'alt-meta': '§1.4.5',
  assembly: '§1.4.6',
  'contig-meta': '§1.4.7',
  'meta-meta': '§1.4.8',
  'sample-meta': '§1.4.9',
  'pedigree-meta': '§1.4.10',
  'header-line': '§1.5',
  fixed: '§1.6.1',
  genotype: '§1.6.2',
  sv: '§3',
  breakend: '§5.4',
}

const V42: Record<SpecArea, string> = {
  datatypes: '§1.2',
  meta: '§1.2',
  fileformat: '§1.2.1',
  'info-meta': '§1.2.2',
  'filter-meta': '§1.2.3',
  'format-meta': '§1.2.4',
  'alt-meta': '§1.2.5',
  assembly: '§1.2.6',
  'contig-meta': '§1.2.7',
  'meta-meta': '§1.2.8',
  'sample-meta': '§1.2.8',
  'pedigree-meta': '§1.2.9',
  'header-line': '§1.3',
  fixed: '§1.4.1',
  genotype: '§1.4.2',
  sv: '§3',
  breakend: '§5.4',
}

/**
 * The section of the specification of `version` that covers `area` (VCF v4.1/v4.2 number the meta lines §1.2 and
 * the data lines §1.4; v4.3–v4.5 §1.4 and §1.6).
 *
 * @param version - `4.0` … `4.5`
 * @param area - the area of the specification
 * @returns e.g. `VCFv4.3 §1.6.1`
 * @example
 * ```ts
 * specSection('4.2', 'fixed') // 'VCFv4.2 §1.4.1'
 * ```
 */
export function specSection(version: string, area: SpecArea): string {
  const table = Number(version) >= 4.3 ? V43 : V42
  return `VCFv${version} ${table[area]}`
}
