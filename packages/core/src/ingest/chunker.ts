/**
 * Cuts a VCF's decompressed bytes into its header lines and body chunks that parse workers can read
 * independently: every chunk ends at a line end, and never between two records of the same site (CHROM and POS —
 * the POS number: `010` and `10` are one site),
 * so the `~N` suffix of repeated CHROM-POS-REF-ALT ids (counted per site) comes out as one reader would count it.
 * Lines end at `\n`; a `\r` before it is dropped (as htslib reads them).
 *
 * @module
 * @internal
 */
import { decodeLines } from '../vcf/source.js'

const NL = 0x0a
const TAB = 0x09
const HASH = 0x23
const CR = 0x0d
const ZERO = 0x30

/** A run of whole data lines, in its own `ArrayBuffer` (so it can be transferred to a worker). @internal */
export interface BodyChunk {
  /** 0, 1, 2 … in file order. */
  seq: number
  /** The bytes, ending with a line end unless the file ends without one. */
  bytes: Uint8Array
  /** 1-based line number of the chunk's first line in the file. */
  firstLine: number
  /** Lines in the chunk. */
  lines: number
}

/** What {@link vcfChunks} yields: the header once, then body chunks. @internal */
export type ChunkEvent = { type: 'header'; lines: string[] } | { type: 'body'; chunk: BodyChunk }

/** The line `[start, end)` of `buf` as text (UTF-8, else Latin-1: {@link decodeLines}), without a trailing `\r`. */
function lineText(
  buf: Uint8Array,
  start: number,
  end: number,
  lineNo: number,
  onLatin1?: (line: number) => void,
): string {
  return decodeLines(
    buf.subarray(start, end > start && buf[end - 1] === CR ? end - 1 : end),
    lineNo,
    onLatin1,
  )
}

/** Number of `\n` in `buf`. */
function countLines(buf: Buffer): number {
  let n = 0
  for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) n++
  return n
}

/**
 * The site key of the line starting at `start`: where its CHROM ends (the first tab) and where its POS starts,
 * past leading zeros (POS `010` is POS 10), and ends (the second tab); undefined for a blank line or one with fewer
 * than two tabs before `end`.
 */
function siteKey(buf: Buffer, start: number, end: number): [number, number, number] | undefined {
  const t1 = buf.indexOf(TAB, start)
  if (t1 === -1 || t1 >= end) return undefined
  const t2 = buf.indexOf(TAB, t1 + 1)
  if (t2 === -1 || t2 >= end) return undefined
  let pos = t1 + 1
  while (pos < t2 - 1 && buf[pos] === ZERO) pos++
  return [t1, pos, t2]
}

/**
 * Where to cut `buf` (whole lines up to its last `\n`): the end of the last line whose site differs from the
 * next line's, both lines non-blank; -1 when there is no such place yet.
 */
export function cutPoint(buf: Buffer): number {
  // (Buffer#lastIndexOf counts a negative offset from the end, hence the guards)
  const lineStart = (end: number): number => (end > 0 ? buf.lastIndexOf(NL, end - 1) + 1 : 0)
  let after = buf.lastIndexOf(NL) // end of the line after the candidate cut
  if (after === -1) return -1
  let nextStart = lineStart(after) // start of that line
  for (;;) {
    if (nextStart === 0) return -1
    const prevStart = lineStart(nextStart - 1)
    if (cutsBetween(buf, prevStart, nextStart - 1, nextStart, after)) return nextStart
    after = nextStart - 1
    nextStart = prevStart
  }
}

/**
 * Whether a cut between the lines `[a, aEnd)` and `[b, bEnd)` keeps sites whole: both non-blank, and their CHROM
 * bytes or their POS numbers differ (the reader counts repeats per CHROM string and POS number).
 */
function cutsBetween(buf: Buffer, a: number, aEnd: number, b: number, bEnd: number): boolean {
  const x = siteKey(buf, a, aEnd)
  const y = siteKey(buf, b, bEnd)
  if (x === undefined || y === undefined) return false
  const same = (s1: number, e1: number, s2: number, e2: number): boolean =>
    e1 - s1 === e2 - s2 && buf.compare(buf, s2, e2, s1, e1) === 0
  return !same(a, x[0], b, y[0]) || !same(x[1], x[2], y[1], y[2])
}

