import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { HttpError } from './errors.js'
import { receiveUpload, safeFilename } from './upload.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'vcf-agent-upload-test-'))
  dirs.push(d)
  return d
}

function chunked(parts: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of parts) controller.enqueue(new TextEncoder().encode(p))
      controller.close()
    },
  })
  return new Request('http://x/', { method: 'POST', body, duplex: 'half' })
}

describe('safeFilename', () => {
  it('should keep a base name of safe characters only', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd')
    expect(safeFilename('C:\\data\\my sample.vcf.gz')).toBe('my_sample.vcf.gz')
    expect(safeFilename('..hidden.vcf')).toBe('hidden.vcf')
    expect(safeFilename('')).toBe('upload.vcf')
    expect(safeFilename(undefined)).toBe('upload.vcf')
    expect(safeFilename('..')).toBe('upload.vcf')
    expect(safeFilename('x'.repeat(300))).toHaveLength(200)
  })
})

describe('receiveUpload', () => {
  it('should write a chunked body to a temp file and remove it', async () => {
    const dir = tmp()
    const upload = await receiveUpload(chunked(['##fileformat=VCFv4.2\n', '#CHROM\n']), {
      maxBytes: 100,
      dir,
      filename: 'a.vcf',
    })
    expect(upload.bytes).toBe(28)
    expect(upload.filename).toBe('a.vcf')
    expect(readFileSync(upload.path, 'utf8')).toBe('##fileformat=VCFv4.2\n#CHROM\n')
    await upload.remove()
    expect(existsSync(upload.dir)).toBe(false)
    await upload.remove()
  })

  it('should stop at the limit with HTTP_PAYLOAD_TOO_LARGE and leave no file', async () => {
    const dir = tmp()
    const err = await receiveUpload(chunked(['12345', '67890', 'x']), { maxBytes: 10, dir }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(HttpError)
    expect((err as HttpError).code).toBe('HTTP_PAYLOAD_TOO_LARGE')
    expect(readdirSync(dir)).toEqual([])
    const declared = new Request('http://x/', { method: 'POST', body: 'x'.repeat(11) })
    await expect(receiveUpload(declared, { maxBytes: 10, dir })).rejects.toMatchObject({
      code: 'HTTP_PAYLOAD_TOO_LARGE',
      status: 413,
    })
    expect(readdirSync(dir)).toEqual([])
    const exact = await receiveUpload(chunked(['12345', '67890']), { maxBytes: 10, dir })
    expect(exact.bytes).toBe(10)
    await exact.remove()
  })
})
