/**
 * The Variant table's columns, in one place. Adding a column means adding one entry to {@link COLUMNS};
 * the Arrow schema, row validation, Arrow column building, schema checks and the docs page all read it.
 *
 * @module
 */

/** Storage type of a column. `embedding` is `FixedSizeList<Float32>(dim)`. */
export type ColumnKind = 'utf8' | 'int64' | 'float64' | 'utf8_list' | 'embedding'

/** One column of the Variant table. */
export interface ColumnSpec {
  /** Lowercase snake_case storage name. */
  readonly name: string
  /** Storage type. */
  readonly kind: ColumnKind
  /** Whether null is allowed. */
  readonly nullable: boolean
  /** Schema version that introduced the column (1 = the original Python tool's table). */
  readonly since: number
  /** What the column holds, with units and the VCF field it comes from. */
  readonly description: string
}

/** Current schema version, recorded in the table metadata under {@link METADATA_SCHEMA_VERSION}. */
export const SCHEMA_VERSION = 4

/** Table metadata key holding the schema version. */
export const METADATA_SCHEMA_VERSION = 'vcf_agent.schema_version'
/** Table metadata key holding the embedding dimension. */
export const METADATA_DIM = 'vcf_agent.dim'

/** Default embedding dimension, as in the original tool. */
export const DEFAULT_DIM = 1024

