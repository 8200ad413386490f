/**
 * Every read and write option, defined once as data: name (snake_case, as the original tool and the CLI spell
 * it), type, description and default, and which operation takes which option. The CLI makes its flags from this
 * table, the server its request schemas, the docs their tables — so an option cannot exist in one and not the
 * other, or have two defaults.
 *
 * @module
 */

/** How an option's value is written: one string, an integer, a flag, a list of strings or numbers, or JSON. */
export type OptionType = 'string' | 'int' | 'bool' | 'strings' | 'floats' | 'json'

/** One option of an operation. */
export interface RequestOption {
  /** Name, snake_case: the CLI flag (`--filter_sql`, alias `--filter-sql`) and the JSON field. */
  readonly name: string
  /** Value type. */
  readonly type: OptionType
  /** Placeholder in help, e.g. `<sql>`. */
  readonly value?: string
  /** One-line description. */
  readonly description: string
  /** Default, as the operation applies it. */
  readonly default?: string | number | boolean
  /** Smallest value of an `int` option. The default is 0. */
  readonly min?: number
}

function opt<T extends OptionType>(
  name: string,
  type: T,
  description: string,
  extra: { value?: string; default?: string | number | boolean; min?: number } = {},
): RequestOption & { readonly type: T } {
  return { name, type, description, ...extra }
}

