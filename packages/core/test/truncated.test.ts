// Truncated compressed input (issue 19): a BGZF file cut at a block boundary (no EOF marker), cut inside a
// block, and a whole file whose EOF marker alone is missing. Expected counts come from bcftools 1.16 reading the
// same bytes, not from our reader.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ingestVcf, openStore, VcfParseError } from '@vcf-agent/core'
import { BENCH, CORPUS } from '@vcf-agent/test-utils'
import { useTempDir } from './helpers.js'

const tmp = useTempDir()

/** Offsets and sizes of the BGZF blocks of a file (BSIZE, SAM/BAM spec §4.1). */
function blocks(bytes: Buffer): { offset: number; size: number }[] {
  const out: { offset: number; size: number }[] = []
  for (let off = 0; off < bytes.length;) {
    const size = bytes.readUInt16LE(off + 16) + 1
    out.push({ offset: off, size })
    off += size
  }
  return out
}

/** Records bcftools prints before it stops, its exit status and its stderr. */
function bcftoolsView(path: string): { records: number; status: number; stderr: string } {
  const r = spawnSync('bcftools', ['view', '-H', path], { encoding: 'utf8' })
  const lines = r.stdout.split('\n').filter((l) => l !== '')
  return { records: lines.length, status: r.status ?? -1, stderr: r.stderr }
}

/** Line ends in decompressed bytes. */
function newlines(bytes: Buffer): number {
  let n = 0
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++
  return n
}

/** Header lines of the bench file the cut inputs come from (read whole, before any cut). */
const headerLines = (): number =>
  gunzipSync(readFileSync(join(BENCH, 'happy__performance.vcf.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.startsWith('#')).length

const modes = [
  { name: 'in one thread', options: { useWorker: false } },
  { name: 'with 2 parse workers', options: { workers: 2, batchSize: 50 } },
] as const

describe('a BGZF file without its EOF marker', () => {
  // header + 5 records of a corpus file, compressed by bgzip, the 28-byte EOF block removed: a cut at a block
  // boundary after a whole line
  const whole = (): string => {
    const text = readFileSync(join(CORPUS, 'bcftools__norm.vcf'), 'utf8').split('\n')
    const head = text.filter((l) => l.startsWith('#'))
    const body = text.filter((l) => l !== '' && !l.startsWith('#')).slice(0, 5)
    const plain = join(tmp(), 'five.vcf')
    writeFileSync(plain, [...head, ...body, ''].join('\n'))
    const gz = spawnSync('bgzip', ['-c', plain])
    expect(gz.status).toBe(0)
    const path = join(tmp(), 'five-noeof.vcf.gz')
    writeFileSync(path, gz.stdout.subarray(0, gz.stdout.length - 28))
    return path
  }

  for (const mode of modes) {
    it(`is read whole with a warning that names the count (${mode.name})`, async () => {
      const path = whole()
      const bcf = bcftoolsView(path)
      expect(bcf.stderr).toContain('No BGZF EOF marker')
      expect(bcf.records).toBe(5)
      const store = await openStore(join(tmp(), 'db'), { dim: 8 })
      const res = await ingestVcf(store, path, mode.options)
      expect(res.recordsRead).toBe(bcf.records)
      const warning = res.warnings.find((w) => w.includes('no BGZF EOF marker'))
      expect(warning).toContain(`Read ${bcf.records} records`)
      expect(await store.countRows()).toBe(res.rowsRead)
      store.close()
    })
  }

  for (const mode of modes) {
    it(`cut inside a line is VCF_PARSE_TRUNCATED naming that line, and stores nothing (${mode.name})`, async () => {
      const src = readFileSync(join(BENCH, 'happy__performance.vcf.gz'))
      const b = blocks(src)
      const path = join(tmp(), 'cut3.vcf.gz')
      writeFileSync(path, src.subarray(0, b[3]!.offset)) // three whole blocks, no EOF block
      const bcf = bcftoolsView(path)
      expect(bcf.stderr).toContain('No BGZF EOF marker')
      expect(bcf.status).not.toBe(0)
      const db = join(tmp(), 'db')
      const store = await openStore(db, { dim: 8 })
      const err = await ingestVcf(store, path, mode.options).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(err).toBeInstanceOf(VcfParseError)
      expect((err as VcfParseError).code).toBe('VCF_PARSE_TRUNCATED')
      // the three blocks are whole gzip members: zlib gives their bytes; the cut line follows their last line end
      const line = newlines(gunzipSync(src.subarray(0, b[3]!.offset))) + 1
      expect(line).toBeGreaterThan(headerLines() + bcf.records)
      expect((err as VcfParseError).details.line).toBe(line)
      expect((err as VcfParseError).message).toContain(`ends inside line ${line}`)
      // the failed first ingest removed the table it created
      store.close()
      expect(existsSync(join(db, 'variants.lance'))).toBe(false)
    })
  }
})

describe('a compressed file cut inside a block', () => {
  for (const mode of modes) {
    it(`is VCF_PARSE_TRUNCATED with the last whole line, and stores nothing (${mode.name})`, async () => {
      const src = readFileSync(join(BENCH, 'happy__performance.vcf.gz'))
      const b = blocks(src)
      const path = join(tmp(), 'mid.vcf.gz')
      writeFileSync(path, src.subarray(0, b[3]!.offset + Math.floor(b[3]!.size / 2)))
      const bcf = bcftoolsView(path)
      expect(bcf.stderr).toContain('Failed to read BGZF block')
      const db = join(tmp(), 'db')
      const store = await openStore(db, { dim: 8 })
      const err = await ingestVcf(store, path, mode.options).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(err).toBeInstanceOf(VcfParseError)
      expect((err as VcfParseError).code).toBe('VCF_PARSE_TRUNCATED')
      // at least the lines of the three whole blocks (bcftools's records among them), at most those of the cut
      // block had it been whole
      const lastWhole = (err as VcfParseError).details.line as number
      expect(lastWhole).toBeGreaterThanOrEqual(newlines(gunzipSync(src.subarray(0, b[3]!.offset))))
      expect(lastWhole).toBeGreaterThanOrEqual(headerLines() + bcf.records)
      expect(lastWhole).toBeLessThanOrEqual(newlines(gunzipSync(src.subarray(0, b[4]!.offset))))
      expect((err as VcfParseError).message).toContain(
        `The last whole line read was line ${lastWhole}`,
      )
      store.close()
      expect(existsSync(join(db, 'variants.lance'))).toBe(false)
    })
  }
})
