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

/**
 * `@gmod/vcf`'s INFO of a line where it reads INFO as htslib (and the VCF spec) do not, put right: a repeated key
 * keeps its first value (gmod: the last; htslib/bcftools query: the first); an empty value `DP=` of a non-Flag key
 * is one missing value (gmod: `true`, a flag; htslib writes it back as `DP=.`); an Integer/Float item that is not a
 * finite number (`inf`, `nan`, `1D` for an undeclared CIGAR gmod types Integer) keeps its text (gmod: NaN, which
 * JSON writes as null); an undeclared key the spec reserves (AF, H3 …), which gmod pre-fills with the spec's Type,
 * is read as String, as htslib reads every undeclared key (`asRead`: the header with those keys declared String).
 */
function htslibView(
  header: ReturnType<typeof parseHeader>,
  line: string,
  asRead: ReturnType<typeof parseHeader> = header,
): Record<string, unknown> {
  const text = infoText(line)
  const gmod = asRead.parser.parseLine(line).INFO
  if (text === '.') return gmod
  const parts = text.split(';')
  const keyOf = (part: string): string => part.split('=')[0]!
  const out: Record<string, unknown> = {}
  for (const part of parts) {
    const key = keyOf(part)
    if (Object.hasOwn(out, key)) continue
    let value: unknown = gmod[key]
    // repeated: gmod's value of the first occurrence alone
    if (parts.filter((q) => keyOf(q) === key).length > 1) {
      const cols = line.split('\t')
      cols[7] = part
      value = asRead.parser.parseLine(cols.join('\t')).INFO[key]
    }
    const type = header.infoTypes[key]
    if (part.endsWith('=') && type !== 'Flag') value = [undefined]
    if (Array.isArray(value) && (type === 'Integer' || type === 'Float')) {
      const raw = part.slice(key.length + 1).split(',')
      value = value.map((v: unknown, i) => {
        if (typeof v !== 'number' || !Number.isNaN(v)) return v
        try {
          return decodeURIComponent(raw[i]!)
        } catch {
          return raw[i]
        }
      })
    }
    out[key] = value
  }
  return out
}

describe('InfoColumn', () => {
  // the reference is @gmod/vcf's own parseInfo (through its parser) and JSON.stringify, on every record
  it.each(files.map((f) => [f.split('/').pop()!, f] as const))(
    'should give the values and JSON that @gmod/vcf (put right where htslib differs) and JSON.stringify give on every record of %s',
    async (_, path) => {
      const src = await openVcfSource(path).catch(() => undefined)
      if (!src) return
      const header: string[] = []
      let parsed: ReturnType<typeof parseHeader> | undefined
      let asRead: ReturnType<typeof parseHeader> | undefined
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
              const reserved = Object.keys(parsed.parser.getMetadata('INFO') ?? {}).filter(
                (k) => !(k in parsed!.info),
              )
              asRead = parseHeader(
                [
                  ...header.slice(0, -1),
                  ...reserved.map(
                    (k) => `##INFO=<ID=${k},Number=.,Type=String,Description="undeclared">`,
                  ),
                  header.at(-1)!,
                ],
                'x',
              )
            } catch {
              return // a broken header: no records to compare
            }
          }
          if (line === '' || line.startsWith('#') || line.split('\t').length < 8) continue
          const expected = htslibView(parsed, line, asRead)
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

  it('should locate the keys of each column as written, whatever keys the columns before it had', () => {
    // the keys predicted from the columns read before (NEXT_KEY) must never stand in for another key
    const columns = [
      'AC=1;AN=2;DP=5',
      'AC=1;AF=0.5;DP=5',
      'AC=1;AN=2;DP=5;DB',
      'AN=2;AC=1',
      'DB;AC=1;AN=2;DP=5',
      'AC=1;AN=22;ANN=x;DP=5;',
      'ACx=1;A=2;DP=5',
      '__proto__=1;0=2;AC=3',
    ]
    for (let round = 0; round < 2; round++) {
      for (const text of columns) {
        const info = new InfoColumn(text, { AC: 'Integer', AN: 'Integer', DB: 'Flag' })
        expect(info.keys).toEqual(text.split(';').map((part) => part.split('=')[0]))
        expect(info.raws).toEqual(text.split(';').map((part) => part.split('=')[1]))
      }
    }
  })

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
      // typed values; a repeated key keeps its first value; an empty value is missing; inf/NaN keep their text
      const expected: Record<string, unknown> = {}
      const decode = text.includes('%')
      for (const pair of text.split(';')) {
        const eq = pair.indexOf('=')
        const key = eq === -1 ? pair : pair.slice(0, eq)
        const val = eq === -1 ? undefined : pair.slice(eq + 1)
        const type = decl[key as keyof typeof decl]
        if (Object.hasOwn(expected, key)) continue
        expected[key] =
          type === 'Flag' || val === undefined
            ? true
            : val === ''
              ? [undefined]
              : val.split(',').map((v) => {
                  if (v === '.') return undefined
                  let w = v
                  if (decode)
                    try {
                      w = decodeURIComponent(v)
                    } catch {
                      /* kept as is */
                    }
                  if (type !== 'Integer' && type !== 'Float') return w
                  return Number.isFinite(Number(w)) ? Number(w) : w
                })
      }
      expect(info.json()).toBe(JSON.stringify(expected))
    }
  })
})