/** Every request option, by name. */
export const REQUEST_OPTIONS = {
  filter_sql: opt(
    'filter_sql',
    'string',
    'SQL filter over the storage columns, e.g. "chrom = \'1\' AND pos > 1000"',
    { value: '<sql>' },
  ),
  region: opt(
    'region',
    'strings',
    'Region(s), 1-based inclusive, as bcftools -r: CHR, CHR:POS, CHR:BEG-END (repeat or comma-separate; {CHR}:BEG-END for names with : or -)',
    { value: '<CHR:BEG-END>' },
  ),
  regions_file: opt(
    'regions_file',
    'string',
    'BED regions (0-based, half-open), as bcftools -R: a file path in the CLI, the file text over HTTP',
    {
      value: '<file.bed>',
    },
  ),
  samples: opt('samples', 'strings', 'Variants any of these samples carries (het or hom-alt)', {
    value: '<A,B>',
  }),
  gene: opt(
    'gene',
    'strings',
    'Variants of these genes: any gene symbol of the row (GENEINFO, ANN, CSQ; the genes column) matches; comma-separate several',
    { value: '<SYMBOL>' },
  ),
  select_columns: opt(
    'select_columns',
    'strings',
    'Columns to return (default: every column except embedding)',
    { value: '<cols>' },
  ),
  limit: opt('limit', 'int', 'Maximum rows (≥ 1; filter-lancedb also takes 0: no limit)', {
    value: '<n>',
    default: 10,
  }),
  offset: opt('offset', 'int', 'Rows to skip first', { value: '<n>', default: 0 }),
  bins: opt(
    'bins',
    'int',
    'Also count the rows in this many equal-width POS bins per CHROM, from its first to its last matching POS (0: none; at most 1000)',
    { value: '<n>', default: 0 },
  ),
  order: opt(
    'order',
    'string',
    'Row order: genome (CHROM in natural order, then POS) or storage (as stored, fastest)',
    {
      value: '<genome|storage>',
      default: 'genome',
    },
  ),
  embedding: opt('embedding', 'floats', 'Embedding of length dim (comma-separated in the CLI)', {
    value: '<floats>',
  }),
  variant: opt(
    'variant',
    'string',
    "A variant CHROM:POS:REF:ALT, embedded with the table's embedder",
    { value: '<chrom:pos:ref:alt>' },
  ),
  like: opt(
    'like',
    'string',
    'A stored variant_id: search with its embedding, leaving it out of the hits',
    { value: '<variant_id>' },
  ),
  distance_type: opt('distance_type', 'string', 'Distance metric: l2, cosine or dot', {
    value: '<metric>',
    default: 'l2',
  }),
  nprobes: opt(
    'nprobes',
    'int',
    'IVF partitions to probe when a vector index exists (LanceDB nprobes)',
    { min: 1, value: '<n>' },
  ),
  refine_factor: opt(
    'refine_factor',
    'int',
    'Re-rank limit × this many candidates by exact distance (LanceDB refineFactor)',
    { min: 1, value: '<n>' },
  ),
  bypass_vector_index: opt(
    'bypass_vector_index',
    'bool',
    'Exact search even when a vector index exists',
  ),
  query: opt(
    'query',
    'string',
    'Full-text query over the annotation column: words (all must occur), "a phrase", OR, -word / NOT word',
    { value: '<text>' },
  ),
  text: opt(
    'text',
    'string',
    'Also run this full-text query and fuse both result lists by reciprocal rank fusion (k = 60): hybrid search',
    { value: '<text>' },
  ),
  all: opt('all', 'bool', 'Allow a delete that matches every row'),
  variant_id: opt('variant_id', 'string', 'Variant id (CHROM-POS-REF-ALT, as ingest makes it)', {
    value: '<id>',
  }),
  chrom: opt('chrom', 'string', 'VCF CHROM', { value: '<chrom>' }),
  pos: opt('pos', 'int', 'VCF POS, 1-based', { value: '<pos>' }),
  ref: opt('ref', 'string', 'VCF REF allele', { value: '<allele>' }),
  alt: opt('alt', 'string', 'One VCF ALT allele', { value: '<allele>' }),
  clinical_significance: opt('clinical_significance', 'string', 'Clinical significance', {
    value: '<text>',
  }),
  updates: opt('updates', 'json', 'JSON object of column → new value', { value: '<json>' }),
  column: opt('column', 'string', 'Column to index (embedding for IVF_PQ / IVF_FLAT)', {
    value: '<column>',
  }),
  index_type: opt(
    'index_type',
    'string',
    'BTREE, BITMAP, LABEL_LIST, IVF_PQ, IVF_FLAT or FTS (full text, on annotation)',
    {
      value: '<type>',
      default: 'BTREE',
    },
  ),
  replace: opt('replace', 'bool', 'Replace an existing index'),
  genomic: opt(
    'genomic',
    'bool',
    'Create every index region, sample, gene and text queries use (chrom, pos, rlen, gene, variant_id, sample lists, the annotation full-text index)',
  ),
  num_partitions: opt('num_partitions', 'int', 'IVF partitions (vector index); default ≈ √rows', {
    min: 1,
    value: '<n>',
  }),
  num_sub_vectors: opt('num_sub_vectors', 'int', 'PQ sub-vectors (IVF_PQ); default dim/16', {
    min: 1,
    value: '<n>',
  }),
  dim: opt(
    'dim',
    'int',
    'Embedding dimension of a new table (1024 when omitted); an existing table must match',
    { min: 1, value: '<n>' },
  ),
  batch_size: opt('batch_size', 'int', 'Rows per write; default ≈ 16 MB of embeddings', {
    min: 1,
    value: '<n>',
  }),
  validate_only: opt('validate_only', 'bool', 'Check the file without writing'),
  strict: opt(
    'strict',
    'bool',
    'Refuse the file on any violation of the VCF spec of its declared version (all listed, up to 100, with file:line, field, rule, spec section); checked before anything is stored',
  ),
  workers: opt(
    'workers',
    'int',
    'Parse worker threads, all started at once (default: one, and more up to the CPUs available, at most 4, while a large input remains, below dim 512; never more than 16); 0 parses in the main thread',
    { value: '<n>' },
  ),
  clinical_significance_key: opt(
    'clinical_significance_key',
    'string',
    'INFO key for clinical_significance (default CLNSIG, or CLINICAL_SIGNIFICANCE when only that is declared)',
    { value: '<key>' },
  ),
  dry_run: opt('dry_run', 'bool', 'Report what would change without changing anything'),
  as_of: opt(
    'as_of',
    'string',
    'Read the table as of this version number or tag (default: the latest version); the answer names the version read',
    { value: '<VERSION|TAG>' },
  ),
  update_changed: opt(
    'update_changed',
    'bool',
    'Replace stored rows whose record changed (CLNSIG, QUAL, FILTER, INFO…) with this file’s, recomputing their embeddings',
  ),
  tag: opt('tag', 'string', 'Tag the version the ingest ends at (e.g. clinvar-2024-06)', {
    value: '<NAME>',
  }),
  name: opt(
    'name',
    'string',
    'Tag name: a letter, then letters, digits, . _ or - (e.g. clinvar-2024-06)',
    { value: '<NAME>' },
  ),
  version: opt('version', 'string', 'A table version number or tag (default: the latest)', {
    value: '<VERSION|TAG>',
  }),
  yes: opt('yes', 'bool', 'Confirm the restore (required when no terminal can ask)'),
  from: opt('from', 'string', 'The older version or tag', { value: '<VERSION|TAG>' }),
  to: opt('to', 'string', 'The newer version or tag (default: the latest)', {
    value: '<VERSION|TAG>',
  }),
  max_ids: opt(
    'max_ids',
    'int',
    'List at most this many ids of each kind (0: all); the counts are always complete',
    { value: '<n>', default: 1000 },
  ),
  retention_days: opt(
    'retention_days',
    'int',
    'Remove versions older than this many days (never the latest or a tagged one)',
    { value: '<days>', default: 7 },
  ),
  delete_unverified: opt(
    'delete_unverified',
    'bool',
    'Also delete unreferenced data files younger than 7 days (leftovers of a crashed writer); only if every writer uses vcf-agent',
  ),
} as const satisfies Record<string, RequestOption>

