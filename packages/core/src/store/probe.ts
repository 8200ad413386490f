/**
 * The conditional-PUT probe of a plain `s3://` store: LanceDB commits a version there with
 * `PUT … If-None-Match: *`, and a store that ignores the header lets two concurrent commits of the same version
 * both "succeed" — one is silently lost. Before the first write, PUT a probe key twice with the header and expect
 * the second to be refused (412).
 *
 * @internal
 * @module
 */
import { randomUUID } from 'node:crypto'
import { AwsClient } from 'aws4fetch'
import { StoreError } from '../errors/errors.js'
import type { DbLocation } from './location.js'

/** Probe results per URI and endpoint, for the life of the process (the answer does not change). */
const probed = new Map<string, Promise<void>>()

type ObjectLocation = Extract<DbLocation, { kind: 's3' | 's3+ddb' }>

function unsafe(loc: ObjectLocation, why: string, details: Record<string, unknown>): StoreError {
  return new StoreError(
    'STORE_UNSAFE_OBJECT_STORE',
    `Refusing to write to ${loc.uri}: ${why} Concurrent commits would be silently lost. ` +
      'Use an object store that honours If-None-Match on PUT (AWS S3, MinIO, Cloudflare R2, or `pnpm s3:local`), ' +
      `or a DynamoDB commit store: s3+ddb://${loc.bucket}/${loc.prefix}?ddbTableName=TABLE (a table with keys ` +
      'base_uri S HASH and version N RANGE; AWS_ENDPOINT_URL_DYNAMODB for a non-AWS endpoint).',
    { details: { uri: loc.uri, ...details } },
  )
}

/**
 * Checks once per process that a plain `s3://` store honours `If-None-Match: *` (an `s3+ddb://` store commits
 * through DynamoDB and is not probed). The probe key is `<prefix>/.vcf-agent-probe/<uuid>`, deleted afterwards.
 *
 * @param loc - the object-storage location with its storage options (endpoint, credentials, region)
 * @throws {StoreError} `STORE_UNSAFE_OBJECT_STORE` when the second PUT is not refused with 412, when the store
 *   cannot be reached or refuses the probe, or when no access key is configured to sign the probe with
 * @internal
 */
export function ensureConditionalPut(loc: ObjectLocation): Promise<void> {
  if (loc.kind === 's3+ddb') return Promise.resolve()
  const o = loc.storageOptions
  const endpoint = (o.aws_endpoint ?? o.endpoint ?? '').replace(/\/+$/, '')
  const key = `${loc.uri}\n${endpoint}`
  let p = probed.get(key)
  if (!p) {
    p = probe(loc, endpoint)
    probed.set(key, p)
    p.catch(() => probed.delete(key))
  }
  return p
}

async function probe(loc: ObjectLocation, endpoint: string): Promise<void> {
  const o = loc.storageOptions
  const accessKeyId = o.aws_access_key_id ?? o.access_key_id
  const secretAccessKey = o.aws_secret_access_key ?? o.secret_access_key
  const region = o.aws_region ?? o.region ?? 'us-east-1'
  if (!accessKeyId || !secretAccessKey) {
    throw unsafe(
      loc,
      'cannot check that the store honours If-None-Match without an access key (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or --storage-option aws_access_key_id=… and aws_secret_access_key=…).',
      { reason: 'no_credentials' },
    )
  }
  const client = new AwsClient({
    accessKeyId,
    secretAccessKey,
    sessionToken: o.aws_session_token ?? o.session_token,
    region,
    service: 's3',
  })
  const objectKey = [loc.prefix, '.vcf-agent-probe', randomUUID()].filter(Boolean).join('/')
  const url = endpoint
    ? `${endpoint}/${loc.bucket}/${objectKey}`
    : `https://${loc.bucket}.s3.${region}.amazonaws.com/${objectKey}`
  const put = async (): Promise<number> => {
    const res = await client.fetch(url, {
      method: 'PUT',
      headers: { 'if-none-match': '*', 'content-type': 'application/octet-stream' },
      body: 'probe',
    })
    await res.arrayBuffer().catch(() => undefined)
    return res.status
  }
  let first: number
  let second: number
  try {
    first = await put()
    second = first >= 200 && first < 300 ? await put() : 0
  } catch (err) {
    throw unsafe(
      loc,
      `the conditional-PUT probe could not reach ${url.replace(/\/[^/]*$/, '/…')} (${(err as Error).message}).`,
      { reason: 'unreachable' },
    )
  } finally {
    await client
      .fetch(url, { method: 'DELETE' })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined)
  }
  if (first < 200 || first >= 300)
    throw unsafe(loc, `the conditional-PUT probe was refused with HTTP ${first}.`, {
      reason: 'probe_refused',
      status: first,
    })
  if (second !== 412)
    throw unsafe(
      loc,
      `the store ignores If-None-Match: a second PUT of the same key with If-None-Match: * returned HTTP ${second}, not 412.`,
      { reason: 'if_none_match_ignored', status: second },
    )
}
