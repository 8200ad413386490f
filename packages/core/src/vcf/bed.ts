/**
 * BED (UCSC BED: 0-based, half-open `chrom start end`) read as 1-based inclusive {@link Region}s, as
 * `bcftools view -R` reads it.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors/errors.js'
import type { Region } from './regions.js'

/**
 * Parses BED text (0-based, half-open `chrom start end`; UCSC BED) as 1-based inclusive regions
 * (`beg = start + 1`, `end = end`). `track`, `browser` and `#` lines are skipped; empty intervals dropped.
 *
 * @param text - the BED content
 * @param source - file name for error messages
 * @returns the regions
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` naming the file and line of a malformed line
 * @example
 * ```ts
 * parseBed('chr1\t99\t200\n', 'targets.bed') // [{ chrom: 'chr1', beg: 100, end: 200 }]
 * ```
 */
export function parseBed(text: string, source: string): Region[] {
  const regions: Region[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (
      line.trim() === '' ||
      line.startsWith('#') ||
      line.startsWith('track') ||
      line.startsWith('browser')
    )
      return
    const [chrom, s, e] = line.split('\t')
    const start = Number(s)
    const end = Number(e)
    if (
      !chrom ||
      !Number.isSafeInteger(start) ||
      !Number.isSafeInteger(end) ||
      start < 0 ||
      end < start
    ) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `${source}:${i + 1}: a BED line needs tab-separated chrom, start (0-based) and end (start ≤ end).`,
        {
          details: { file: source, line: i + 1 },
        },
      )
    }
    if (end > start) regions.push({ chrom, beg: start + 1, end })
  })
  return regions
}

/**
 * Reads a BED file (see {@link parseBed}).
 *
 * @param path - BED file
 * @returns the regions
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` when the file cannot be read or a line is malformed
 * @example
 * ```ts
 * await readBedFile('targets.bed') // 'chr1\t99\t200' → { chrom: 'chr1', beg: 100, end: 200 }
 * ```
 */
export async function readBedFile(path: string): Promise<Region[]> {
  const text = await readFile(path, 'utf8').catch((err: Error) => {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `Cannot read BED file ${path}: ${err.message}`)
  })
  return parseBed(text, path)
}
