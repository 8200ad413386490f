/**
 * `exportVcf`: selected rows back out as a valid VCF (VCF v4.3 §1), one record per stored row (split form),
 * sorted by CHROM and POS. This module only queries the store and hands the rows, mapped to records, to the
 * VCF writer (`vcf/writer.ts`).
 *
 * @module
 */
import type { Variant } from '../schema/variant.js'
import type { VariantStore } from '../store/variant-store.js'
import type { VariantQuery } from '../store/query-builder.js'
import { rowToRecord } from '../vcf/to-row.js'
import { writeVcf } from '../vcf/writer.js'

export { compareChrom } from '../vcf/writer.js'

/** Options of {@link exportVcf}. */
export interface ExportVcfOptions {
  /** SQL filter selecting the rows; omit for every row. */
  filter?: string
  /** The query selecting the rows (regions, samples, genes, SQL); wins over `filter`. */
  query?: VariantQuery
  /** Include the stored INFO (JSON) as the INFO column. The default is true. */
  info?: boolean
}

/**
 * Streams the selected rows as VCF text lines (without line terminators): a header with `##fileformat`,
 * `##source` naming the table and the table version read, `##contig` for every CHROM and `##INFO` for every INFO key used (Type Integer, Float, String or Flag, the
 * narrowest that holds every value written), then one record per row sorted by CHROM (natural order) and POS.
 * `bcftools view` reads the result.
 *
 * @param store - the open store
 * @param options - filter or query, whether to write INFO
 * @returns an async iterable of lines
 * @throws {StoreError} `STORE_BAD_FILTER`
 * @example
 * ```ts
 * for await (const line of exportVcf(store, { filter: "gene = 'BRCA1'" })) process.stdout.write(`${line}\n`)
 * ```
 */
export async function* exportVcf(
  store: VariantStore,
  options: ExportVcfOptions = {},
): AsyncGenerator<string> {
  const wanted = [
    'chrom',
    'pos',
    'id',
    'ref',
    'alt',
    'qual',
    'filter',
    'info',
    'clinical_significance',
  ]
  // the columns of the version read (an older version may predate some)
  const present = options.query ? options.query.columns : store.columns
  const select = wanted.filter((c) => present.includes(c))
  const rows: Variant[] = options.query
    ? await options.query.select(select).toArray()
    : await store.filterVariants(options.filter, { select, action: 'export' })
  const records = rows.map((r) => rowToRecord(r, { info: options.info !== false }))
  const version = options.query ? await options.query.tableVersion() : await store.version()
  yield* writeVcf(records, { source: `vcf-agent (table ${store.tableName}, version ${version})` })
}
