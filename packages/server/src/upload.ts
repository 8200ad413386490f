/**
 * Streams a request body to a temporary file, counting bytes, without holding it in memory.
 *
 * @module
 */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { payloadTooLarge } from './middleware.js'

/** Options of {@link receiveUpload}. */
export interface ReceiveUploadOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number
  /** Parent folder of the temporary folder. */
  dir: string
  /** Name for the file; reduced to a safe base name. The default is `upload.vcf`. */
  filename?: string
}

/** A body saved to disk by {@link receiveUpload}. */
export interface Upload {
  /** Path of the saved file. */
  path: string
  /** The temporary folder holding it. */
  dir: string
  /** The safe file name used. */
  filename: string
  /** Bytes received. */
  bytes: number
  /** Removes the temporary folder. Safe to call twice. */
  remove(): Promise<void>
}

/**
 * A safe base name for an uploaded file: no folders, only letters, digits, `.`, `_` and `-`, no leading dot,
 * at most 200 characters.
 *
 * @param name - the client's file name
 * @returns the sanitised name, `upload.vcf` when nothing usable is left
 * @example
 * ```ts
 * safeFilename('../../etc/passwd') // 'passwd'
 * safeFilename('my sample.vcf.gz') // 'my_sample.vcf.gz'
 * ```
 */
export function safeFilename(name: string | undefined): string {
  const base = basename((name ?? '').replaceAll('\\', '/'))
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 200)
  return base === '' ? 'upload.vcf' : base
}

/**
 * Writes a request body to `<dir>/vcf-agent-upload-XXXXXX/<filename>` as it arrives. A `Content-Length` over the
 * limit is refused before reading; a chunked body is cut off as soon as it passes the limit, and the partial file
 * is removed.
 *
 * @param request - the incoming request
 * @param options - size limit, temp folder, file name
 * @returns the saved upload; call `remove()` when done
 * @throws {HttpError} `HTTP_PAYLOAD_TOO_LARGE` (413) when the body is over `maxBytes`
 * @example
 * ```ts
 * const upload = await receiveUpload(c.req.raw, { maxBytes: 1 << 30, dir: tmpdir(), filename: 'a.vcf.gz' })
 * try { await ingestVcf(store, upload.path) } finally { await upload.remove() }
 * ```
 */
export async function receiveUpload(
  request: Request,
  options: ReceiveUploadOptions,
): Promise<Upload> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > options.maxBytes)
    throw payloadTooLarge(options.maxBytes)
  const filename = safeFilename(options.filename)
  const dir = await mkdtemp(join(options.dir, 'vcf-agent-upload-'))
  const path = join(dir, filename)
  const remove = () => rm(dir, { recursive: true, force: true })
  let bytes = 0
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      if (bytes > options.maxBytes) callback(payloadTooLarge(options.maxBytes))
      else callback(null, chunk)
    },
  })
  try {
    const body = request.body ? Readable.fromWeb(request.body) : Readable.from([])
    await pipeline(body, limit, createWriteStream(path, { flags: 'wx' }))
  } catch (err) {
    await remove()
    throw err
  }
  return { path, dir, filename, bytes, remove }
}
