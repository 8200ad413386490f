import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORPUS } from '../../test/golden.js'
import { parseHeader } from './header.js'
import { InfoColumn } from './info.js'
import { openVcfSource } from './source.js'

const BENCH = join(CORPUS, '..', 'vcf-bench')
const files = [
  ...readdirSync(CORPUS)
    .filter((f) => /\.vcf(\.gz)?$/.test(f))
    .map((f) => join(CORPUS, f)),
  ...[
    'macarthur-clinvar__clinvar.vcf.gz',
    'happy__performance.vcf.gz',
    'scout__643594.research.vcf.gz',
    'happy__strelka_admix_snvs.vcf.gz',
  ].map((f) => join(BENCH, f)),
]

/** The INFO column of a data line (the 8th tab-separated field), or '.'. */
function infoText(line: string): string {
  let at = 0
  for (let t = 0; t < 7; t++) {
    at = line.indexOf('\t', at) + 1
    if (at === 0) return '.'
  }
  const end = line.indexOf('\t', at)
  return line.slice(at, end === -1 ? line.length : end)
}

describe('InfoColumn', () => {
  // the reference is @gmod/vcf's own parseInfo (through its parser) and JSON.stringify, on every record
  it.each(files.map((f) => [f.split('/').pop()!, f] as const))(
    'should give the values and JSON that @gmod/vcf and JSON.stringify give on every record of %s',
    async (_, path) => {
      const src = await openVcfSource(path).catch(() => undefined)
      if (!src) return
      const header: string[] = []
      let parsed: ReturnType<typeof parseHeader> | undefined
      let checked = 0
      try {
        for await (const line of src.lines) {
          if (!parsed) {
            if (line.startsWith('#')) {
              header.push(line)
              continue
            }
            try {
              parsed = parseHeader(header, 'x')
            } catch {
              return // a broken header: no records to compare
            }
          }
          if (line === '' || line.startsWith('#') || line.split('\t').length < 8) continue
          const expected = parsed.parser.parseLine(line).INFO
          const info = new InfoColumn(infoText(line), parsed.infoTypes)
          expect(info.json()).toBe(JSON.stringify(expected))
          expect(info.object()).toEqual(expected)
          for (const key of Object.keys(expected)) expect(info.get(key)).toEqual(expected[key])
          checked++
        }
      } finally {
        src.close()
      }
      // every bench file has thousands of records; a corpus file may have none
      expect(checked).toBeGreaterThanOrEqual(path.includes('vcf-bench') ? 500 : 0)
    },
  )

  it('should write numbers, missing values, flags, %-codes and odd keys as JSON.stringify does', () => {
    const decl = { I: 'Integer', F: 'Float', S: 'String', X: 'Flag' }
    const cases = [
      'I=1,-0,007,+5,.,9007199254740993;F=0.50,1e-07,0.000001,-0.0,1.25,NaN,inf,0.0000001',
      'S=a"b,c\\d,%3B%3D%25,%E0%A4,.;X',
      'X=1;I=;S=x;S=y;5=z;__proto__=1',
      'S=tab\u0001;;F=3.14159265358979',
    ]
    for (const text of cases) {
      const info = new InfoColumn(text, decl)
      // the object as parseInfo builds it: typed values, a repeated key's last value in its first place
      const expected: Record<string, unknown> = {}
      const decode = text.includes('%')
      for (const pair of text.split(';')) {
        const eq = pair.indexOf('=')
        const key = eq === -1 ? pair : pair.slice(0, eq)
        const val = eq === -1 ? undefined : pair.slice(eq + 1)
        const type = decl[key as keyof typeof decl]
        expected[key] =
          type === 'Flag' || !val
            ? true
            : val.split(',').map((v) => {
                if (v === '.') return undefined
                let w = v
                if (decode)
                  try {
                    w = decodeURIComponent(v)
                  } catch {
                    /* kept as is */
                  }
                return type === 'Integer' || type === 'Float' ? Number(w) : w
              })
      }
      expect(info.json()).toBe(JSON.stringify(expected))
    }
  })
})
