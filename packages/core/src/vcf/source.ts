/**
 * Streams the lines of a VCF file: plain text, gzip or BGZF, told apart by their first bytes (not the name).
 * BGZF is a series of gzip members, which Node's gunzip reads in one stream. Memory stays constant: lines are
 * read one at a time, and a single very long line (MBs) is held only while it is processed.
 *
 * @module
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import type { Readable } from 'node:stream'
import { VcfParseError } from '../errors/errors.js'

/** Compression detected from a file's first bytes. */
export type Compression = 'plain' | 'gzip' | 'bgzf'

/** A file opened for line reading. */
export interface VcfSource {
  /** Detected compression. */
  compression: Compression
  /** File size in bytes. */
  totalBytes: number
  /** Compressed bytes read so far (for progress). */
  bytesRead(): number
  /** The lines, without their line terminator (`\n` or `\r\n`). */
  lines: AsyncIterable<string>
  /** Stops reading and releases the file. */
  close(): void
}

/**
 * Detects compression from the magic bytes: `1f 8b` is gzip, and gzip with the `BC` extra field is BGZF
 * (SAM/BAM spec §4.1).
 *
 * @param path - file path
 * @returns the compression and the file size in bytes
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the file is missing, unreadable or empty
 * @example
 * ```ts
 * await detectCompression('clinvar.vcf.gz') // { compression: 'bgzf', totalBytes: 4183787 }
 * ```
 */
export async function detectCompression(
  path: string,
): Promise<{ compression: Compression; totalBytes: number }> {
  let size: number
  const head = Buffer.alloc(18)
  let n: number
  try {
    size = (await stat(path)).size
    const fh = await open(path, 'r')
    try {
      n = (await fh.read(head, 0, 18, 0)).bytesRead
    } finally {
      await fh.close()
    }
  } catch (err) {
    throw new VcfParseError(
      'VCF_PARSE_UNREADABLE',
      `Cannot read VCF file ${path}: ${(err as Error).message}`,
      {
        cause: err,
        details: { file: basename(path), path },
      },
    )
  }
  if (n === 0) {
    throw new VcfParseError(
      'VCF_PARSE_UNREADABLE',
      `VCF file ${path} is empty (0 bytes): it has no header. A VCF starts with "##fileformat=VCFv4.x".`,
      {
        details: { file: basename(path), path, line: 1 },
      },
    )
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const bgzf = n >= 16 && (head[3]! & 4) !== 0 && head[12] === 66 && head[13] === 67
    return { compression: bgzf ? 'bgzf' : 'gzip', totalBytes: size }
  }
  return { compression: 'plain', totalBytes: size }
}

/**
 * Opens a VCF file for streaming line by line.
 *
 * @param path - a `.vcf`, `.vcf.gz` (gzip or BGZF) file; the name does not matter
 * @returns the source; iterate `lines` once
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the file cannot be read or decompressed
 * @example
 * ```ts
 * const src = await openVcfSource('calls.vcf.gz')
 * for await (const line of src.lines) console.log(line)
 * ```
 */
export async function openVcfSource(path: string): Promise<VcfSource> {
  const { compression, totalBytes } = await detectCompression(path)
  const file = createReadStream(path, { highWaterMark: 1 << 20 })
  let read = 0
  file.on('data', (chunk) => {
    read += chunk.length
  })
  let input: Readable = file
  if (compression !== 'plain') {
    const gunzip = createGunzip({ chunkSize: 1 << 18 })
    input = file.pipe(gunzip)
    file.on('error', (e) => gunzip.destroy(e))
  }
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  const lines = (async function* () {
    try {
      for await (const line of rl) yield line
    } catch (err) {
      throw new VcfParseError(
        'VCF_PARSE_UNREADABLE',
        `Cannot read ${path} (${compression}): ${(err as Error).message}. Is the file truncated or not really gzip?`,
        { cause: err, details: { file: basename(path), path } },
      )
    }
  })()
  return {
    compression,
    totalBytes,
    bytesRead: () => read,
    lines,
    close: () => {
      rl.close()
      file.destroy()
    },
  }
}
