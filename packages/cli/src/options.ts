/**
 * Every CLI option, defined once as data. Read and write options come from core's {@link REQUEST_OPTIONS} (the
 * same table the server's request schemas are made from); this file adds only what is the CLI's own — where the
 * database is, output, and the embedder choice. The docs are generated from this table.
 *
 * @module
 */
import { REQUEST_OPTIONS } from '@vcf-agent/core'

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

/** Options only the CLI has (the server takes the same settings as its own flags). */
const CLI_OPTIONS = {
  db_path: {
    name: 'db_path',
    value: '<path>',
    description:
      'LanceDB folder, or object storage: s3://bucket/prefix or s3+ddb://bucket/prefix?ddbTableName=TABLE (AWS_* environment)',
    default: './lancedb',
  },
  storage_option: {
    name: 'storage_option',
    value: '<key=value>',
    description:
      'LanceDB storage option for an s3:// or s3+ddb:// db_path, repeatable; overrides the AWS_* environment (e.g. aws_region=eu-west-1)',
  },
  table_name: {
    name: 'table_name',
    value: '<name>',
    description: 'Table name',
    default: 'variants',
  },
  json: { name: 'json', description: 'Print one JSON document (NDJSON for row streams) on stdout' },
  embedder: {
    name: 'embedder',
    value: '<builtin|openai>',
    description: 'Embedding provider (env VCF_AGENT_EMBEDDER)',
    default: 'builtin',
  },
  embedding_url: {
    name: 'embedding_url',
    value: '<url>',
    description:
      'OpenAI-compatible API base URL, e.g. http://127.0.0.1:8000/v1 (env VCF_AGENT_EMBEDDING_URL)',
  },
  embedding_model: {
    name: 'embedding_model',
    value: '<name>',
    description: 'Embedding model name (env VCF_AGENT_EMBEDDING_MODEL)',
  },
  embedding_api_key_env: {
    name: 'embedding_api_key_env',
    value: '<VAR>',
    description: 'Environment variable holding the API key',
    default: 'VCF_AGENT_EMBEDDING_API_KEY',
  },
  audit_log: {
    name: 'audit_log',
    value: '<path>',
    description:
      'Audit log file (default <db_path>/audit.log.jsonl; for object storage a local file per host, see the Scaling out guide)',
  },
  vcf_file: {
    name: 'vcf_file',
    value: '<path>',
    description: 'VCF file (.vcf, .vcf.gz, BGZF), or - for standard input; also the first argument',
  },
  quiet: { name: 'quiet', description: 'No progress on stderr (warnings and errors still show)' },
  output: { name: 'output', value: '<file>', description: 'Write to this file instead of stdout' },
} as const satisfies Record<string, OptionSpec>

/** All options, by canonical name: the CLI's own plus every request option of core. */
export const OPTIONS = { ...REQUEST_OPTIONS, ...CLI_OPTIONS } as const satisfies Record<
  string,
  OptionSpec
>

/** Canonical option name. */
export type OptionName = keyof typeof OPTIONS

/**
 * cac flag text for an option: `--db_path, --db-path <path>`.
 *
 * @param spec - the option
 * @returns the flag text
 * @example
 * ```ts
 * flagsOf(OPTIONS.db_path) // '--db_path, --db-path <path>'
 * ```
 */
export function flagsOf(spec: OptionSpec): string {
  const kebab = spec.name.replace(/_/g, '-')
  const names = kebab === spec.name ? `--${spec.name}` : `--${spec.name}, --${kebab}`
  return spec.value ? `${names} ${spec.value}` : names
}

/**
 * Reads an option from cac's parsed object (given as snake_case or kebab-case), without defaults.
 *
 * @param parsed - cac's options object
 * @param name - canonical name
 * @returns the raw value, or undefined
 * @example
 * ```ts
 * rawOption({ dbPath: './db' }, 'db_path') // './db'
 * ```
 */
export function rawOption(parsed: Record<string, unknown>, name: OptionName): unknown {
  const camel = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  return parsed[camel] ?? parsed[name]
}

/**
 * Reads an option, falling back to its default.
 *
 * @param parsed - cac's options object
 * @param name - canonical name
 * @returns the value or the option's default
 * @example
 * ```ts
 * readOption({}, 'table_name') // 'variants'
 * ```
 */
export function readOption(parsed: Record<string, unknown>, name: OptionName): unknown {
  return rawOption(parsed, name) ?? (OPTIONS[name] as OptionSpec).default
}
