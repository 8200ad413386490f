import { describe, expect, it } from 'vitest'
import { type BodyChunk, chunkLines, cutPoint, vcfChunks } from './chunker.js'

const HEADER = [
  '##fileformat=VCFv4.2',
  '##contig=<ID=1>',
  '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
]

/** Body lines: sites with one to three records each (a split multi-allelic, a repeated record), and blanks. */
function bodyLines(): string[] {
  const out: string[] = []
  for (let pos = 1; pos <= 400; pos++) {
    const n = 1 + (pos % 3)
    for (let k = 0; k < n; k++) out.push(`1\t${pos}\t.\tA\t${'CGT'[k]}\t.\tPASS\tDP=${pos * 7 + k}`)
    if (pos % 97 === 0) out.push('')
  }
  return out
}

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function collect(text: string, pieceSize: number, target: number) {
  let header: string[] | undefined
  const chunks: BodyChunk[] = []
  for await (const ev of vcfChunks(pieces(Buffer.from(text), pieceSize), () => target)) {
    if (ev.type === 'header') header = ev.lines
    else chunks.push(ev.chunk)
  }
  return { header, chunks }
}

const site = (line: string): string => line.split('\t').slice(0, 2).join('\t')

/** Checks what holds for every cut: all body lines once, in order, numbered; no chunk ends inside a site. */
function expectWholeSites(
  body: string[],
  header: string[] | undefined,
  chunks: BodyChunk[],
): [string, number][][] {
  expect(header).toEqual(HEADER)
  expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i))
  const decoded = chunks.map((c) => [...chunkLines(c)])
  expect(decoded.flat()).toEqual(body.map((line, i) => [line, HEADER.length + 1 + i]))
  expect(chunks.map((c) => c.lines)).toEqual(decoded.map((d) => d.length))
  for (let i = 1; i < decoded.length; i++) {
    const last = decoded[i - 1]!.at(-1)![0]
    const first = decoded[i]![0]![0]
    expect([last === '', first === '', site(first) === site(last)]).toEqual([false, false, false])
  }
  return decoded
}

describe('vcfChunks', () => {
  const body = bodyLines()
  const text = `${[...HEADER, ...body].join('\n')}\n`
  const bodyBytes = Buffer.byteLength(`${body.join('\n')}\n`)

  it('should give one site a chunk (two around a blank line) when the target is smaller than any site', async () => {
    const { header, chunks } = await collect(text, 7, 1)
    const decoded = expectWholeSites(body, header, chunks)
    const sites = decoded.map(
      (d) => new Set(d.filter(([l]) => l !== '').map(([l]) => site(l))).size,
    )
    expect(sites).toEqual(decoded.map((d) => (d.some(([l]) => l === '') ? 2 : 1)))
  })

  it('should cut 4 kB pieces into chunks of at most a 300-byte target, so at least body / 300 of them', async () => {
    const { header, chunks } = await collect(text, 4096, 300)
    expectWholeSites(body, header, chunks)
    expect(Math.max(...chunks.map((c) => c.bytes.length))).toBeLessThanOrEqual(300)
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(bodyBytes / 300))
  })

  it('should give one chunk when the target is larger than the body', async () => {
    const { header, chunks } = await collect(text, 65_536, bodyBytes + 1)
    expectWholeSites(body, header, chunks)
    expect(chunks.length).toBe(1)
  })

  it('should drop the \\r of \\r\\n line ends, keep a last line without a line end, and yield a header-only file', async () => {
    const crlf = `${HEADER.join('\r\n')}\r\n1\t5\t.\tA\tC\t.\t.\t.\r\n1\t6\t.\tA\tC\t.\t.\t.`
    const { header, chunks } = await collect(crlf, 5, 1)
    expect(header).toEqual(HEADER)
    expect(chunks.flatMap((c) => [...chunkLines(c)])).toEqual([
      ['1\t5\t.\tA\tC\t.\t.\t.', 4],
      ['1\t6\t.\tA\tC\t.\t.\t.', 5],
    ])
    const only = await collect(HEADER.join('\n'), 3, 10)
    expect(only).toEqual({ header: HEADER, chunks: [] })
  })

  it('should give each chunk its own ArrayBuffer, so it can be transferred', async () => {
    const { chunks } = await collect(`${[...HEADER, ...bodyLines()].join('\n')}\n`, 1 << 16, 2000)
    for (const c of chunks) {
      expect(c.bytes.byteOffset).toBe(0)
      expect(c.bytes.buffer.byteLength).toBe(c.bytes.length)
    }
  })
})

describe('cutPoint', () => {
  it('should read POS as a number: 10 and 010 are one site, 10 and 100 are not', () => {
    expect(cutPoint(Buffer.from('1\t5\tx\n1\t10\ta\n1\t010\tb\n1\t0010\tc\n'))).toBe(6)
    expect(cutPoint(Buffer.from('1\t10\ta\n1\t100\tb\n1\t100\tc\n'))).toBe(7)
    expect(cutPoint(Buffer.from('1\t0\ta\n1\t00\tb\n'))).toBe(-1)
  })

  it('should cut after the last line whose site differs from the next, and not at all inside one site', () => {
    const buf = Buffer.from('1\t5\tx\n1\t6\ta\n1\t6\tb\n1\t6\tc\n1\t7')
    // the last complete line (1:6 c) may go on, so the cut falls before the run of 1:6
    expect(buf.subarray(0, cutPoint(buf)).toString()).toBe('1\t5\tx\n')
    expect(cutPoint(Buffer.from('1\t6\ta\n1\t6\tb\n'))).toBe(-1)
    expect(cutPoint(Buffer.from('\n\n1\t6\ta\n'))).toBe(-1)
    expect(cutPoint(Buffer.from('no line end yet'))).toBe(-1)
  })
})