/** Name of a request option. */
export type RequestOptionName = keyof typeof REQUEST_OPTIONS

const SCOPE = ['filter_sql', 'region', 'regions_file', 'samples', 'gene'] as const

/** Which options each operation takes (CLI command and HTTP route alike). */
export const OPERATION_OPTIONS = {
  filter: [...SCOPE, 'select_columns', 'limit', 'offset', 'order', 'as_of'],
  search: [
    ...SCOPE,
    'as_of',
    'embedding',
    'variant',
    'like',
    'select_columns',
    'limit',
    'distance_type',
    'nprobes',
    'refine_factor',
    'bypass_vector_index',
    'text',
  ],
  search_text: [...SCOPE, 'as_of', 'query', 'select_columns', 'limit'],
  export: [...SCOPE, 'as_of'],
  delete: [...SCOPE, 'all'],
  stats: [...SCOPE, 'as_of', 'bins'],
  add: [
    'variant_id',
    'chrom',
    'pos',
    'ref',
    'alt',
    'embedding',
    'clinical_significance',
    'variant',
  ],
  update: ['variant_id', 'updates'],
  index: [
    'column',
    'index_type',
    'replace',
    'genomic',
    'num_partitions',
    'num_sub_vectors',
    'distance_type',
  ],
  ingest: [
    'dim',
    'batch_size',
    'validate_only',
    'strict',
    'clinical_significance_key',
    'update_changed',
    'tag',
    'workers',
  ],
  migrate: ['dry_run'],
  versions: [],
  tag: ['name', 'version'],
  restore: ['version', 'yes'],
  diff: ['from', 'to', 'max_ids'],
  optimize: ['retention_days', 'delete_unverified'],
} as const satisfies Record<string, readonly RequestOptionName[]>

/** An operation both adapters offer. */
export type Operation = keyof typeof OPERATION_OPTIONS

type ValueOf<T extends OptionType> = T extends 'string'
  ? string
  : T extends 'int'
    ? number
    : T extends 'bool'
      ? boolean
      : T extends 'strings'
        ? string[]
        : T extends 'floats'
          ? number[]
          : unknown

/** The typed request of an operation: each of its options, optional. */
export type RequestOf<O extends Operation> = {
  -readonly [K in (typeof OPERATION_OPTIONS)[O][number]]?: ValueOf<
    (typeof REQUEST_OPTIONS)[K]['type']
  >
}
