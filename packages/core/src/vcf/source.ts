/**
 * Streams the bytes and lines of a VCF: plain text, gzip or BGZF, told apart by their first bytes (not the name),
 * from a file, a named pipe, standard input or any byte stream — nothing seeks, so `bcftools view … | vcf-agent
 * ingest-vcf -` works. BGZF is a series of gzip members, which Node's gunzip reads in one stream. Memory stays
 * constant: bytes arrive in chunks, lines one at a time, and a single very long line (MBs) is held only while it
 * is processed.
 *
 * @module
 */
import { constants } from 'node:fs'
import { access, open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { VcfParseError } from '../errors/errors.js'

/** Compression detected from a file's first bytes. */
export type Compression = 'plain' | 'gzip' | 'bgzf'

/**
 * Where a VCF comes from: a file path, `'-'` for standard input, or a readable byte stream (an HTTP upload, a child
 * process's stdout).
 */
export type VcfInput = string | NodeJS.ReadableStream

/** The name {@link sourceName} gives standard input in messages and in the `source_file` column. */
export const STDIN_NAME = 'stdin'

/** A VCF opened for reading as decompressed bytes. */
export interface ByteSource {
  /** Detected compression. */
  compression: Compression
  /**
   * Size of the input in bytes (compressed, as stored) when it is a regular file; undefined for a pipe or stream,
   * whose size is not known before the end.
   */
  totalBytes: number | undefined
  /** Input bytes (compressed, as stored) read so far, for progress. */
  bytesRead(): number
  /** The decompressed bytes, in order; iterate once. Throws `VCF_PARSE_UNREADABLE` when the input breaks off. */
  chunks: AsyncIterable<Buffer>
  /**
   * How the input ended — whether a BGZF input closed with the BGZF EOF marker (SAM/BAM spec §4.1.2) and whether
   * the last decompressed byte was a line end — or undefined while `chunks` has not been read to the end.
   * `checkEnding` (`input-ending.ts`) turns it into a warning or a `VCF_PARSE_TRUNCATED` error.
   */
  ending(): InputEnding | undefined
  /** Stops reading and releases the file. */
  close(): void
}

/** How an input ended (see {@link ByteSource.ending}). */
export interface InputEnding {
  /** BGZF input: whether its last 28 bytes are the BGZF EOF marker; undefined for plain and gzip input. */
  bgzfEofMarker: boolean | undefined
  /** Whether the decompressed bytes end with `\n` (or are empty). */
  finalNewline: boolean
}

/** A VCF opened for line reading. */
export interface VcfSource extends Omit<ByteSource, 'chunks'> {
  /** The lines, without their line terminator (`\n` or `\r\n`). */
  lines: AsyncIterable<string>
}

/**
 * The name an input goes by in messages and in the `source_file` column: a path's base name, {@link STDIN_NAME}
 * for `'-'`, `stream` for a byte stream.
 *
 * @param input - the input
 * @returns the name
 * @example
 * ```ts
 * sourceName('/data/calls.vcf.gz') // 'calls.vcf.gz'
 * ```
 */
export function sourceName(input: VcfInput): string {
  if (input === '-') return STDIN_NAME
  return typeof input === 'string' ? basename(input) : 'stream'
}

function unreadable(input: VcfInput, message: string, cause?: unknown): VcfParseError {
  const file = sourceName(input)
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code
  return new VcfParseError('VCF_PARSE_UNREADABLE', message, {
    ...(cause === undefined ? {} : { cause }),
    details: {
      file,
      ...(typeof input === 'string' && input !== '-' ? { path: input } : {}),
      ...(errno ? { errno } : {}),
    },
  })
}

/** What the system said, in words, with what to do (the errno is kept in the error's details). */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file (check the path)',
  ENOTDIR: 'a part of the path is not a folder (check the path)',
  EACCES: 'permission denied (check the permissions of the file and its folders)',
  EPERM: 'permission denied (check the permissions of the file and its folders)',
  ELOOP: 'too many symbolic links in the path',
  EISDIR: 'it is a directory (name a VCF file in it)',
}

