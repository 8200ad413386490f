import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORPUS, NORM_GOLDEN, NORM_VCF, SHARED, corpusFile } from './paths.js'

describe('paths', () => {
  it('should point at the real shared corpus', () => {
    expect(existsSync(join(SHARED, 'vcf-corpus'))).toBe(true)
    expect(existsSync(NORM_VCF)).toBe(true)
    expect(existsSync(NORM_GOLDEN)).toBe(true)
    expect(corpusFile('vep__test.vcf.gz')).toBe(join(CORPUS, 'vep__test.vcf.gz'))
    expect(existsSync(corpusFile('vep__test.vcf.gz'))).toBe(true)
  })
})
