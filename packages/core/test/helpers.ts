/**
 * Core's test helpers now live in `@vcf-agent/test-utils`; this file re-exports them so the
 * core test files keep importing `./helpers.js`.
 */
export { SHARED, row, useTempDir, vec } from '@vcf-agent/test-utils'