/** The `Cannot read VCF file …` message for an open or stat failure. */
function cannotRead(input: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  const reason = (code && REASONS[code]) || (err as Error).message
  return `Cannot read VCF file ${input}: ${reason}.`
}

/**
 * Detects compression from the magic bytes: `1f 8b` is gzip, and gzip with the `BC` extra field is BGZF
 * (SAM/BAM spec §4.1).
 *
 * @param head - the first bytes of the input (at least 18 for BGZF to be recognised)
 * @returns the compression
 * @example
 * ```ts
 * compressionOf(Buffer.from('##fileformat=VCFv4.2\n')) // 'plain'
 * ```
 */
export function compressionOf(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const bgzf = head.length >= 16 && (head[3]! & 4) !== 0 && head[12] === 66 && head[13] === 67
    return bgzf ? 'bgzf' : 'gzip'
  }
  return 'plain'
}

/**
 * Detects the compression of a file from its first bytes, and gives its size.
 *
 * @param path - file path
 * @returns the compression and the file size in bytes (undefined for a pipe)
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the file is missing, unreadable or empty
 * @example
 * ```ts
 * await detectCompression('clinvar.vcf.gz') // { compression: 'bgzf', totalBytes: 4183787 }
 * ```
 */
export async function detectCompression(
  path: string,
): Promise<{ compression: Compression; totalBytes: number | undefined }> {
  const src = await openByteSource(path)
  src.close()
  return { compression: src.compression, totalBytes: src.totalBytes }
}

/**
 * Checks that an input can be read before anything else is done with it (a table created, a lock taken): a path
 * must be a readable file, named pipe or device, not a directory. Standard input and streams pass as they are.
 *
 * @param input - a path, `'-'` or a stream
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the path is missing, a directory or unreadable
 * @example
 * ```ts
 * await checkVcfInput('calls.vcf.gz') // throws VCF_PARSE_UNREADABLE when the file is missing
 * ```
 */
export async function checkVcfInput(input: VcfInput): Promise<void> {
  if (typeof input !== 'string' || input === '-' || input === '/dev/stdin') return
  try {
    if ((await stat(input)).isDirectory())
      throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' })
    await access(input, constants.R_OK)
  } catch (err) {
    throw unreadable(input, cannotRead(input, err), err)
  }
}

/** Opens a path (`'-'`: standard input) as a byte stream, with its size when it is a regular file. */
async function openInput(
  input: VcfInput,
): Promise<{ stream: NodeJS.ReadableStream; totalBytes: number | undefined; close(): void }> {
  // /dev/stdin is standard input as it is: when that is a socket (as Node's child_process makes it) the path cannot
  // be opened again
  if (input === '-' || input === '/dev/stdin')
    return { stream: process.stdin, totalBytes: undefined, close: () => process.stdin.destroy() }
  if (typeof input !== 'string') {
    const destroy = (input as Partial<Readable>).destroy
    return {
      stream: input,
      totalBytes: undefined,
      close: () => destroy?.call(input),
    }
  }
  try {
    const fh = await open(input, 'r')
    const st = await fh.stat().catch(async (err: unknown) => {
      await fh.close()
      throw err
    })
    if (st.isDirectory()) {
      await fh.close()
      throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' })
    }
    const stream = fh.createReadStream({ highWaterMark: 1 << 20 })
    return {
      stream,
      totalBytes: st.isFile() ? st.size : undefined,
      close: () => stream.destroy(),
    }
  } catch (err) {
    throw unreadable(input, cannotRead(input, err), err)
  }
}

/**
 * Opens a VCF as decompressed bytes. The compression is read from the first bytes as they arrive, so pipes,
 * sockets and standard input work as files do.
 *
 * @param input - a `.vcf` or `.vcf.gz` (gzip or BGZF) path — the name does not matter —, `'-'` for standard input,
 *   or a byte stream
 * @returns the source; iterate `chunks` once
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the input cannot be opened or is empty; while iterating, when
 *   it cannot be read or decompressed (a truncated gzip)
 * @example
 * ```ts
 * const src = await openByteSource('-')
 * for await (const bytes of src.chunks) process.stdout.write(bytes)
 * ```
 */
