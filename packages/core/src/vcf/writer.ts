/**
 * VCF text out: records (spec field names) to the lines of a valid VCF v4.3 file, sorted by CHROM and POS, with
 * the `##contig`, `##FILTER` and `##INFO` header lines the records need. Knows no store.
 *
 * @module
 */
import type { VcfRecord } from './record.js'

/** Options of {@link writeVcf}. */
export interface WriteVcfOptions {
  /** Value of the `##source` header line; omitted when not given. */
  source?: string
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

/**
 * Percent-encodes the characters that would break an INFO value (VCF v4.3 §1.2): `%`, `;`, `=`, `,`, CR, LF, TAB.
 * `:` has a special meaning only in FORMAT and sample columns, so INFO keeps it as written (ClinVar's `CLNHGVS`).
 */
function encodeInfoValue(v: unknown): string {
  if (v == null) return '.'
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an INFO value of any type is written as String() renders it (the caller splits lists)
  return String(v).replace(
    /[%;=,\r\n\t]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/** A VCF INFO `Type` the writer declares. */
export type InfoType = 'Flag' | 'Integer' | 'Float' | 'String'

/** The narrowest VCF type that holds both: Integer ⊂ Float ⊂ String; Flag only with Flag. */
function widen(a: InfoType | undefined, b: InfoType): InfoType {
  if (a === undefined || a === b) return b
  if (a === 'Flag' || b === 'Flag') return 'String'
  if ((a === 'Integer' && b === 'Float') || (a === 'Float' && b === 'Integer')) return 'Float'
  return 'String'
}

function typeOf(value: unknown): InfoType {
  const items = (Array.isArray(value) ? value : [value]).filter((x) => x != null)
  if (items.length === 0) return 'Integer'
  if (items.every((x) => typeof x === 'number' && Number.isInteger(x))) return 'Integer'
  if (items.every((x) => typeof x === 'number')) return 'Float'
  return 'String'
}

const INFO_KEY = /^[A-Za-z_][0-9A-Za-z_.]*$/

/**
 * Records the INFO keys a record uses and the narrowest type that holds their values so far (for the `##INFO`
 * lines, which precede the records).
 *
 * @param info - a record's INFO
 * @param types - INFO key → narrowest type so far; updated
 */
export function noteInfoTypes(info: Record<string, unknown>, types: Map<string, InfoType>): void {
  for (const [key, value] of Object.entries(info)) {
    if (!INFO_KEY.test(key) && key !== '1000G') continue
    types.set(key, widen(types.get(key), value === true ? 'Flag' : typeOf(value)))
  }
}

function infoColumn(info: Record<string, unknown>, types: Map<string, InfoType>): string {
  const parts: string[] = []
  noteInfoTypes(info, types)
  for (const [key, value] of Object.entries(info)) {
    if (!INFO_KEY.test(key) && key !== '1000G') continue
    if (value === true) parts.push(key)
    else
      parts.push(
        `${key}=${Array.isArray(value) ? value.map(encodeInfoValue).join(',') : encodeInfoValue(value)}`,
      )
  }
  return parts.length > 0 ? parts.join(';') : '.'
}

/**
 * Formats one record as a VCF data line (without its terminator), recording the INFO types it uses.
 *
 * @param rec - the record
 * @param types - INFO key → narrowest type seen so far; updated
 * @returns the tab-separated line
 * @example
 * ```ts
 * formatRecord({ CHROM: '1', POS: 5, ID: undefined, REF: 'A', ALT: ['G'], QUAL: undefined, FILTER: 'PASS', INFO: {} }, new Map())
 * // '1\t5\t.\tA\tG\t.\tPASS\t.'
 * ```
 */
export function formatRecord(rec: VcfRecord, types: Map<string, InfoType>): string {
  const id = rec.ID && rec.ID.length > 0 ? rec.ID.join(';') : '.'
  const alt = rec.ALT.length > 0 ? rec.ALT.join(',') : '.'
  const qual = rec.QUAL === undefined ? '.' : String(rec.QUAL)
  const filter =
    rec.FILTER === undefined
      ? '.'
      : rec.FILTER === 'PASS'
        ? 'PASS'
        : rec.FILTER.length > 0
          ? rec.FILTER.join(';')
          : '.'
  return `${rec.CHROM}\t${rec.POS}\t${id}\t${rec.REF}\t${alt}\t${qual}\t${filter}\t${infoColumn(rec.INFO, types)}`
}

/** What the header of {@link vcfHeader} declares. */
export interface VcfHeaderFacts {
  /** Value of the `##source` header line; omitted when not given. */
  source?: string
  /** CHROM values, in the order of the records. */
  contigs: Iterable<string>
  /** FILTER ids other than PASS. */
  filters: Iterable<string>
  /** INFO key → type ({@link noteInfoTypes}). */
  infoTypes: ReadonlyMap<string, InfoType>
}

/**
 * The header lines of a VCF v4.3 file (without line terminators): `##fileformat=VCFv4.3`, `##source`, a `##contig`
 * per CHROM, a `##FILTER` per filter other than PASS, an `##INFO` per key (Number=., the narrowest Type), and the
 * `#CHROM` line (sites only).
 *
 * @param facts - what to declare
 * @returns the lines
 * @example
 * ```ts
 * [...vcfHeader({ contigs: ['1'], filters: [], infoTypes: new Map([['DP', 'Integer']]) })].length // 4
 * ```
 */
export function* vcfHeader(facts: VcfHeaderFacts): Generator<string> {
  yield '##fileformat=VCFv4.3'
  if (facts.source !== undefined) yield `##source=${facts.source}`
  for (const c of new Set(facts.contigs)) yield `##contig=<ID=${c}>`
  for (const f of new Set(facts.filters))
    yield `##FILTER=<ID=${f},Description="Filter ${f} from the source VCF">`
  for (const [key, type] of facts.infoTypes) {
    yield type === 'Flag'
      ? `##INFO=<ID=${key},Number=0,Type=Flag,Description="${key} from the source VCF">`
      : `##INFO=<ID=${key},Number=.,Type=${type},Description="${key} from the source VCF">`
  }
  yield '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO'
}

/**
 * Writes records as VCF text lines (without line terminators): the header of {@link vcfHeader} for what the
 * records use, then one line per record sorted by CHROM (natural order, {@link compareChrom}) and POS. `bcftools
 * view` reads the result. Holds every record; `exportVcf` streams a table's rows instead.
 *
 * @param records - the records, in any order
 * @param options - the `##source` value
 * @returns the lines
 * @example
 * ```ts
 * for (const line of writeVcf(records, { source: 'vcf-agent' })) process.stdout.write(`${line}\n`)
 * ```
 */
export function* writeVcf(
  records: readonly VcfRecord[],
  options: WriteVcfOptions = {},
): Generator<string> {
  const sorted = [...records].sort((a, b) => compareChrom(a.CHROM, b.CHROM) || a.POS - b.POS)
  const types = new Map<string, InfoType>()
  const lines = sorted.map((r) => formatRecord(r, types))
  yield* vcfHeader({
    ...(options.source === undefined ? {} : { source: options.source }),
    contigs: sorted.map((r) => r.CHROM),
    filters: sorted
      .flatMap((r) => (Array.isArray(r.FILTER) ? r.FILTER : []))
      .filter((f) => f !== 'PASS'),
    infoTypes: types,
  })
  for (const line of lines) yield line
}
