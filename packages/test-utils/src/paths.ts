import { join } from 'node:path'

/**
 * Absolute path of the shared fixture folder (`../shared` next to the repository checkout, i.e.
 * `/work/shared` for `/work/<checkout>`). It holds `vcf-corpus/` (real VCF files and their bcftools
 * golden outputs), `vcf-bench/` (large files for benchmarks) and the style guide.
 *
 * Resolved from this file's location, so it works from any package and any worktree.
 *
 * @example
 * ```ts
 * const big = join(SHARED, 'vcf-bench', 'happy__performance.vcf.gz')
 * ```
 */
export const SHARED: string = join(import.meta.dirname, '..', '..', '..', '..', 'shared')

/**
 * Absolute path of `SHARED/vcf-corpus`: small real VCF files from public tools' test suites.
 *
 * @example
 * ```ts
 * await ingestVcf(join(CORPUS, 'bcftools__norm.vcf'), { store })
 * ```
 */
export const CORPUS: string = join(SHARED, 'vcf-corpus')

/**
 * Absolute path of `SHARED/vcf-corpus/golden`: bcftools outputs (`<file>.split.tsv`, …) that tests
 * take their expected values from.
 *
 * @example
 * ```ts
 * const expected = readFileSync(join(GOLDEN, 'bcftools__norm.vcf.split.tsv'), 'utf8')
 * ```
 */
export const GOLDEN: string = join(CORPUS, 'golden')

/**
 * Absolute path of `SHARED/vcf-bench`: large VCF files (benchmarks, slow tests).
 *
 * @example
 * ```ts
 * const file = join(BENCH, 'happy__performance.vcf.gz')
 * ```
 */
export const BENCH: string = join(SHARED, 'vcf-bench')

/**
 * The corpus file `bcftools__norm.vcf` (multi-allelic records, used by the server tests).
 *
 * @example
 * ```ts
 * const res = await app.request('/v1/tables/variants/ingest', { method: 'POST', body: readFileSync(NORM_VCF) })
 * ```
 */
export const NORM_VCF: string = join(CORPUS, 'bcftools__norm.vcf')

/**
 * The bcftools golden split (one line per ALT allele) of {@link NORM_VCF}.
 *
 * @example
 * ```ts
 * const rows = readFileSync(NORM_GOLDEN, 'utf8').trim().split('\n').length
 * ```
 */
export const NORM_GOLDEN: string = join(GOLDEN, 'bcftools__norm.vcf.split.tsv')

/**
 * The absolute path of one corpus file.
 *
 * @param name - a file name inside `vcf-corpus/`, e.g. `vep__test.vcf.gz`.
 * @returns `CORPUS/name`. The file is not checked for existence.
 * @example
 * ```ts
 * const vep = corpusFile('vep__test.vcf.gz')
 * ```
 */
export function corpusFile(name: string): string {
  return join(CORPUS, name)
}
