/**
 * API tokens: the config format, loading from a file or `VCF_AGENT_TOKENS`, and constant-time verification.
 * Only SHA-256 hashes of tokens are ever configured or kept in memory.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { ConfigError } from '../errors/errors.js'

/**
 * A token scope. Scopes are ordered: `admin` implies `write`, and `write` implies `read`.
 *
 * - `read`: list tables, get, search, filter, stats, list indexes, the OpenAPI document;
 * - `write`: add, update, delete and ingest variants;
 * - `admin`: create tables and indexes.
 */
export type Scope = 'read' | 'write' | 'admin'

/** Scopes in increasing order of power. */
export const SCOPES: readonly Scope[] = ['read', 'write', 'admin']

const RANK: Record<Scope, number> = { read: 0, write: 1, admin: 2 }

/**
 * One configured token, as written in the tokens file or `VCF_AGENT_TOKENS`.
 *
 * @example
 * ```ts
 * const t: TokenConfig = { name: 'pipeline', sha256: hashToken('s3cret'), scopes: ['write'] }
 * ```
 */
export interface TokenConfig {
  /** Who holds the token. Recorded as the actor of every operation made with it (audit log). */
  name: string
  /** Lowercase or uppercase hex SHA-256 of the token's UTF-8 bytes (64 characters). */
  sha256: string
  /** Granted scopes; the highest one counts (see {@link Scope}). */
  scopes: Scope[]
}

/** The authenticated caller of a request. */
export interface Principal {
  /** The token's `name`, used as the audit actor. */
  name: string
  /** The token's scopes as configured. */
  scopes: readonly Scope[]
}

/** One problem of a token list: where (`0.scopes.1`, or empty for the list itself) and what is wrong. */
interface TokenIssue {
  path: string
  problem: string
}

const SHA256 = /^[0-9a-fA-F]{64}$/

/** The JSON type of a value, for messages that never echo the value itself. */
function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value == null ? String(value) : typeof value
}

/** Each field's check: the problem (`at` takes a sub-path, as `scopes.1`), or nothing when the value fits. */
const FIELD_CHECKS: Record<
  keyof TokenConfig,
  (value: unknown, at: (problem: string, sub?: string) => void) => void
> = {
  name: (v, at) => {
    if (typeof v !== 'string') at(`must be a string (got ${typeOf(v)})`)
    else if (v.length < 1 || v.length > 200)
      at(`must be 1 to 200 characters long (got ${v.length})`)
  },
  sha256: (v, at) => {
    if (typeof v !== 'string') at(`must be a string of 64 hex characters (got ${typeOf(v)})`)
    else if (!SHA256.test(v)) at('must be 64 hex characters (the SHA-256 of the token)')
  },
  scopes: (v, at) => {
    if (!Array.isArray(v)) at(`must be an array of "read", "write" or "admin" (got ${typeOf(v)})`)
    else if (v.length === 0) at('must list at least one scope')
    else {
      v.forEach((s: unknown, j) => {
        if (!(SCOPES as readonly unknown[]).includes(s))
          at('must be "read", "write" or "admin"', `${j}`)
      })
    }
  },
}

/** Pushes the problems of entry `i`: each field in order (missing ones are "required"), then unknown keys. */
function checkEntry(entry: unknown, i: number, issues: TokenIssue[]): void {
  if (typeof entry !== 'object' || entry == null || Array.isArray(entry)) {
    issues.push({
      path: `${i}`,
      problem: `must be an object { "name", "sha256", "scopes" } (got ${typeOf(entry)})`,
    })
    return
  }
  const fields = entry as Record<string, unknown>
  for (const [field, check] of Object.entries(FIELD_CHECKS)) {
    const at = (problem: string, sub?: string) =>
      issues.push({ path: `${i}.${field}${sub === undefined ? '' : `.${sub}`}`, problem })
    if (fields[field] === undefined) at('is required')
    else check(fields[field], at)
  }
  const unknown = Object.keys(fields).filter((k) => !Object.hasOwn(FIELD_CHECKS, k))
  if (unknown.length > 0) {
    issues.push({
      path: `${i}`,
      problem: `has unknown ${unknown.length > 1 ? 'keys' : 'key'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}`,
    })
  }
}

/**
 * Hex SHA-256 of a token, the form the tokens file stores. The shell equivalent is
 * `printf %s "$TOKEN" | sha256sum`.
 *
 * @param token - the secret token
 * @returns 64 lowercase hex characters
 * @example
 * ```ts
 * hashToken('s3cret') // '1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0'
 * ```
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * Validates a parsed token list, collecting every problem.
 *
 * @param value - the parsed JSON
 * @param source - where it came from, for the message (a file path or `VCF_AGENT_TOKENS`)
 * @returns the tokens
 * @throws {VcfAgentError} `CONFIG_INVALID` with `details.issues` (path and problem of each; never the values)
 * @example
 * ```ts
 * parseTokens([{ name: 'ci', sha256: hashToken('t'), scopes: ['read'] }], 'inline')
 * ```
 */
