/**
 * `@vcf-agent/test-utils`: private helpers shared by the tests of every package (STYLE §7).
 * No build: the package's `exports` point at this file.
 *
 * @packageDocumentation
 */
export { useTempDir } from './temp-dir.js'
export { BENCH, CORPUS, GOLDEN, NORM_GOLDEN, NORM_VCF, SHARED, corpusFile } from './paths.js'
export { jsonRow, jsonVec, row, vec } from './rows.js'
export type { TestRow } from './rows.js'
export {
  ORIGINAL_DIM,
  fieldTypes,
  originalRows,
  originalSchema,
  writeOriginalTable,
} from './original-table.js'
export type { OriginalRow } from './original-table.js'
export { rawTextIndex } from './raw-text-index.js'
export type { RawTextIndex } from './raw-text-index.js'
export { CHANGED_SITES, CLINVAR_EXCERPT, DROPPED_POS, buildClinvarReleases } from './releases.js'
export type { ClinvarReleases } from './releases.js'