/** The Variant table's columns, in storage order. */
export const COLUMNS = [
  {
    name: 'variant_id',
    kind: 'utf8',
    nullable: false,
    since: 1,
    description:
      'Primary key (unenforced): `CHROM-POS-REF-ALT`; alleles longer than fit in 256 characters are replaced by a digest; a repeat of the same key in one file gets a `~N` suffix.',
  },
  {
    name: 'embedding',
    kind: 'embedding',
    nullable: false,
    since: 1,
    description:
      'Embedding vector, `Float32` × `dim` (default 1024), L2-normalised by the built-in embedder.',
  },
  {
    name: 'chrom',
    kind: 'utf8',
    nullable: false,
    since: 1,
    description: 'VCF CHROM: contig name as in the file.',
  },
  {
    name: 'pos',
    kind: 'int64',
    nullable: false,
    since: 1,
    description: 'VCF POS: 1-based position of the first REF base, as in the file.',
  },
  { name: 'ref', kind: 'utf8', nullable: false, since: 1, description: 'VCF REF allele, in full.' },
  {
    name: 'alt',
    kind: 'utf8',
    nullable: false,
    since: 1,
    description:
      'One VCF ALT allele (one row per ALT, as `bcftools norm -m -any`), in full; may be symbolic (`<DEL>`), a breakend, `*` or `.`.',
  },
  {
    name: 'clinical_significance',
    kind: 'utf8',
    nullable: true,
    since: 1,
    description: 'Clinical significance, by default INFO/CLNSIG as written in the file.',
  },
  {
    name: 'id',
    kind: 'utf8_list',
    nullable: true,
    since: 2,
    description: 'VCF ID column values (split on `;`); null when `.`.',
  },
  {
    name: 'qual',
    kind: 'float64',
    nullable: true,
    since: 2,
    description: 'VCF QUAL, Phred-scaled; null when `.`.',
  },
  {
    name: 'filter',
    kind: 'utf8_list',
    nullable: true,
    since: 2,
    description: 'VCF FILTER values (split on `;`), `["PASS"]` when passed; null when `.`.',
  },
  {
    name: 'info',
    kind: 'utf8',
    nullable: true,
    since: 2,
    description:
      'VCF INFO as a JSON object; Number=A/R values sliced to this ALT as bcftools does.',
  },
  {
    name: 'gene',
    kind: 'utf8',
    nullable: true,
    since: 2,
    description:
      'Gene symbol from INFO/GENEINFO, ANN or CSQ (first symbol), when present; every symbol is in `genes`.',
  },
  {
    name: 'af',
    kind: 'float64',
    nullable: true,
    since: 2,
    description: "This ALT's allele frequency (INFO/AF, Number=A), when given.",
  },
  {
    name: 'variant_class',
    kind: 'utf8',
    nullable: true,
    since: 2,
    description:
      'SNV, MNV, insertion, deletion, complex_indel, symbolic, breakend, spanning_deletion or reference_block.',
  },
  {
    name: 'rlen',
    kind: 'int64',
    nullable: true,
    since: 2,
    description:
      'Length in bp of the reference span: len(REF), or INFO/END − POS + 1 when END is given (htslib rlen).',
  },
  {
    name: 'het_samples',
    kind: 'utf8_list',
    nullable: true,
    since: 2,
    description:
      'Samples whose split GT carries this ALT in some but not all called alleles (e.g. 0/1). Sensitive.',
  },
  {
    name: 'hom_alt_samples',
    kind: 'utf8_list',
    nullable: true,
    since: 2,
    description:
      'Samples whose split GT carries this ALT in every called allele (e.g. 1/1, haploid 1). Sensitive.',
  },
  {
    name: 'source_file',
    kind: 'utf8',
    nullable: true,
    since: 2,
    description: 'Base name of the VCF file the row came from.',
  },
  {
    name: 'source_line',
    kind: 'int64',
    nullable: true,
    since: 2,
    description: '1-based line number of the record in the source file.',
  },
  {
    name: 'ingest_id',
    kind: 'utf8',
    nullable: true,
    since: 2,
    description:
      'Id of the ingest run that wrote the row (inserted it, or replaced it with `update_changed`).',
  },
  {
    name: 'annotation',
    kind: 'utf8',
    nullable: true,
    since: 3,
    description:
      'Searchable text built at ingest: condition names (CLNDN), HGVS (CLNHGVS), gene symbols, consequences (MC, ANN, CSQ), rsID and VCF ID; full-text indexed.',
  },
  {
    name: 'genes',
    kind: 'utf8_list',
    nullable: true,
    since: 4,
    description:
      "Every distinct gene symbol of the row, percent-decoded: INFO/GENEINFO's symbols (`SYMBOL:ID|SYMBOL:ID`), the ANN `Gene_Name` and CSQ `SYMBOL` of the entries for this ALT, else INFO SYMBOL/GENE; LABEL_LIST-indexed, `--gene` matches any of them.",
  },
  {
    name: 'format',
    kind: 'utf8',
    nullable: true,
    since: 4,
    description:
      'VCF FORMAT of the record (e.g. `GT:AD:DP`), when it has samples; the keys of `sample_data`.',
  },
  {
    name: 'sample_data',
    kind: 'utf8',
    nullable: true,
    since: 4,
    description:
      'The sample columns of this split row, tab-separated in the source header order, as `bcftools norm -m -any` writes them (GT recoded to this ALT, Number=A/R/G values sliced); export-vcf writes them back. Sensitive.',
  },
] as const satisfies readonly ColumnSpec[]

/** Name of a Variant table column. */
export type ColumnName = (typeof COLUMNS)[number]['name']

/** Column names, in storage order. */
export const COLUMN_NAMES: readonly ColumnName[] = COLUMNS.map((c) => c.name)

/** The primary-key column. */
export const PRIMARY_KEY = 'variant_id' satisfies ColumnName

/** Columns of the original Python tool's table (schema version 1). */
export const ORIGINAL_COLUMNS: readonly ColumnName[] = COLUMNS.filter((c) => c.since === 1).map(
  (c) => c.name,
)

/**
 * Looks up a column by name.
 *
 * @param name - storage column name
 * @returns the spec, or undefined if the column is not part of the Variant schema
 */
export function findColumn(name: string): ColumnSpec | undefined {
  return (COLUMNS as readonly ColumnSpec[]).find((c) => c.name === name)
}