export function parseTokens(value: unknown, source: string): TokenConfig[] {
  const issues: TokenIssue[] = []
  if (!Array.isArray(value))
    issues.push({ path: '', problem: `must be a JSON array of tokens (got ${typeOf(value)})` })
  else if (value.length === 0) issues.push({ path: '', problem: 'at least one token is needed' })
  else value.forEach((entry: unknown, i) => checkEntry(entry, i, issues))
  const tokens = issues.length === 0 ? (value as TokenConfig[]) : []
  const seen = new Map<string, number>()
  tokens.forEach((t, i) => {
    const hash = t.sha256.toLowerCase()
    const first = seen.get(hash)
    if (first !== undefined)
      issues.push({ path: `${i}.sha256`, problem: `same hash as token ${first}` })
    else seen.set(hash, i)
  })
  if (issues.length > 0) {
    const first = issues[0]!
    throw new ConfigError(
      'CONFIG_INVALID',
      `Invalid token list in ${source}: ${first.path || '(root)'} ${first.problem}` +
        `${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}. ` +
        'Expected [{ "name": "pipeline", "sha256": "<hex sha256 of the token>", "scopes": ["read", "write"] }].',
      { details: { source, issues } },
    )
  }
  return tokens.map((t) => ({
    name: t.name,
    sha256: t.sha256.toLowerCase(),
    scopes: [...t.scopes],
  }))
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `The token list in ${source} is not valid JSON (${(err as Error).message}).`,
      {
        cause: err,
        details: { source },
      },
    )
  }
}

/** Options of {@link loadTokens}. */
export interface LoadTokensOptions {
  /** Path of a JSON tokens file. Takes precedence over the environment. */
  tokensFile?: string | undefined
  /** Environment to read `VCF_AGENT_TOKENS` from. The default is `process.env`. */
  env?: NodeJS.ProcessEnv | undefined
}

/**
 * Loads the token list from `tokensFile` or, when none is given, from the `VCF_AGENT_TOKENS` environment
 * variable (the same JSON). Refuses to return an empty configuration, so a server never starts without auth.
 *
 * @param options - file path and environment
 * @returns the validated tokens
 * @throws {VcfAgentError} `CONFIG_INVALID` when neither source is set, the file cannot be read, or the JSON is
 *   invalid
 * @example
 * ```ts
 * const tokens = await loadTokens({ tokensFile: 'tokens.json' })
 * ```
 */
export async function loadTokens(options: LoadTokensOptions = {}): Promise<TokenConfig[]> {
  if (options.tokensFile) {
    let text: string
    try {
      text = await readFile(options.tokensFile, 'utf8')
    } catch (err) {
      throw new ConfigError(
        'CONFIG_INVALID',
        `Cannot read the tokens file ${options.tokensFile}: ${(err as Error).message}.`,
        {
          cause: err,
          details: { source: options.tokensFile },
        },
      )
    }
    return parseTokens(parseJson(text, options.tokensFile), options.tokensFile)
  }
  const env = (options.env ?? process.env).VCF_AGENT_TOKENS
  if (env !== undefined && env.trim() !== '')
    return parseTokens(parseJson(env, 'VCF_AGENT_TOKENS'), 'VCF_AGENT_TOKENS')
  throw new ConfigError(
    'CONFIG_INVALID',
    'No API tokens are configured. Pass --tokens_file tokens.json or set VCF_AGENT_TOKENS to a JSON list of ' +
      '{ "name", "sha256", "scopes" } entries.',
  )
}

/**
 * Checks bearer tokens against the configured hashes. The presented token is hashed and compared with
 * `crypto.timingSafeEqual` against every configured hash (no early exit), so timing reveals nothing about which
 * token, or how much of one, matched.
 *
 * @example
 * ```ts
 * const verifier = new TokenVerifier(tokens)
 * verifier.verify('s3cret')?.name // 'pipeline'
 * ```
 */
export class TokenVerifier {
  readonly #tokens: { name: string; scopes: readonly Scope[]; hash: Buffer }[]

  /** @param tokens - the configured tokens (validate them with {@link parseTokens} first) */
  constructor(tokens: readonly TokenConfig[]) {
    this.#tokens = tokens.map((t) => ({
      name: t.name,
      scopes: [...t.scopes],
      hash: Buffer.from(t.sha256, 'hex'),
    }))
  }

  /**
   * The principal a token belongs to.
   *
   * @param token - the presented bearer token
   * @returns the principal, or undefined when the token is unknown
   */
  verify(token: string): Principal | undefined {
    const presented = createHash('sha256').update(token, 'utf8').digest()
    let match: Principal | undefined
    for (const t of this.#tokens) {
      if (
        t.hash.length === presented.length &&
        timingSafeEqual(t.hash, presented) &&
        match === undefined
      ) {
        match = { name: t.name, scopes: t.scopes }
      }
    }
    return match
  }
}

/**
 * Whether a principal may act with `required` scope (`admin` implies `write` implies `read`).
 *
 * @param principal - the caller
 * @param required - the scope the route needs
 * @returns true when one of the principal's scopes is at least `required`
 * @example
 * ```ts
 * hasScope({ name: 'ops', scopes: ['admin'] }, 'read') // true
 * ```
 */
export function hasScope(principal: Principal, required: Scope): boolean {
  return principal.scopes.some((s) => RANK[s] >= RANK[required])
}
