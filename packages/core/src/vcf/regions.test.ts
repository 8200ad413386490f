import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test/helpers.js'
import { parseBed, readBedFile } from './bed.js'
import { parseRegion, parseRegions } from './regions.js'

const tmp = useTempDir()

describe('parseRegion', () => {
  it('should read CHR, CHR:POS, CHR:BEG-END and CHR:BEG- as 1-based inclusive spans', () => {
    expect(parseRegion('chr17:43044295-43125483')).toEqual({
      chrom: 'chr17',
      beg: 43044295,
      end: 43125483,
    })
    expect(parseRegion('1:1,000')).toEqual({ chrom: '1', beg: 1000, end: 1000 })
    expect(parseRegion('X')).toEqual({ chrom: 'X', beg: 1, end: Number.POSITIVE_INFINITY })
    expect(parseRegion('2:5-')).toEqual({ chrom: '2', beg: 5, end: Number.POSITIVE_INFINITY })
  })

  it('should resolve contig names with ":" from braces or the known contigs', () => {
    expect(parseRegion('{1:1}:1-10')).toEqual({ chrom: '1:1', beg: 1, end: 10 })
    expect(parseRegion('1:1-1', new Set(['1:1-1']))).toEqual({
      chrom: '1:1-1',
      beg: 1,
      end: Number.POSITIVE_INFINITY,
    })
  })

  it('should reject an empty region, position 0 and an end before the beginning with USAGE_INVALID_ARGUMENT', () => {
    for (const text of ['', '1:0', '1:10-5']) {
      expect(() => parseRegion(text)).toThrow(
        expect.objectContaining({ code: 'USAGE_INVALID_ARGUMENT' }),
      )
    }
  })

  it('should split comma-separated lists outside braces', () => {
    expect(parseRegions(['1:100-200,X', '{a,b}'])).toEqual([
      { chrom: '1', beg: 100, end: 200 },
      { chrom: 'X', beg: 1, end: Number.POSITIVE_INFINITY },
      { chrom: 'a,b', beg: 1, end: Number.POSITIVE_INFINITY },
    ])
  })
})

describe('readBedFile', () => {
  it('should turn 0-based half-open BED lines into 1-based inclusive regions, skipping headers and empty spans', async () => {
    const bed = join(tmp(), 'x.bed')
    writeFileSync(bed, 'track name=x\n# comment\nchr1\t99\t200\nchr2\t5\t5\n')
    expect(await readBedFile(bed)).toEqual([{ chrom: 'chr1', beg: 100, end: 200 }])
  })

  it('should parse BED text without a file', () => {
    expect(parseBed('chr2\t0\t10\n', 'x.bed')).toEqual([{ chrom: 'chr2', beg: 1, end: 10 }])
  })

  it('should name the file and line of a malformed line', async () => {
    const bed = join(tmp(), 'bad.bed')
    writeFileSync(bed, 'chr1\t10\t5\n')
    await expect(readBedFile(bed)).rejects.toMatchObject({
      code: 'USAGE_INVALID_ARGUMENT',
      details: { line: 1 },
    })
  })
})
