/**
 * `exportVcf`: selected rows back out as a valid VCF (VCF v4.3 §1), one record per stored row (split form),
 * in genomic order, streamed. This module only queries the store and hands the rows, mapped to records, to the
 * VCF writer (`vcf/writer.ts`).
 *
 * @module
 */
import type { VariantStore } from '../store/variant-store.js'
import type { VariantQuery } from '../store/query-builder.js'
import { rowToRecord } from '../vcf/to-row.js'
import { type InfoType, formatRecord, noteInfoTypes, vcfHeader } from '../vcf/writer.js'

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
 * `##source` naming the table and the table version read, `##contig` for every CHROM and `##INFO` for every INFO
 * key used (Type Integer, Float, String or Flag, the narrowest that holds every value written), then one record per
 * row in genomic order (the header's contig order, then POS). `bcftools view` reads the result.
 *
 * Memory stays bounded whatever the table size: a first pass over the `chrom`, `filter` and `info` columns finds
 * what the header declares, a second streams the records, both in batches and over the same table version (the
 * query's; a query made by `exportQuery` reads one pinned version).
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
  const query = options.query ?? store.query().where(options.filter).action('export')
  const withInfo = options.info !== false
  // the columns of the version read (an older version may predate some)
  const present = query.columns
  const pick = (cols: string[]): string[] => cols.filter((c) => present.includes(c))
  // pass 1: what the header declares
  const contigs = new Set<string>()
  const filters = new Set<string>()
  const types = new Map<string, InfoType>()
  for await (const batch of query
    .select(pick(['chrom', 'filter', 'info', 'clinical_significance']))
    .batches()) {
    for (const row of batch) {
      contigs.add(row.chrom)
      for (const f of row.filter ?? []) if (f !== 'PASS') filters.add(f)
      if (withInfo || row.clinical_significance)
        noteInfoTypes(rowToRecord(row, { info: withInfo }).INFO, types)
    }
  }
  const version = await query.tableVersion()
  yield* vcfHeader({
    source: `vcf-agent (table ${store.tableName}, version ${version})`,
    contigs,
    filters,
    infoTypes: types,
  })
  // pass 2: the records, in genomic order
  const scratch = new Map<string, InfoType>()
  for await (const batch of query
    .select(
      pick(['chrom', 'pos', 'id', 'ref', 'alt', 'qual', 'filter', 'info', 'clinical_significance']),
    )
    .batches()) {
    for (const row of batch) yield formatRecord(rowToRecord(row, { info: withInfo }), scratch)
  }
}
