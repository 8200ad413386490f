/**
 * The command table: names, descriptions, options and examples, defined once. `index.ts` turns it into a cac
 * program; the docs site renders it.
 *
 * @module
 */
import type { CommandOutput } from './output.js'
import type { CommandContext } from './commands/context.js'
import { OPERATION_OPTIONS as OPS } from '@vcf-agent/core'
import type { OptionName } from './options.js'

/** One CLI command. */
export interface CommandSpec {
  /** Command name, e.g. `ingest-vcf`. */
  name: string
  /** Positional arguments in cac syntax, e.g. `<action>`. */
  args?: string
  /** One-line description. */
  description: string
  /** Options besides the global ones (`db_path`, `table_name`, `json`). */
  options: OptionName[]
  /** Example invocations (without the leading `$ `). */
  examples: string[]
  /** Loads and runs the implementation. */
  run: (ctx: CommandContext) => Promise<CommandOutput>
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: OptionName[] = [
  'db_path',
  'storage_option',
  'table_name',
  'audit_log',
  'json',
]

/** The embedder choice, for commands that embed. */
const EMBEDDER: OptionName[] = [
  'embedder',
  'embedding_url',
  'embedding_model',
  'embedding_api_key_env',
]

/** Every command of `vcf-agent`. */
export const COMMANDS: CommandSpec[] = [
  {
    name: 'ingest-vcf',
    args: '[vcf_file]',
    description:
      'Stream a VCF (.vcf, gzip or BGZF; a file, or - for standard input) into the table: one row per ALT allele, with embeddings',
    options: ['vcf_file', ...OPS.ingest, 'quiet', ...EMBEDDER],
    examples: [
      'vcf-agent ingest-vcf --vcf-file ../shared/vcf-bench/macarthur-clinvar__clinvar.vcf.gz --tag clinvar-2017-04',
      'vcf-agent ingest-vcf clinvar_2024-06.vcf.gz --update_changed --tag clinvar-2024-06',
      'vcf-agent ingest-vcf calls.vcf.gz --validate-only --json',
      'bcftools view -r 17 clinvar.vcf.gz | vcf-agent ingest-vcf - --db_path ./lancedb',
    ],
    run: async (ctx) => (await import('./commands/ingest.js')).ingest(ctx),
  },
  {
    name: 'init-lancedb',
    description: 'Create the variant table (idempotent: reports an existing one)',
    options: ['dim', ...EMBEDDER],
    examples: ['vcf-agent init-lancedb --db_path ./lancedb --dim 1024'],
    run: async (ctx) => (await import('./commands/store-commands.js')).initLancedb(ctx),
  },
  {
    name: 'add-variant',
    description: 'Add one variant with a given embedding, or one computed by the built-in embedder',
    options: [...OPS.add, ...EMBEDDER],
    examples: [
      'vcf-agent add-variant --variant 17:43045712:T:C --clinical_significance Pathogenic',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).addVariant(ctx),
  },
  {
    name: 'search-embedding',
    description:
      'Nearest variants to an embedding, a variant (chrom:pos:ref:alt) or a stored variant id',
    options: [...OPS.search, ...EMBEDDER],
    examples: [
      'vcf-agent search-embedding --variant 17:41276045:ACT:A --limit 5 --filter_sql "chrom = \'17\'"',
      'vcf-agent search-embedding --like 17-41276045-ACT-A --json',
      'vcf-agent search-embedding --variant 17:41197701:G:C --text "breast cancer" --json',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).searchEmbedding(ctx),
  },
  {
    name: 'search-text',
    description:
      'Full-text search over annotations (conditions, HGVS, genes, consequences, rsIDs), BM25-ranked',
    options: [...OPS.search_text],
    examples: [
      'vcf-agent search-text --query \'"hereditary breast and ovarian cancer"\' --gene BRCA1 --limit 5',
      'vcf-agent search-text --query "NM_007294.4:c.5266dupC" --json',
      'vcf-agent search-text --query "missense -benign" --region 17:41196312-41277500',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).searchText(ctx),
  },
  {
    name: 'update-variant',
    description: 'Update columns of one variant',
    options: [...OPS.update],
    examples: [
      'vcf-agent update-variant --variant_id 1-100-A-G --updates \'{"clinical_significance": "Benign"}\'',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).updateVariant(ctx),
  },
  {
    name: 'delete-variants',
    description: 'Delete the variants matching a filter (a filter matching every row needs --all)',
    options: [...OPS.delete],
    examples: ['vcf-agent delete-variants --filter_sql "clinical_significance = \'Benign\'"'],
    run: async (ctx) => (await import('./commands/store-commands.js')).deleteVariants(ctx),
  },
  {
    name: 'create-lancedb-index',
    description:
      'Create a scalar (BTREE, BITMAP, LABEL_LIST), vector (IVF_PQ, IVF_FLAT) or full-text (FTS) index',
    options: [...OPS.index],
    examples: [
      'vcf-agent create-lancedb-index --genomic',
      'vcf-agent create-lancedb-index --column het_samples --index_type LABEL_LIST',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).createIndex(ctx),
  },
  {
    name: 'filter-lancedb',
    description: 'Variants matching a SQL filter',
    options: [...OPS.filter],
    examples: [
      'vcf-agent filter-lancedb --region 17:41196312-41277500 --select_columns variant_id,gene,clinical_significance',
      'vcf-agent filter-lancedb --regions-file targets.bed --samples NA12878 --limit 100',
      'vcf-agent filter-lancedb --filter_sql "chrom = \'17\' AND pos > 41000000" --select_columns variant_id,chrom,pos',
      'vcf-agent filter-lancedb --gene BRCA1 --as_of clinvar-2017-04',
    ],
    run: async (ctx) => (await import('./commands/store-commands.js')).filterLancedb(ctx),
  },
  {
    name: 'export-vcf',
    description:
      'Write the selected variants as a VCF (sorted by CHROM and POS) that bcftools reads',
    options: [...OPS.export, 'output'],
    examples: [
      'vcf-agent export-vcf --filter_sql "gene = \'BRCA1\'" --output brca1.vcf',
      'vcf-agent export-vcf | bcftools view -H | head',
    ],
    run: async (ctx) => (await import('./commands/extra-commands.js')).exportVcfCommand(ctx),
  },
  {
    name: 'stats',
    description:
      'Row count, counts by CHROM, variant class and clinical significance, version, indexes, size on disk',
    options: [...OPS.stats],
    examples: ['vcf-agent stats', 'vcf-agent stats --json'],
    run: async (ctx) => (await import('./commands/extra-commands.js')).statsCommand(ctx),
  },
  {
    name: 'migrate',
    description:
      "Add vcf-agent's newer columns to a table written by the original Python tool (in place, idempotent)",
    options: [...OPS.migrate],
    examples: [
      'vcf-agent migrate --db_path ./lancedb --table_name variants --dry-run',
      'vcf-agent migrate --db_path ./lancedb',
    ],
    run: async (ctx) => (await import('./commands/extra-commands.js')).migrateCommand(ctx),
  },
  {
    name: 'versions',
    description:
      'List the table versions with time, operation (from the audit log), row count and tags',
    options: [...OPS.versions],
    examples: ['vcf-agent versions', 'vcf-agent versions --json'],
    run: async (ctx) => (await import('./commands/version-commands.js')).versionsCommand(ctx),
  },
  {
    name: 'tag',
    args: '<action> [name]',
    description:
      'tag create NAME [--version V]: name a version (default the latest); tag list; tag delete NAME',
    options: ['version'],
    examples: [
      'vcf-agent tag create clinvar-2024-06',
      'vcf-agent tag create first-load --version 3',
      'vcf-agent tag list --json',
      'vcf-agent tag delete first-load',
    ],
    run: async (ctx) => (await import('./commands/version-commands.js')).tagCommand(ctx),
  },
  {
    name: 'restore',
    args: '[version]',
    description:
      'Make a new latest version equal to an older version or tag (asks on a terminal; --yes otherwise)',
    options: [...OPS.restore],
    examples: ['vcf-agent restore clinvar-2017-04', 'vcf-agent restore 12 --yes --json'],
    run: async (ctx) => (await import('./commands/version-commands.js')).restoreCommand(ctx),
  },
  {
    name: 'diff',
    args: '[from] [to]',
    description:
      'The variant ids added, removed and changed (with the changed columns) between two versions or tags',
    options: [...OPS.diff],
    examples: [
      'vcf-agent diff clinvar-2017-04 clinvar-2024-06',
      'vcf-agent diff 3 --json --max_ids 0',
    ],
    run: async (ctx) => (await import('./commands/version-commands.js')).diffCommand(ctx),
  },
  {
    name: 'optimize',
    description:
      'Compact the table, update its indexes, remove versions older than the retention period (never tagged ones)',
    options: [...OPS.optimize],
    examples: ['vcf-agent optimize', 'vcf-agent optimize --retention_days 1 --json'],
    run: async (ctx) => (await import('./commands/version-commands.js')).optimizeCommand(ctx),
  },
  {
    name: 'audit',
    args: '<action>',
    description:
      'audit verify: check the audit log hash chain; reports the first altered, removed or reordered line',
    options: [],
    examples: [
      'vcf-agent audit verify --db_path ./lancedb',
      'vcf-agent audit verify --audit_log /var/log/vcf-agent/audit.log.jsonl --json',
    ],
    run: async (ctx) => {
      if (ctx.args[0] !== 'verify') {
        const { UsageError } = await import('@vcf-agent/core')
        throw new UsageError(
          'USAGE_INVALID_ARGUMENT',
          `Unknown audit action ${JSON.stringify(ctx.args[0])}; use: vcf-agent audit verify.`,
        )
      }
      return (await import('./commands/audit.js')).auditVerify(ctx)
    },
  },
]
