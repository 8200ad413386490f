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
import type { Variant } from '../schema/variant.js'
import { mergeHeaders, samplesOfHeader } from '../vcf/header-merge.js'
import { type InfoType, formatRecord, noteInfoTypes } from '../vcf/writer.js'

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
 * Streams the selected rows as VCF text lines (without line terminators), one record per row in genomic order (the
 * header's contig order, then POS).
 *
 * The header is the one the rows were read from: the header lines each ingest recorded for its file
 * (`VariantStore.sourceHeaders`; `##INFO`/`##FORMAT`/`##FILTER` with their Number, Type and Description,
 * `##reference`, `##contig` with its length, …) merged by {@link mergeHeaders} — the highest `##fileformat`, every
 * line once, the first declaration of an ID kept — plus a declaration of what the rows use and no source declares
 * (an INFO key added by an update, a contig of a row added by `addVariants`), and `##source` naming the table and
 * version read. When the rows hold sample columns (`format`, `sample_data`, schema version 4), FORMAT and the
 * samples are written: the union of the sources' sample names in source order, a sample a row's source does not
 * have written `.`. `bcftools view` reads the result.
 *
 * Memory stays bounded whatever the table size: a first pass over the `chrom`, `filter`, `info`, `format` and
 * `ingest_id` columns finds what the header declares, a second streams the records, both in batches and over the
 * same table version (the query's; a query made by `exportQuery` reads one pinned version).
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
  const formatKeys = new Set<string>()
  const ingests = new Set<string>()
  let anySamples = false
  for await (const batch of query
    .select(pick(['chrom', 'filter', 'info', 'clinical_significance', 'format', 'ingest_id']))
    .batches()) {
    for (const row of batch) {
      contigs.add(row.chrom)
      for (const f of row.filter ?? []) if (f !== 'PASS') filters.add(f)
      if (withInfo || row.clinical_significance)
        noteInfoTypes(rowToRecord(row, { info: withInfo }).INFO, types)
      if (row.ingest_id) ingests.add(row.ingest_id)
      if (row.format) {
        anySamples = true
        for (const k of row.format.split(':')) formatKeys.add(k)
      }
    }
  }
  const recorded = await query.sourceHeaders()
  const sources = [...ingests].flatMap((id) => {
    const h = recorded.get(id)
    return h ? [{ id, lines: h.lines, samples: samplesOfHeader(h.lines) }] : []
  })
  const samples = anySamples ? [...new Set(sources.flatMap((s) => s.samples))] : []
  // per source whose samples are not the header's: where each of its samples goes
  const placement = new Map<string, number[]>()
  for (const s of sources) {
    if (s.samples.join('\t') !== samples.join('\t'))
      placement.set(
        s.id,
        s.samples.map((n) => samples.indexOf(n)),
      )
  }
  const version = await query.tableVersion()
  const header = mergeHeaders(sources, {
    contigs,
    filters,
    infoTypes: withInfo ? types : new Map([...types].filter(([k]) => k === 'CLNSIG')),
    formatKeys,
    samples,
    source: `vcf-agent (table ${store.tableName}, version ${version})`,
  })
  yield* header.lines
  const missing = samples.map(() => '.').join('\t')
  const sampleColumns = (row: Variant): string => {
    if (!row.format || row.sample_data == null) return `\tGT\t${missing}`
    const at = row.ingest_id ? placement.get(row.ingest_id) : undefined
    if (!at) return `\t${row.format}\t${row.sample_data}`
    const out = samples.map(() => '.')
    row.sample_data.split('\t').forEach((v, i) => {
      const j = at[i]
      if (j !== undefined && j >= 0) out[j] = v
    })
    return `\t${row.format}\t${out.join('\t')}`
  }
  // pass 2: the records, in genomic order
  const scratch = new Map<string, InfoType>()
  for await (const batch of query
    .select(
      pick([
        'chrom',
        'pos',
        'id',
        'ref',
        'alt',
        'qual',
        'filter',
        'info',
        'clinical_significance',
        ...(samples.length > 0 ? ['format', 'sample_data', 'ingest_id'] : []),
      ]),
    )
    .batches()) {
    for (const row of batch) {
      const line = formatRecord(rowToRecord(row, { info: withInfo }), scratch)
      yield samples.length > 0 ? line + sampleColumns(row) : line
    }
  }
}
