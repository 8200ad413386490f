/**
 * What every command gets: its parsed options, the request of its operation (checked by core), and the store.
 *
 * @module
 */
import { userInfo } from 'node:os'
import {
  type EmbeddingProvider,
  OPERATION_OPTIONS,
  type Operation,
  type RequestOf,
  UsageError,
  type VariantStore,
  chooseEmbedder,
  openStore,
  parseRequest,
  parseStorageOptions,
} from '@vcf-agent/core'
import { type OptionName, rawOption, readOption } from '../options.js'

/** What a command implementation gets. */
export interface CommandContext {
  /** Reads an option (snake or kebab spelling), with its default. */
  opt(name: OptionName): unknown
  /**
   * The typed request of an operation, from the flags (core checks names, types and values); `positional` gives
   * options that may also come as positional arguments (e.g. `restore 3` for `--version 3`).
   */
  request<O extends Operation>(
    operation: O,
    positional?: Partial<Record<string, string | undefined>>,
  ): RequestOf<O>
  /** Whether `--json` was given. */
  json: boolean
  /** Human-facing stream (logs, warnings, progress). */
  stderr: NodeJS.WriteStream
  /** Positional arguments of the command. */
  args: string[]
}

/**
 * Who is acting, for the audit log: VCF_AGENT_ACTOR, else `cli:<OS user>`.
 *
 * @returns the actor name
 * @example
 * ```ts
 * actor() // 'cli:alice'
 * ```
 */
export function actor(): string {
  if (process.env.VCF_AGENT_ACTOR) return process.env.VCF_AGENT_ACTOR
  try {
    return `cli:${userInfo().username}`
  } catch {
    return 'cli'
  }
}

/**
 * Builds a context from cac's parsed options.
 *
 * @param parsed - cac's options object
 * @param stderr - where humans read
 * @param args - positional arguments
 * @returns the context
 * @example
 * ```ts
 * makeContext({ dbPath: './db' }, process.stderr)
 * ```
 */
export function makeContext(
  parsed: Record<string, unknown>,
  stderr: NodeJS.WriteStream,
  args: string[] = [],
): CommandContext {
  return {
    opt: (name) => readOption(parsed, name),
    request: (operation, positional = {}) => {
      const raw: Record<string, unknown> = {}
      for (const name of OPERATION_OPTIONS[operation]) raw[name] = rawOption(parsed, name)
      for (const [name, value] of Object.entries(positional)) {
        if (value === undefined) continue
        const flag = raw[name]
        if (flag !== undefined && (typeof flag === 'object' || `${flag as string}` !== value)) {
          throw new UsageError(
            'USAGE_INVALID_ARGUMENT',
            `Give ${name} once: as the argument ${JSON.stringify(value)} or as --${name}, not both.`,
            { details: { option: name } },
          )
        }
        raw[name] = value
      }
      return parseRequest(operation, raw, 'text')
    },
    json: Boolean(parsed.json),
    stderr,
    args,
  }
}

/**
 * An optional string option.
 *
 * @param ctx - the context
 * @param name - option name
 * @returns the value, or undefined when absent or empty
 * @example
 * ```ts
 * optionalString(ctx, 'output')
 * ```
 */
export function optionalString(ctx: CommandContext, name: OptionName): string | undefined {
  const v = ctx.opt(name)
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- cac gives strings, numbers or arrays (a repeated flag); String() is the conversion meant
  return v == null || v === '' || v === true ? undefined : String(v)
}

/**
 * The embedding provider named by --embedder (or VCF_AGENT_EMBEDDER) and its options, at `dim`.
 *
 * @param ctx - the context
 * @param dim - the table's dim
 * @param tableEmbedder - the embedder name the table records, if any (the built-in embedder keeps its design)
 * @returns the provider
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
 * @example
 * ```ts
 * embedderFrom(ctx, 1024).name // 'features-v2'
 * ```
 */
export function embedderFrom(
  ctx: CommandContext,
  dim: number,
  tableEmbedder?: string,
): EmbeddingProvider {
  return chooseEmbedder(
    {
      embedder: optionalString(ctx, 'embedder'),
      embedding_url: optionalString(ctx, 'embedding_url'),
      embedding_model: optionalString(ctx, 'embedding_model'),
      embedding_api_key_env: optionalString(ctx, 'embedding_api_key_env'),
    },
    dim,
    process.env,
    tableEmbedder,
  )
}

/**
 * Opens the store named by --db_path/--table_name, with the embedder of --embedder.
 *
 * @param ctx - the context
 * @param options - `create` (default false) and `dim` of a new table
 * @returns the store
 * @throws {StoreError} `STORE_TABLE_NOT_FOUND`
 * @example
 * ```ts
 * const store = await storeFrom(ctx)
 * ```
 */
export function storeFrom(
  ctx: CommandContext,
  options: { create?: boolean; dim?: number | undefined } = {},
): Promise<VariantStore> {
  return openStore(String(ctx.opt('db_path')), {
    tableName: String(ctx.opt('table_name')),
    storageOptions: storageOptionsFrom(ctx),
    actor: actor(),
    onWarning: (m: string) => ctx.stderr.write(`warning: ${m}\n`),
    ...(optionalString(ctx, 'audit_log') ? { audit: optionalString(ctx, 'audit_log') } : {}),
    create: options.create ?? false,
    ...(options.dim === undefined ? {} : { dim: options.dim }),
    embedder: (dim: number, tableEmbedder: string | undefined) =>
      embedderFrom(ctx, dim, tableEmbedder),
  })
}

/**
 * The storage options of `--storage_option key=value` (repeatable), for an object-storage `--db_path`.
 *
 * @param ctx - the context
 * @returns the options (empty when none are given)
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an entry without `=`
 * @example
 * ```ts
 * storageOptionsFrom(ctx) // { aws_region: 'eu-west-1' } for --storage-option aws_region=eu-west-1
 * ```
 */
export function storageOptionsFrom(ctx: CommandContext): Record<string, string> {
  const v = ctx.opt('storage_option')
  if (v == null || v === '' || v === true) return {}
  return parseStorageOptions((Array.isArray(v) ? v : [v]).map((x) => String(x)))
}

/**
 * Fails with a usage error when a required option is missing.
 *
 * @param value - the option's value
 * @param name - option name
 * @returns the value
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT`
 * @example
 * ```ts
 * const file = required(optionalString(ctx, 'vcf_file'), 'vcf_file')
 * ```
 */
export function required<T>(value: T | undefined, name: string): T {
  if (value === undefined)
    throw new UsageError('USAGE_INVALID_ARGUMENT', `--${name} is required.`, {
      details: { option: name },
    })
  return value
}
