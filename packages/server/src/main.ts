/**
 * The `vcf-agent-server` binary: parses flags with `node:util` `parseArgs` and calls {@link startServer}.
 *
 * @module
 */
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { UsageError, formatError, parseDbLocation, parseStorageOptions } from '@vcf-agent/core'
import type { LogFunction } from './middleware.js'
import { startServer } from './serve.js'

const HELP = `vcf-agent-server: the vcf-agent HTTP API over a LanceDB folder

Usage:
  vcf-agent-server --db_path <dir> [--port 8080] [--host 127.0.0.1] [--tokens_file tokens.json]

Options:
  --db_path <dir|uri>          LanceDB folder holding the tables (required), or object storage:
                               s3://bucket/prefix or s3+ddb://bucket/prefix?ddbTableName=TABLE
                               (credentials and endpoint from AWS_* environment variables)
  --storage_option <key=value> LanceDB storage option for object storage, repeatable (e.g. aws_region=eu-west-1)
  --port <n>                   TCP port; 0 picks a free one (default 8080)
  --host <addr>                Interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --tokens_file <file>         JSON list of { "name", "sha256", "scopes" }; default: env VCF_AGENT_TOKENS
  --max_upload_bytes <n>       Largest VCF upload in bytes (default 1073741824 = 1 GiB)
  --upload_dir <dir>           Folder for temporary upload files (default: the OS temp folder)
  --shutdown_timeout_ms <n>    How long SIGTERM/SIGINT waits for in-flight requests (default 30000)
  --embedder <builtin|openai>  Embedding provider for searches by variant (env VCF_AGENT_EMBEDDER; default builtin)
  --embedding_url <url>        OpenAI-compatible API base URL (env VCF_AGENT_EMBEDDING_URL)
  --embedding_model <name>     Embedding model name (env VCF_AGENT_EMBEDDING_MODEL)
  --embedding_api_key_env <V>  Environment variable holding the API key (default VCF_AGENT_EMBEDDING_API_KEY)
  -h, --help                   Show this help
  -v, --version                Show the version

Examples:
  $ vcf-agent-server --db_path ./lancedb --port 8080 --tokens_file tokens.json
  $ VCF_AGENT_TOKENS='[{"name":"ci","sha256":"<hex>","scopes":["read"]}]' vcf-agent-server --db_path ./lancedb

Token hashes: printf %s "$TOKEN" | sha256sum

The web page is at the server's root (http://127.0.0.1:8080/ by default): sign in there with a token.
`

const STRING_FLAGS = [
  'db_path',
  'port',
  'host',
  'tokens_file',
  'max_upload_bytes',
  'upload_dir',
  'shutdown_timeout_ms',
  'embedder',
  'embedding_url',
  'embedding_model',
  'embedding_api_key_env',
] as const

/** Where {@link main} writes. */
export interface MainIo {
  /** Human-facing output: the listening URL, errors, logs. */
  stderr: { write(text: string): unknown }
  /** Help and version. */
  stdout: { write(text: string): unknown }
  /** Environment (for `VCF_AGENT_TOKENS`). */
  env: NodeJS.ProcessEnv
}

function positiveInt(
  name: string,
  value: string | undefined,
  allowZero = false,
): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < (allowZero ? 0 : 1)) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `--${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer (got ${JSON.stringify(value)}).`,
    )
  }
  return n
}

/** `--db-path` and `--db_path` are the same flag. */
function normaliseFlag(arg: string): string {
  const m = /^--([^=]+)(=.*)?$/s.exec(arg)
  return m ? `--${m[1]!.replaceAll('-', '_')}${m[2] ?? ''}` : arg
}

const atExit = new Set<() => void>()

/**
 * A {@link LogFunction} that gathers the lines of one event-loop turn and writes them in one `write`: on a busy
 * server the access log costs one write per turn, not one per request (a pipe or a terminal on stderr is
 * written synchronously). Lines still waiting when the process exits are written then.
 *
 * @param out - where the lines go (stderr)
 * @returns the log function
 * @internal
 */
