/**
 * Every CLI option, defined once as data: flags (snake_case as the original tool spelled them, plus kebab-case
 * aliases), description, default. Commands pick options by name; the docs are generated from this table.
 *
 * @module
 */

/** One CLI option. */
export interface OptionSpec {
  /** Canonical (snake_case) name, without dashes. */
  name: string
  /** Value placeholder, e.g. `<path>`; absent for boolean flags. */
  value?: string
  /** One-line description. */
  description: string
  /** Default value, shown in help. */
  default?: string | number | boolean
}

/** All options, by canonical name. */
export const OPTIONS = {
  db_path: { name: 'db_path', value: '<path>', description: 'LanceDB folder', default: './lancedb' },
  table_name: { name: 'table_name', value: '<name>', description: 'Table name', default: 'variants' },
  json: { name: 'json', description: 'Print one JSON document (NDJSON for row streams) on stdout' },
  dim: { name: 'dim', value: '<n>', description: 'Embedding dimension of a new table (1024 when omitted); an existing table must match' },
  variant_id: { name: 'variant_id', value: '<id>', description: 'Variant id (CHROM-POS-REF-ALT)' },
  chrom: { name: 'chrom', value: '<chrom>', description: 'VCF CHROM' },
  pos: { name: 'pos', value: '<pos>', description: 'VCF POS, 1-based' },
  ref: { name: 'ref', value: '<allele>', description: 'VCF REF allele' },
  alt: { name: 'alt', value: '<allele>', description: 'One VCF ALT allele' },
  embedding: { name: 'embedding', value: '<floats>', description: 'Comma-separated embedding of length dim' },
  clinical_significance: { name: 'clinical_significance', value: '<text>', description: 'Clinical significance' },
  variant: { name: 'variant', value: '<chrom:pos:ref:alt>', description: 'Compute the embedding with the built-in embedder' },
  like: { name: 'like', value: '<variant_id>', description: "Search with a stored variant's embedding" },
  limit: { name: 'limit', value: '<n>', description: 'Maximum rows', default: 10 },
  filter_sql: { name: 'filter_sql', value: '<sql>', description: "SQL filter, e.g. \"chrom = '1' AND pos > 1000\"" },
  select_columns: { name: 'select_columns', value: '<cols>', description: 'Comma-separated columns to return' },
  updates: { name: 'updates', value: '<json>', description: 'JSON object of column → new value' },
  all: { name: 'all', description: 'Allow a filter that matches every row' },
  column: { name: 'column', value: '<column>', description: 'Column to index' },
  index_type: { name: 'index_type', value: '<type>', description: 'BTREE, BITMAP, LABEL_LIST, IVF_PQ or IVF_FLAT', default: 'BTREE' },
  replace: { name: 'replace', description: 'Replace an existing index' },
  num_partitions: { name: 'num_partitions', value: '<n>', description: 'IVF partitions (vector index); default ≈ √rows' },
  num_sub_vectors: { name: 'num_sub_vectors', value: '<n>', description: 'PQ sub-vectors (IVF_PQ); default dim/16' },
  vcf_file: { name: 'vcf_file', value: '<path>', description: 'VCF file (.vcf, .vcf.gz, BGZF)' },
  batch_size: { name: 'batch_size', value: '<n>', description: 'Rows per write; default ≈ 32 MB of embeddings' },
  validate_only: { name: 'validate_only', description: 'Check the file without writing' },
  clinical_significance_key: {
    name: 'clinical_significance_key',
    value: '<key>',
    description: 'INFO key for clinical_significance (default CLNSIG, or CLINICAL_SIGNIFICANCE when only that is declared)',
  },
  region: { name: 'region', value: '<CHR:BEG-END>', description: 'Region(s), 1-based inclusive, as bcftools -r (repeat or comma-separate; {CHR}:BEG-END for names with : or -)' },
  regions_file: { name: 'regions_file', value: '<file.bed>', description: 'BED file of regions (0-based, half-open), as bcftools -R' },
  samples: { name: 'samples', value: '<A,B>', description: 'Variants any of these samples carries (het or hom-alt)' },
  gene: { name: 'gene', value: '<SYMBOL>', description: 'Variants of this gene (comma-separate several)' },
  genomic: { name: 'genomic', description: 'Create every index region, sample and gene queries use (chrom, pos, rlen, gene, variant_id, sample lists)' },
  embedder: { name: 'embedder', value: '<builtin|openai>', description: 'Embedding provider (env VCF_AGENT_EMBEDDER)', default: 'builtin' },
  embedding_url: { name: 'embedding_url', value: '<url>', description: 'OpenAI-compatible API base URL, e.g. http://127.0.0.1:8000/v1 (env VCF_AGENT_EMBEDDING_URL)' },
  embedding_model: { name: 'embedding_model', value: '<name>', description: 'Embedding model name (env VCF_AGENT_EMBEDDING_MODEL)' },
  embedding_api_key_env: {
    name: 'embedding_api_key_env',
    value: '<VAR>',
    description: 'Environment variable holding the API key',
    default: 'VCF_AGENT_EMBEDDING_API_KEY',
  },
  audit_log: { name: 'audit_log', value: '<path>', description: 'Audit log file (default <db_path>/audit.log.jsonl)' },
  dry_run: { name: 'dry_run', description: 'Print what would change without changing anything' },
  output: { name: 'output', value: '<file>', description: 'Write to this file instead of stdout' },
} as const satisfies Record<string, OptionSpec>

/** Canonical option name. */
export type OptionName = keyof typeof OPTIONS

/** cac flag text for an option: `--db_path, --db-path <path>`. */
export function flagsOf(spec: OptionSpec): string {
  const kebab = spec.name.replace(/_/g, '-')
  const names = kebab === spec.name ? `--${spec.name}` : `--${spec.name}, --${kebab}`
  return spec.value ? `${names} ${spec.value}` : names
}

/** Reads an option from cac's parsed object (given as snake_case or kebab-case), falling back to its default. */
export function readOption(parsed: Record<string, unknown>, name: OptionName): unknown {
  const camel = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  const v = parsed[camel] ?? parsed[name]
  return v ?? (OPTIONS[name] as OptionSpec).default
}
