/**
 * Where a store lives: a local folder, or object storage (`s3://bucket/prefix`, or
 * `s3+ddb://bucket/prefix?ddbTableName=T` with a DynamoDB commit store), with the LanceDB storage options for it
 * and the local folder that holds what a writer keeps beside an object-storage table (audit log, staging files,
 * maintenance counters).
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { UsageError } from '../errors/errors.js'

/** Where a store lives, as parsed from a db path by {@link parseDbLocation}. */
export type DbLocation =
  | {
      /** A local LanceDB folder. */
      kind: 'local'
      /** Absolute path of the folder. */
      uri: string
      /** The same folder: audit log, staging files and counters live in it. */
      localDir: string
      /** Storage options for LanceDB (none for a local folder). */
      storageOptions: Record<string, string>
    }
  | {
      /** Object storage: `s3` commits with conditional PUTs (`If-None-Match`), `s3+ddb` with a DynamoDB commit store. */
      kind: 's3' | 's3+ddb'
      /** The URI as given (LanceDB's db URI). */
      uri: string
      /** Bucket name. */
      bucket: string
      /** Key prefix inside the bucket (no leading or trailing `/`); may be empty. */
      prefix: string
      /** The DynamoDB commit-store table (`s3+ddb` only). */
      ddbTable: string | undefined
      /**
       * Local folder for this writer's audit log, staging files and counters: `<state dir>/object-stores/<name>`,
       * where the state dir is `VCF_AGENT_STATE_DIR` or `~/.vcf-agent`, and `<name>` is the URI made safe plus a
       * short hash of it.
       */
      localDir: string
      /** LanceDB storage options: from the AWS environment, overridden by the explicit ones. */
      storageOptions: Record<string, string>
    }

/**
 * Whether a db path is an object-storage URI (`s3://` or `s3+ddb://`).
 *
 * @param dbPath - a db path or URI
 * @returns true for `s3://…` and `s3+ddb://…`
 */
export function isObjectStoreUri(dbPath: string): boolean {
  return /^s3(\+ddb)?:\/\//i.test(dbPath)
}

/**
 * LanceDB storage options from the standard AWS environment variables: `AWS_ENDPOINT_URL` (→ `aws_endpoint`),
 * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION` (or `AWS_DEFAULT_REGION`),
 * `AWS_ALLOW_HTTP` (→ `allow_http`, needed for an `http://` endpoint) and `AWS_ENDPOINT_URL_DYNAMODB`
 * (→ `dynamodb_endpoint`). Unset variables are left out (LanceDB then uses its own defaults and credential chain).
 *
 * @param env - the environment (default `process.env`)
 * @returns storage options, snake_case keys as LanceDB reads them
 */
export function storageOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const map: [string, string][] = [
    ['AWS_ENDPOINT_URL', 'aws_endpoint'],
    ['AWS_ACCESS_KEY_ID', 'aws_access_key_id'],
    ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key'],
    ['AWS_SESSION_TOKEN', 'aws_session_token'],
    ['AWS_DEFAULT_REGION', 'aws_region'],
    ['AWS_REGION', 'aws_region'],
    ['AWS_ALLOW_HTTP', 'allow_http'],
    ['AWS_ENDPOINT_URL_DYNAMODB', 'dynamodb_endpoint'],
  ]
  const out: Record<string, string> = {}
  for (const [name, key] of map) {
    const v = env[name]
    if (v !== undefined && v !== '') out[key] = v
  }
  return out
}

/**
 * Parses `key=value` storage options (CLI `--storage-option`, repeatable).
 *
 * @param pairs - `key=value` strings; a key may repeat (the last wins)
 * @returns the options
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an entry without `=` or with an empty key
 */
export function parseStorageOptions(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    const key = at > 0 ? pair.slice(0, at).trim() : ''
    if (key === '') {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        `Invalid storage option ${JSON.stringify(pair)}: use key=value, e.g. --storage-option aws_region=eu-west-1.`,
        { details: { option: 'storage_option', value: pair } },
      )
    }
    out[key] = pair.slice(at + 1)
  }
  return out
}

function stateDir(env: NodeJS.ProcessEnv): string {
  return resolve(env.VCF_AGENT_STATE_DIR || join(homedir(), '.vcf-agent'))
}

/**
 * Parses a db path: a local folder (made absolute) or an object-storage URI.
 *
 * @param dbPath - a folder, `s3://bucket/prefix` or `s3+ddb://bucket/prefix?ddbTableName=T`
 * @param storageOptions - explicit LanceDB storage options; they override those from the environment
 * @param env - the environment the AWS variables and `VCF_AGENT_STATE_DIR` are read from (default `process.env`)
 * @returns the location
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for an object-storage URI without a bucket, an `s3+ddb://` URI
 *   without exactly one `ddbTableName`, or another query parameter; for an empty path
 */
export function parseDbLocation(
  dbPath: string,
  storageOptions: Record<string, string> = {},
  env: NodeJS.ProcessEnv = process.env,
): DbLocation {
  if (dbPath.trim() === '') {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      'db_path is empty: give the LanceDB folder (e.g. ./lancedb) or an s3:// URI.',
      { details: { option: 'db_path' } },
    )
  }
  if (!isObjectStoreUri(dbPath)) {
    // an absolute path: LanceDB reads a relative path starting with "db" as a LanceDB Cloud URI (db://…)
    const path = resolve(dbPath)
    return { kind: 'local', uri: path, localDir: path, storageOptions: { ...storageOptions } }
  }
  const bad = (why: string) =>
    new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Invalid object-storage db path ${JSON.stringify(dbPath)}: ${why}. ` +
        'Use s3://bucket/prefix or s3+ddb://bucket/prefix?ddbTableName=TABLE.',
      { details: { option: 'db_path' } },
    )
  const kind = dbPath.toLowerCase().startsWith('s3+ddb://') ? 's3+ddb' : 's3'
  const rest = dbPath.slice(kind.length + 3)
  const q = rest.indexOf('?')
  const path = q === -1 ? rest : rest.slice(0, q)
  const query = new URLSearchParams(q === -1 ? '' : rest.slice(q + 1))
  const slash = path.indexOf('/')
  const bucket = slash === -1 ? path : path.slice(0, slash)
  const prefix = (slash === -1 ? '' : path.slice(slash + 1)).replace(/^\/+|\/+$/g, '')
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw bad(`${JSON.stringify(bucket)} is not a bucket name`)
  const params = [...query.keys()]
  const ddb = query.getAll('ddbTableName')
  if (kind === 's3+ddb' && (ddb.length !== 1 || ddb[0] === ''))
    throw bad('an s3+ddb:// URI needs exactly one ddbTableName query parameter')
  const other = params.filter((p) => p !== 'ddbTableName')
  if (other.length > 0 || (kind === 's3' && ddb.length > 0))
    throw bad(`unexpected query parameter ${[...other, ...(kind === 's3' ? ddb : [])][0]}`)
  const name = `${dbPath.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}-${createHash('sha256')
    .update(dbPath)
    .digest('hex')
    .slice(0, 12)}`
  return {
    kind,
    uri: dbPath,
    bucket,
    prefix,
    ddbTable: kind === 's3+ddb' ? ddb[0] : undefined,
    localDir: join(stateDir(env), 'object-stores', name),
    storageOptions: { ...storageOptionsFromEnv(env), ...storageOptions },
  }
}