/** The first place to cut `buf` at or after the line holding byte `at`, or -1 (see {@link cutPoint}). */
function cutAfter(buf: Buffer, at: number): number {
  let start = at > 0 ? buf.lastIndexOf(NL, at - 1) + 1 : 0
  for (;;) {
    const nl = buf.indexOf(NL, start)
    if (nl === -1) return -1
    const next = buf.indexOf(NL, nl + 1)
    if (next === -1) return -1
    if (cutsBetween(buf, start, nl, nl + 1, next)) return nl + 1
    start = nl + 1
  }
}

/**
 * Splits decompressed VCF bytes into the header (every line up to the first that does not start with `#`) and
 * body chunks of about `chunkBytes()` bytes (more when one site's records run longer).
 *
 * @param source - decompressed bytes, in order
 * @param chunkBytes - the size to aim for, asked before each chunk (so the caller can adapt it), in bytes
 * @param onLatin1 - called with the number of each header line that is not UTF-8 (read as Latin-1)
 * @returns header then body events; a file without records yields the header only
 * @internal
 */
export async function* vcfChunks(
  source: AsyncIterable<Buffer>,
  chunkBytes: () => number,
  onLatin1?: (line: number) => void,
): AsyncGenerator<ChunkEvent> {
  let parts: Buffer[] = []
  let size = 0
  let header: string[] | undefined = []
  let lineNo = 1 // line number of the first line of what is pending
  let seq = 0
  const take = (buf: Buffer, cut: number): BodyChunk => {
    const bytes = new Uint8Array(cut)
    bytes.set(buf.subarray(0, cut))
    const lines = countLines(buf.subarray(0, cut)) + (cut > 0 && buf[cut - 1] !== NL ? 1 : 0)
    const chunk = { seq: seq++, bytes, firstLine: lineNo, lines }
    lineNo += lines
    const rest = buf.subarray(cut)
    parts = rest.length > 0 ? [rest] : []
    size = rest.length
    return chunk
  }
  /** Takes header lines off the front of what is pending; true once the header has ended. */
  const readHeader = (buf: Buffer, atEnd: boolean): boolean => {
    let start = 0
    while (start < buf.length) {
      if (buf[start] !== HASH) break
      const nl = buf.indexOf(NL, start)
      if (nl === -1 && !atEnd) break
      const end = nl === -1 ? buf.length : nl
      header!.push(lineText(buf, start, end, header!.length + 1, onLatin1))
      start = end + 1
    }
    const rest = buf.subarray(Math.min(start, buf.length))
    lineNo = header!.length + 1
    parts = rest.length > 0 ? [rest] : []
    size = rest.length
    return rest.length > 0 && (rest[0] !== HASH || atEnd)
  }
  for await (const piece of source) {
    parts.push(piece)
    size += piece.length
    if (header) {
      if (!readHeader(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), false)) continue
      yield { type: 'header', lines: header }
      header = undefined
    }
    if (size < chunkBytes()) continue
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)
    parts = [buf]
    // as many chunks of about the target size as the pending bytes hold
    for (let target = chunkBytes(); buf.length >= target; target = chunkBytes()) {
      let cut = cutPoint(buf.subarray(0, target))
      if (cut === -1) cut = cutAfter(buf, target)
      if (cut === -1) break
      yield { type: 'body', chunk: take(buf, cut) }
      buf = parts[0] ?? Buffer.alloc(0)
    }
  }
  if (header) {
    readHeader(Buffer.concat(parts, size), true)
    yield { type: 'header', lines: header }
  }
  if (size > 0) yield { type: 'body', chunk: take(Buffer.concat(parts, size), size) }
}

/**
 * The lines of a body chunk (decoded as UTF-8, a line that is not as Latin-1; `\r\n` or `\n` ends), with their
 * 1-based line numbers.
 *
 * @param chunk - bytes and first line number
 * @param onLatin1 - called with the number of each line read as Latin-1
 * @returns [line text, line number] pairs, blank lines included
 * @internal
 */
export function* chunkLines(
  chunk: Pick<BodyChunk, 'bytes' | 'firstLine'>,
  onLatin1?: (line: number) => void,
): Generator<[string, number]> {
  const text = decodeLines(chunk.bytes, chunk.firstLine, onLatin1)
  let lineNo = chunk.firstLine
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    const next = end === -1 ? text.length : end + 1
    if (end === -1) end = text.length
    if (end > start && text.charCodeAt(end - 1) === CR) end--
    yield [text.slice(start, end), lineNo++]
    start = next
  }
}
