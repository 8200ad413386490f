/**
 * A loopback object store for tests and for users trying object storage: an S3-compatible server (`s3rver`)
 * made fit for concurrent LanceDB writers, and a DynamoDB emulator (`dynalite`) as the commit store of
 * `s3+ddb://` URIs, both on 127.0.0.1.
 *
 * `s3rver` alone is not enough for many writers: it writes an object in place (a reader can see half of it) and
 * ignores `If-None-Match: *`, so two commits of the same version both "succeed" and one is silently lost. The
 * wrapper here writes every PUT and COPY to a temporary file and renames it into place (atomic), and answers a
 * PUT with `If-None-Match: *` on an existing key with 412 Precondition Failed (a hard link that fails when the
 * key exists: atomic create-if-absent). `conditional: false` leaves s3rver as it is (the probe's negative case).
 *
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createHash, randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { createWriteStream } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AwsClient } from 'aws4fetch'

const require = createRequire(import.meta.url)
const S3rver = require('s3rver')
const S3Error = require('s3rver/lib/models/error')
const dynalite = require('dynalite')

const exists = (path) =>
  fs.access(path).then(
    () => true,
    () => false,
  )

const conditionalRequest = new AsyncLocalStorage()

/** Credentials the loopback servers accept (any are; these are what the printed exports use). */
export const LOOPBACK_CREDENTIALS = Object.freeze({
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  region: 'us-east-1',
})

/**
 * s3rver's listing with a delimiter never descends below a common prefix, so it reports none (LanceDB lists the
 * tables of a db that way): list everything under the prefix and group it.
 */
function fixDelimiterListing(store) {
  const listObjects = store.listObjects.bind(store)
  store.listObjects = async (bucket, options = {}) => {
    const { delimiter = '', prefix = '', maxKeys = Infinity } = options
    if (!delimiter) return listObjects(bucket, options)
    const all = await listObjects(bucket, { ...options, delimiter: '', maxKeys: Infinity })
    const commonPrefixes = new Set()
    const objects = []
    for (const object of all.objects) {
      const idx = object.key.slice(prefix.length).indexOf(delimiter)
      if (idx === -1) objects.push(object)
      else commonPrefixes.add(object.key.slice(0, prefix.length + idx + 1))
    }
    return {
      objects: objects.slice(0, maxKeys),
      commonPrefixes: [...commonPrefixes].sort(),
      isTruncated: objects.length > maxKeys,
    }
  }
}

/** Makes `store.putObject` and `store.copyObject` atomic and `If-None-Match: *` conditional. */
function makeAtomic(store) {
  const copyObject = store.copyObject.bind(store)
  const temp = (path) => `${path}.tmp-${randomBytes(6).toString('hex')}`
  store.putObject = async (object) => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object')
    const ifNoneMatch = conditionalRequest.getStore() === true
    if (ifNoneMatch && (await exists(objectPath))) throw precondition()
    // write the whole body to a temporary file (awaiting its flush), then move it into place
    await fs.mkdir(dirname(objectPath), { recursive: true })
    const tmpPath = temp(objectPath)
    const md5 = createHash('md5')
    let size = 0
    const body = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content
    await pipeline(
      body,
      new Transform({
        transform(chunk, _encoding, callback) {
          md5.update(chunk)
          size += chunk.length
          callback(null, chunk)
        },
      }),
      createWriteStream(tmpPath),
    )
    const digest = md5.digest('hex')
    await store.putMetadata(object.bucket, object.key, object.metadata, digest)
    if (ifNoneMatch) {
      try {
        await fs.link(tmpPath, objectPath)
      } catch (err) {
        if (err.code === 'EEXIST') throw precondition()
        throw err
      } finally {
        await fs.unlink(tmpPath).catch(() => undefined)
      }
    } else await fs.rename(tmpPath, objectPath)
    return { size, md5: digest }
  }
  store.copyObject = async (srcBucket, srcKey, destBucket, destKey, replacementMetadata) => {
    const src = store.getResourcePath(srcBucket, srcKey, 'object')
    const dest = store.getResourcePath(destBucket, destKey, 'object')
    if (src === dest) return copyObject(srcBucket, srcKey, destBucket, destKey, replacementMetadata)
    await fs.mkdir(dirname(dest), { recursive: true })
    const tmp = temp(dest)
    await fs.copyFile(src, tmp)
    for (const n of ['metadata.json', 'object.md5']) {
      const from = store.getResourcePath(srcBucket, srcKey, n)
      if (await exists(from)) await fs.copyFile(from, store.getResourcePath(destBucket, destKey, n))
    }
    if (replacementMetadata) await store.putMetadata(destBucket, destKey, replacementMetadata)
    await fs.rename(tmp, dest)
    return store.getMetadata(destBucket, destKey)
  }
}

function precondition() {
  return new S3Error(
    'PreconditionFailed',
    'At least one of the pre-conditions you specified did not hold',
    {
      Condition: 'If-None-Match',
    },
  )
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server.address().port))
  })
}