export async function openByteSource(input: VcfInput): Promise<ByteSource> {
  const opened = await openInput(input)
  const it = (opened.stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
  let read = 0
  const next = async (): Promise<Buffer | undefined> => {
    const r = await it.next()
    if (r.done) return undefined
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value
    read += chunk.length
    return chunk
  }
  // the first bytes tell the compression; they are read from the stream, not by seeking
  const head: Buffer[] = []
  let headBytes = 0
  try {
    while (headBytes < 18) {
      const chunk = await next()
      if (chunk === undefined) break
      head.push(chunk)
      headBytes += chunk.length
    }
  } catch (err) {
    opened.close()
    throw unreadable(input, `Cannot read VCF ${describe(input)}: ${(err as Error).message}`, err)
  }
  if (headBytes === 0) {
    opened.close()
    const error = unreadable(
      input,
      `VCF ${describe(input)} is empty (0 bytes): it has no header. A VCF starts with "##fileformat=VCFv4.x".`,
    )
    error.details.line = 1
    error.details.empty = true
    throw error
  }
  const compression = compressionOf(Buffer.concat(head, Math.min(headBytes, 18)))
  // the last bytes read, for the BGZF EOF marker
  let tail: Buffer = Buffer.alloc(0)
  const keep = (chunk: Buffer): Buffer => {
    tail =
      chunk.length >= BGZF_EOF.length
        ? chunk.subarray(chunk.length - BGZF_EOF.length)
        : Buffer.concat([tail, chunk]).subarray(-BGZF_EOF.length)
    return chunk
  }
  async function* raw(): AsyncGenerator<Buffer> {
    for (const chunk of head) yield keep(chunk)
    for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield keep(chunk)
  }
  let closed = false
  let decoded: AsyncIterable<Buffer> = raw()
  let gunzip: ReturnType<typeof createGunzip> | undefined
  if (compression !== 'plain') {
    gunzip = createGunzip({ chunkSize: 1 << 18 })
    const compressed = Readable.from(raw(), { objectMode: false })
    compressed.on('error', (e) => gunzip!.destroy(e))
    compressed.pipe(gunzip)
    decoded = gunzip
  }
  let lastByte = NL
  let ended = false
  const chunks = (async function* () {
    try {
      for await (const chunk of decoded) {
        if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!
        yield chunk
      }
      ended = true
    } catch (err) {
      if (closed) return
      const code = (err as { code?: unknown }).code
      if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test((err as Error).message)) {
        throw new VcfParseError(
          'VCF_PARSE_TRUNCATED',
          `${capitalized(describe(input))} (${compression}) breaks off in the middle of a compressed block: it is truncated (an interrupted download or copy?). Get the whole file again.`,
          { cause: err, details: { file: sourceName(input) } },
        )
      }
      throw unreadable(
        input,
        `Cannot read ${describe(input)} (${compression}): ${(err as Error).message}. Is the file truncated or not really gzip?`,
        err,
      )
    }
  })()
  return {
    compression,
    totalBytes: opened.totalBytes,
    // compressed input: the bytes gunzip has taken in, not the ones read ahead of it
    bytesRead: () => (gunzip ? gunzip.bytesWritten : read),
    chunks,
    ending: () =>
      ended
        ? {
            bgzfEofMarker: compression === 'bgzf' ? tail.equals(BGZF_EOF) : undefined,
            finalNewline: lastByte === NL,
          }
        : undefined,
    close: () => {
      closed = true
      gunzip?.destroy()
      opened.close()
    },
  }
}

const NL = 0x0a

/** The empty BGZF block every BGZF file should end with (SAM/BAM spec §4.1.2). */
const BGZF_EOF = Buffer.from('1f8b08040000000000ff0600424302001b0003000000000000000000', 'hex')

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

