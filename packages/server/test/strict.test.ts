// POST /tables/{table}/ingest?strict=true with files of the VCF spec's conformance suite
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOKENS, read, req, setupApp, useTempDir } from './helpers.js'

const tmp = useTempDir()
const SUITE = join(import.meta.dirname, '..', '..', 'core', 'test', 'conformance', 'hts-specs')
// "##CauseOfFailure=FILTER contains reserved value 0": FILTER q12;0;h56 (VCFv4.3 §1.6.1)
const BAD = join(SUITE, '4.3', 'failed', 'failed_body_filter_005.vcf')

function upload(app: Awaited<ReturnType<typeof setupApp>>['app'], query: string, body: Uint8Array) {
  return app.request(`/tables/variants/ingest?filename=calls.vcf&${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKENS.write}`,
      'content-type': 'application/octet-stream',
    },
    body,
  })
}

describe('ingest with strict over HTTP', () => {
  it('should answer 422 VCF_PARSE_STRICT_VIOLATIONS naming the upload and line, and store nothing', async () => {
    const { app, close } = await setupApp(tmp(), { uploadDir: tmp() })
    const bytes = readFileSync(BAD)
    const line =
      bytes
        .toString('utf8')
        .split('\n')
        .findIndex((l) => l !== '' && !l.startsWith('#')) + 1
    const res = await upload(app, 'strict=true', bytes)
    expect(res.status).toBe(422)
    const body = (await res.json()) as {
      error: { code: string; message: string; details: Record<string, unknown> }
    }
    expect(body.error.code).toBe('VCF_PARSE_STRICT_VIOLATIONS')
    expect(body.error.message).toContain(`calls.vcf:${line}: FILTER:`)
    const violations = body.error.details.violations as {
      file: string
      line: number
      rule: string
    }[]
    expect(violations.map((v) => [v.file, v.line, v.rule])).toContainEqual([
      'calls.vcf',
      line,
      'filter.syntax',
    ])
    const stats = await read(await app.request('/tables/variants/stats', req('read', 'GET')))
    expect(stats.rows).toBe(0)
    // without strict the same upload is ingested (bcftools reads it too)
    const plain = await read(await upload(app, 'strict=false', bytes))
    expect([plain.strict, plain.new_rows]).toEqual([false, 1])
    await close()
  })
})
