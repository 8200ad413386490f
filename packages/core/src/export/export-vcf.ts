/**
 * `exportVcf`: selected rows back out as a valid VCF (VCF v4.3 §1), one record per stored row (split form),
 * sorted by CHROM and POS, with the header lines the records need.
 *
 * @module
 */
import type { Variant } from '../schema/variant.js'
import type { VariantStore } from '../store/variant-store.js'
import type { VariantQuery } from '../store/query-builder.js'

/** Options of {@link exportVcf}. */
export interface ExportVcfOptions {
  /** SQL filter selecting the rows; omit for every row. */
  filter?: string
  /** The query selecting the rows (regions, samples, genes, SQL); wins over `filter`. */
  query?: VariantQuery
  /** Include the stored INFO (JSON) as the INFO column. The default is true. */
  info?: boolean
}

const CHROM_ORDER = (c: string): [number, string] => {
  const bare = c.replace(/^chr/i, '')
  if (/^\d+$/.test(bare)) return [Number(bare), '']
  const named: Record<string, number> = { X: 1000, Y: 1001, M: 1002, MT: 1002 }
  return [named[bare.toUpperCase()] ?? 2000, c]
}

/**
 * Natural contig order: 1, 2, …, 22, X, Y, M/MT, then other names alphabetically (`chr` prefix ignored).
 *
 * @param a - contig name
 * @param b - contig name
 * @returns negative, zero or positive
 * @example
 * ```ts
 * ['X', '10', '2'].sort(compareChrom) // ['2', '10', 'X']
 * ```
 */
export function compareChrom(a: string, b: string): number {
  const [na, sa] = CHROM_ORDER(a)
  const [nb, sb] = CHROM_ORDER(b)
  return na !== nb ? na - nb : sa < sb ? -1 : sa > sb ? 1 : a < b ? -1 : a > b ? 1 : 0
}

/** Percent-encodes the characters VCF v4.3 §1.2 reserves inside INFO values. */
function encodeInfoValue(v: unknown): string {
  if (v === null || v === undefined) return '.'
  return String(v).replace(/[%:;=,\r\n\t]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

type InfoType = 'Flag' | 'Integer' | 'Float' | 'String'

/** The narrowest VCF type that holds both: Integer ⊂ Float ⊂ String; Flag only with Flag. */
function widen(a: InfoType | undefined, b: InfoType): InfoType {
  if (a === undefined || a === b) return b
  if (a === 'Flag' || b === 'Flag') return 'String'
  if ((a === 'Integer' && b === 'Float') || (a === 'Float' && b === 'Integer')) return 'Float'
  return 'String'
}

function typeOf(value: unknown): InfoType {
  const items = (Array.isArray(value) ? value : [value]).filter((x) => x !== null && x !== undefined)
  if (items.length === 0) return 'Integer'
  if (items.every((x) => typeof x === 'number' && Number.isInteger(x))) return 'Integer'
  if (items.every((x) => typeof x === 'number')) return 'Float'
  return 'String'
}

function infoColumn(json: string | null | undefined, types: Map<string, InfoType>): string {
  if (!json) return '.'
  let obj: Record<string, unknown>
  try {
    obj = JSON.parse(json) as Record<string, unknown>
  } catch {
    return '.'
  }
  const parts: string[] = []
  for (const [key, value] of Object.entries(obj)) {
    if (!/^[A-Za-z_][0-9A-Za-z_.]*$/.test(key) && key !== '1000G') continue
    if (value === true) {
      types.set(key, widen(types.get(key), 'Flag'))
      parts.push(key)
    } else {
      types.set(key, widen(types.get(key), typeOf(value)))
      parts.push(`${key}=${Array.isArray(value) ? value.map(encodeInfoValue).join(',') : encodeInfoValue(value)}`)
    }
  }
  return parts.length > 0 ? parts.join(';') : '.'
}

/**
 * Streams the selected rows as VCF text lines (without line terminators): a header with `##fileformat`,
 * `##contig` for every CHROM and `##INFO` for every INFO key used (Type Integer, Float, String or Flag, the
 * narrowest that holds every value written), then one record per
 * row sorted by CHROM (natural order) and POS. `bcftools view` reads the result.
 *
 * @param store - the open store
 * @param options - filter, whether to write INFO
 * @returns an async iterable of lines
 * @throws {StoreError} `STORE_BAD_FILTER`
 * @example
 * ```ts
 * for await (const line of exportVcf(store, { filter: "gene = 'BRCA1'" })) process.stdout.write(`${line}\n`)
 * ```
 */
export async function* exportVcf(store: VariantStore, options: ExportVcfOptions = {}): AsyncGenerator<string> {
  const wanted = ['chrom', 'pos', 'id', 'ref', 'alt', 'qual', 'filter', 'info', 'clinical_significance']
  const select = wanted.filter((c) => store.columns.includes(c))
  const rows: Variant[] = options.query
    ? await options.query.select(select).toArray()
    : await store.filterVariants(options.filter, { select, action: 'export' })
  rows.sort((a, b) => compareChrom(a.chrom, b.chrom) || a.pos - b.pos)
  const types = new Map<string, InfoType>()
  const records = rows.map((r) => {
    let info = options.info === false ? '.' : infoColumn(r.info, types)
    if (r.clinical_significance && !(r.info ?? '').includes('"CLNSIG"')) {
      types.set('CLNSIG', 'String')
      const cln = `CLNSIG=${encodeInfoValue(r.clinical_significance)}`
      info = info === '.' ? cln : `${info};${cln}`
    }
    const id = r.id && r.id.length > 0 ? r.id.join(';') : '.'
    const qual = r.qual === null || r.qual === undefined ? '.' : String(r.qual)
    const filter = r.filter && r.filter.length > 0 ? r.filter.join(';') : '.'
    return `${r.chrom}\t${r.pos}\t${id}\t${r.ref}\t${r.alt}\t${qual}\t${filter}\t${info}`
  })
  yield '##fileformat=VCFv4.3'
  yield `##source=vcf-agent (table ${store.tableName})`
  const chroms = [...new Set(rows.map((r) => r.chrom))]
  for (const c of chroms) yield `##contig=<ID=${c}>`
  const filters = new Set(rows.flatMap((r) => r.filter ?? []).filter((f) => f !== 'PASS'))
  for (const f of filters) yield `##FILTER=<ID=${f},Description="Filter ${f} from the source VCF">`
  for (const [key, type] of types) {
    yield type === 'Flag'
      ? `##INFO=<ID=${key},Number=0,Type=Flag,Description="${key} from the source VCF">`
      : `##INFO=<ID=${key},Number=.,Type=${type},Description="${key} from the source VCF">`
  }
  yield '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'
  for (const line of records) yield line
}