async function createCommitTable(endpoint, tableName) {
  const client = new AwsClient({ ...LOOPBACK_CREDENTIALS, service: 'dynamodb' })
  const call = (target, body) =>
    client.fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${target}`,
      },
      body: JSON.stringify(body),
    })
  const res = await call('CreateTable', {
    TableName: tableName,
    AttributeDefinitions: [
      { AttributeName: 'base_uri', AttributeType: 'S' },
      { AttributeName: 'version', AttributeType: 'N' },
    ],
    KeySchema: [
      { AttributeName: 'base_uri', KeyType: 'HASH' },
      { AttributeName: 'version', KeyType: 'RANGE' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  })
  if (!res.ok && !(await res.text()).includes('ResourceInUseException'))
    throw new Error(`Could not create the DynamoDB table ${tableName}: HTTP ${res.status}`)
  for (let i = 0; i < 100; i++) {
    const d = await (await call('DescribeTable', { TableName: tableName })).json()
    if (d.Table?.TableStatus === 'ACTIVE') return
    await new Promise((r) => setTimeout(r, 20))
  }
}

/**
 * Starts the loopback object store.
 *
 * @param {object} [options]
 * @param {number} [options.s3Port] - S3 port (default 0: any free port)
 * @param {number} [options.dynamoPort] - DynamoDB port (default 0); `false` starts no DynamoDB emulator
 * @param {string} [options.bucket] - bucket to create (default `vcf-agent`)
 * @param {string} [options.ddbTable] - commit-store table to create (default `vcf-agent-commits`)
 * @param {string} [options.directory] - where s3rver keeps objects (default: a new temp folder, removed on stop)
 * @param {boolean} [options.conditional] - atomic PUT/COPY and `If-None-Match: *` (default true)
 * @returns {Promise<LoopbackObjectStore>} the running servers; `stop()` ends them
 */
export async function startLoopbackObjectStore(options = {}) {
  const bucket = options.bucket ?? 'vcf-agent'
  const ddbTable = options.ddbTable ?? 'vcf-agent-commits'
  const ownDir = options.directory === undefined
  const directory = options.directory ?? (await fs.mkdtemp(join(tmpdir(), 'vcf-agent-s3-')))
  const s3 = new S3rver({
    directory,
    silent: true,
    port: options.s3Port ?? 0,
    address: '127.0.0.1',
    configureBuckets: [{ name: bucket }],
  })
  fixDelimiterListing(s3.store)
  if (options.conditional !== false) {
    makeAtomic(s3.store)
    s3.middleware.unshift((ctx, next) =>
      conditionalRequest.run(ctx.method === 'PUT' && ctx.get('if-none-match').trim() === '*', next),
    )
  }
  const { port: s3Port } = await s3.run()
  const s3Endpoint = `http://127.0.0.1:${s3Port}`
  let ddb
  let dynamoEndpoint
  if (options.dynamoPort !== false) {
    ddb = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
    const port = await listen(ddb, options.dynamoPort ?? 0)
    dynamoEndpoint = `http://127.0.0.1:${port}`
    await createCommitTable(dynamoEndpoint, ddbTable)
  }
  const env = {
    AWS_ENDPOINT_URL: s3Endpoint,
    AWS_ACCESS_KEY_ID: LOOPBACK_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOOPBACK_CREDENTIALS.secretAccessKey,
    AWS_REGION: LOOPBACK_CREDENTIALS.region,
    AWS_ALLOW_HTTP: 'true',
    ...(dynamoEndpoint ? { AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint } : {}),
  }
  let stopped
  return {
    s3Endpoint,
    dynamoEndpoint,
    bucket,
    ddbTable,
    directory,
    env,
    s3Uri: (prefix = 'lancedb') => `s3://${bucket}/${prefix}`,
    ddbUri: (prefix = 'lancedb-ddb') => `s3+ddb://${bucket}/${prefix}?ddbTableName=${ddbTable}`,
    stop() {
      stopped ??= (async () => {
        await new Promise((r) => s3.close(() => r()))
        if (ddb) await new Promise((r) => ddb.close(() => r()))
        if (ownDir) await fs.rm(directory, { recursive: true, force: true })
      })()
      return stopped
    },
  }
}

/**
 * Starts the loopback object store in a child process (`bin/s3-local.mjs --json`), so it runs outside the test
 * runner's module system (dynalite misreads numbers when loaded through vitest's transform).
 *
 * @param {object} [options] - as {@link startLoopbackObjectStore}, but ports default to 0
 * @returns {Promise<LoopbackObjectStore>} the running servers; `stop()` ends the child with SIGTERM
 */
export async function spawnLoopbackObjectStore(options = {}) {
  const args = [
    new URL('../bin/s3-local.mjs', import.meta.url).pathname,
    '--json',
    '--s3-port',
    String(options.s3Port ?? 0),
    '--dynamodb-port',
    options.dynamoPort === false ? 'off' : String(options.dynamoPort ?? 0),
  ]
  if (options.conditional === false) args.push('--no-conditional')
  if (options.directory) args.push('--dir', options.directory)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  const info = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d.toString()
      const nl = out.indexOf('\n')
      if (nl !== -1) resolve(JSON.parse(out.slice(0, nl)))
    })
    child.once('exit', (code) =>
      reject(new Error(`s3-local exited with ${code} before it was ready`)),
    )
  })
  const exited = once(child, 'exit')
  let stopped
  return {
    ...info,
    s3Uri: (prefix = 'lancedb') => `s3://${info.bucket}/${prefix}`,
    ddbUri: (prefix = 'lancedb-ddb') =>
      `s3+ddb://${info.bucket}/${prefix}?ddbTableName=${info.ddbTable}`,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode == null) child.kill('SIGTERM')
        await exited
      })()
      return stopped
    },
  }
}
