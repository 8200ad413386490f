import { userInfo } from 'node:os'
import { type EmbeddingProvider, type FeatureEmbedder, UsageError, createFeatureEmbedder, createOpenAIEmbedder, genomicFilter, openStore, parseRegions, readBedFile, type Region, type VariantStore } from '@vcf-agent/core'
import { type OptionName, readOption } from '../options.js'

/** What a command implementation gets. */
export interface CommandContext {
  /** Reads an option (snake or kebab spelling), with its default. */
  opt(name: OptionName): unknown
  /** Whether `--json` was given. */
  json: boolean
  /** Human-facing stream (logs, warnings, progress). */
  stderr: NodeJS.WriteStream
  /** Positional arguments of the command. */
  args: string[]
}

/** Who is acting, for the audit log: VCF_AGENT_ACTOR, else `cli:<OS user>`. */
export function actor(): string {
  if (process.env.VCF_AGENT_ACTOR) return process.env.VCF_AGENT_ACTOR
  try {
    return `cli:${userInfo().username}`
  } catch {
    return 'cli'
  }
}

/** Builds a context from cac's parsed options. */
export function makeContext(parsed: Record<string, unknown>, stderr: NodeJS.WriteStream, args: string[] = []): CommandContext {
  return { opt: (name) => readOption(parsed, name), json: Boolean(parsed.json), stderr, args }
}

/** A string option, required. */
export function requireString(ctx: CommandContext, name: OptionName): string {
  const v = ctx.opt(name)
  if (v === undefined || v === null || v === '' || v === true) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `--${name} is required.`, { details: { option: name } })
  }
  return String(v)
}

/** An optional string option. */
export function optionalString(ctx: CommandContext, name: OptionName): string | undefined {
  const v = ctx.opt(name)
  return v === undefined || v === null || v === '' ? undefined : String(v)
}

/** A positive integer option. */
export function intOption(ctx: CommandContext, name: OptionName): number | undefined {
  const v = ctx.opt(name)
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `--${name} must be a positive integer (got ${JSON.stringify(String(v))}).`)
  }
  return n
}

/** A comma-separated list option. */
export function listOption(ctx: CommandContext, name: OptionName): string[] | undefined {
  const v = optionalString(ctx, name)
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean)
}

/** Parses `--embedding 0.1,0.2,…`. */
export function parseEmbedding(text: string): number[] {
  const parts = text.split(',').map((s) => s.trim())
  const nums = parts.map(Number)
  const bad = nums.findIndex((n, i) => parts[i] === '' || !Number.isFinite(n))
  if (bad !== -1) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', `--embedding element ${bad} is not a number; give comma-separated floats.`)
  }
  return nums
}

/** Opens the store named by --db_path/--table_name. */
export function storeFrom(ctx: CommandContext, options: { create?: boolean; dim?: number } = {}): Promise<VariantStore> {
  return openStore(String(ctx.opt('db_path')), {
    tableName: String(ctx.opt('table_name')),
    actor: actor(),
    onWarning: (m: string) => ctx.stderr.write(`warning: ${m}\n`),
    ...(optionalString(ctx, 'audit_log') ? { audit: optionalString(ctx, 'audit_log') } : {}),
    create: options.create ?? false,
    ...(options.dim === undefined ? {} : { dim: options.dim }),
  })
}

/** All values of a repeatable option (cac gives an array when it is repeated). */
function allValues(ctx: CommandContext, name: OptionName): string[] {
  const v = ctx.opt(name)
  if (v === undefined || v === null || v === true) return []
  return (Array.isArray(v) ? v : [v]).map(String)
}

/**
 * The SQL filter of a command: --filter_sql combined (AND) with --region, --regions_file, --samples and --gene.
 * Regions are resolved against the table's contig names.
 */
export async function queryFilter(ctx: CommandContext, store: VariantStore): Promise<string | undefined> {
  const regionTexts = allValues(ctx, 'region')
  const bed = optionalString(ctx, 'regions_file')
  let regions: Region[] = []
  if (regionTexts.some((t) => t.trim() === '')) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', '--region must not be empty; use CHR, CHR:POS or CHR:BEG-END.')
  }
  if (regionTexts.length > 0) regions = parseRegions(regionTexts, await store.contigs())
  if (bed) regions = regions.concat(await readBedFile(bed))
  if ((regionTexts.length > 0 || bed) && regions.length === 0) return 'false'
  return genomicFilter({
    regions,
    hasRlen: store.columns.includes('rlen'),
    samples: allValues(ctx, 'samples').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    genes: allValues(ctx, 'gene').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    ...(optionalString(ctx, 'filter_sql') ? { filter: optionalString(ctx, 'filter_sql') } : {}),
  })
}

/**
 * The embedding provider chosen by --embedder (or VCF_AGENT_EMBEDDER): the built-in feature embedder, or an
 * OpenAI-compatible HTTP API (--embedding_url / VCF_AGENT_EMBEDDING_URL, --embedding_model /
 * VCF_AGENT_EMBEDDING_MODEL, key from the variable named by --embedding_api_key_env).
 */
export function embedderFrom(ctx: CommandContext, dim: number): { provider: EmbeddingProvider; builtin?: FeatureEmbedder } {
  const kind = String(optionalString(ctx, 'embedder') ?? process.env.VCF_AGENT_EMBEDDER ?? 'builtin')
  if (kind === 'builtin') {
    const builtin = createFeatureEmbedder(dim)
    return { provider: builtin, builtin }
  }
  if (kind !== 'openai') throw new UsageError('USAGE_INVALID_ARGUMENT', `--embedder must be builtin or openai (got ${JSON.stringify(kind)}).`)
  const url = optionalString(ctx, 'embedding_url') ?? process.env.VCF_AGENT_EMBEDDING_URL
  const model = optionalString(ctx, 'embedding_model') ?? process.env.VCF_AGENT_EMBEDDING_MODEL
  if (!url || !model) {
    throw new UsageError('USAGE_INVALID_ARGUMENT', '--embedder openai needs --embedding_url and --embedding_model (or VCF_AGENT_EMBEDDING_URL / VCF_AGENT_EMBEDDING_MODEL).')
  }
  return { provider: createOpenAIEmbedder({ url, model, dim, apiKeyEnv: String(ctx.opt('embedding_api_key_env')) }) }
}