function describe(input: VcfInput): string {
  if (input === '-') return 'from standard input'
  return typeof input === 'string' ? `file ${input}` : 'stream'
}

/**
 * Opens a VCF for streaming line by line.
 *
 * @param input - a `.vcf`, `.vcf.gz` (gzip or BGZF) path — the name does not matter —, `'-'` for standard input, or
 *   a byte stream
 * @param onLatin1 - called with the number of each line that is not UTF-8 and was read as Latin-1
 * @returns the source; iterate `lines` once
 * @throws {VcfParseError} `VCF_PARSE_UNREADABLE` when the input cannot be read or decompressed
 * @example
 * ```ts
 * const src = await openVcfSource('calls.vcf.gz')
 * for await (const line of src.lines) console.log(line)
 * ```
 */
export async function openVcfSource(
  input: VcfInput,
  onLatin1?: (line: number) => void,
): Promise<VcfSource> {
  const src = await openByteSource(input)
  return {
    compression: src.compression,
    totalBytes: src.totalBytes,
    bytesRead: () => src.bytesRead(),
    lines: splitLines(src.chunks, onLatin1),
    ending: () => src.ending(),
    close: () => src.close(),
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const latin1 = new TextDecoder('latin1')

/**
 * Decodes the bytes of whole lines: as UTF-8 (VCF 4.3 §1.2), or — a line whose bytes are not valid UTF-8, such
 * as Latin-1 text from an older tool — that line as Latin-1 (ISO-8859-1), which maps every byte to one character,
 * so nothing is replaced by U+FFFD and the characters can be written back. `onLatin1` hears of each such line.
 *
 * @param bytes - the bytes of one or more lines (`\n`-separated)
 * @param firstLine - 1-based line number of the first line
 * @param onLatin1 - called with the 1-based number of each line read as Latin-1
 * @returns the text
 */
export function decodeLines(
  bytes: Uint8Array,
  firstLine: number,
  onLatin1?: (line: number) => void,
): string {
  try {
    return utf8.decode(bytes)
  } catch {
    // one line at a time: only the lines that are not UTF-8 are read as Latin-1
    let out = ''
    let line = firstLine
    for (let start = 0; start < bytes.length; line++) {
      let end = bytes.indexOf(NL, start)
      end = end === -1 ? bytes.length : end + 1
      const piece = bytes.subarray(start, end)
      try {
        out += utf8.decode(piece)
      } catch {
        out += latin1.decode(piece)
        onLatin1?.(line)
      }
      start = end
    }
    return out
  }
}

/**
 * The warning for a line read as Latin-1 ({@link decodeLines}), given once per file.
 *
 * @param file - the file name
 * @param line - the first such line
 * @returns the message
 */
export function latin1Warning(file: string, line: number): string {
  return `${file}:${line}: the line is not UTF-8 (VCF 4.3 §1.2); it and any like it were read as Latin-1 (ISO-8859-1), every byte kept as its character. Convert the file with iconv -f latin1 -t utf-8 to silence this.`
}

/** Lines ending at `\n`, a `\r` before it dropped (as htslib reads them), decoded by {@link decodeLines}. */
async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  onLatin1?: (line: number) => void,
): AsyncGenerator<string> {
  let carry: Buffer | undefined
  let lineNo = 1
  const strip = (l: string): string => (l.endsWith('\r') ? l.slice(0, -1) : l)
  for await (const chunk of chunks) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk
    const last = buf.lastIndexOf(NL)
    if (last === -1) {
      carry = buf
      continue
    }
    const text = decodeLines(buf.subarray(0, last), lineNo, onLatin1)
    carry = last + 1 < buf.length ? buf.subarray(last + 1) : undefined
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield strip(text.slice(start, nl))
      start = nl + 1
      lineNo++
    }
    yield strip(text.slice(start))
    lineNo++
  }
  if (carry && carry.length > 0) yield strip(decodeLines(carry, lineNo, onLatin1))
}