export function coalescedLines(out: { write(text: string): unknown }): LogFunction {
  let pending: string[] = []
  const flush = (): void => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    out.write(text)
  }
  if (atExit.size === 0) process.once('exit', () => atExit.forEach((f) => f()))
  atExit.add(flush)
  return (line) => {
    if (pending.length === 0) setImmediate(flush)
    pending.push(`${line}\n`)
  }
}

/**
 * Runs the binary: parses `args`, starts the server, prints `listening on <url>` to stderr. The process then
 * keeps running until SIGTERM/SIGINT, which stop it gracefully with exit code 0.
 *
 * @param args - arguments after the script name
 * @param io - output streams and environment (defaults: the process's)
 * @returns the exit code to use if the process ends now: 0 once listening or after help; 2 for usage or config
 *   errors; 70 for a bug; otherwise the code core assigns (house style §5)
 * @example
 * ```ts
 * process.exitCode = await main(['--db_path', './lancedb', '--port', '0'])
 * ```
 */
export async function main(
  args: string[],
  io: MainIo = { stderr: process.stderr, stdout: process.stdout, env: process.env },
): Promise<number> {
  // Files the server creates (LanceDB data, audit log, uploads) are private: umask 077, or VCF_AGENT_UMASK (octal).
  process.umask(io.env.VCF_AGENT_UMASK ? Number.parseInt(io.env.VCF_AGENT_UMASK, 8) : 0o077)
  try {
    const { values } = parseArgs({
      args: args.map(normaliseFlag),
      strict: true,
      allowPositionals: false,
      options: {
        ...(Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' }])) as Record<
          (typeof STRING_FLAGS)[number],
          { type: 'string' }
        >),
        storage_option: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
    if (values.help) {
      io.stdout.write(HELP)
      return 0
    }
    if (values.version) {
      const pkg = createRequire(import.meta.url)('../package.json') as { version: string }
      io.stdout.write(`${pkg.version}\n`)
      return 0
    }
    if (!values.db_path)
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        '--db_path is required. Run vcf-agent-server --help.',
      )
    // a malformed object-storage URI is refused now, not on the first request
    parseDbLocation(values.db_path)
    const port = positiveInt('port', values.port, true)
    if (port !== undefined && port > 65535)
      throw new UsageError('USAGE_INVALID_ARGUMENT', '--port must be at most 65535.')
    const maxUploadBytes = positiveInt('max_upload_bytes', values.max_upload_bytes)
    const shutdownTimeoutMs = positiveInt('shutdown_timeout_ms', values.shutdown_timeout_ms)
    const server = await startServer({
      dbPath: values.db_path,
      ...(values.storage_option
        ? { storageOptions: parseStorageOptions(values.storage_option) }
        : {}),
      env: io.env,
      logger: coalescedLines(io.stderr),
      ...(port === undefined ? {} : { port }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values.tokens_file === undefined ? {} : { tokensFile: values.tokens_file }),
      ...(maxUploadBytes === undefined ? {} : { maxUploadBytes }),
      ...(values.upload_dir === undefined ? {} : { uploadDir: values.upload_dir }),
      ...(shutdownTimeoutMs === undefined ? {} : { shutdownTimeoutMs }),
      embedder: {
        embedder: values.embedder,
        embedding_url: values.embedding_url,
        embedding_model: values.embedding_model,
        embedding_api_key_env: values.embedding_api_key_env,
      },
    })
    io.stderr.write(`vcf-agent-server listening on ${server.url} (web page: ${server.url}/)\n`)
    return 0
  } catch (err) {
    // the same formatter as the CLI: `error[CODE]: message`, the code's exit status, a hint for bugs
    const parseError = (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    const f = parseError
      ? formatError(
          new UsageError(
            'USAGE_INVALID_ARGUMENT',
            `${(err as Error).message}. Run vcf-agent-server --help.`,
          ),
        )
      : formatError(err)
    io.stderr.write(`error[${f.code}]: ${f.message}\n`)
    if (!f.known) io.stderr.write(`${(err as Error).stack ?? String(err)}\n`)
    if (f.hint) io.stderr.write(`${f.hint}\n`)
    return f.exitCode
  }
}
