#!/usr/bin/env node
/**
 * `pnpm s3:local`: starts the loopback object store (S3 on 127.0.0.1 with atomic, conditional PUTs, and a DynamoDB
 * emulator as commit store), prints the `export` lines and two ready db URIs, and runs until Ctrl-C or SIGTERM.
 *
 * Options: --s3-port N (default 4568), --dynamodb-port N (default 4569), --dir PATH (keep objects there; default a
 * temp folder removed on exit), --no-conditional (plain s3rver: ignores If-None-Match, for trying the probe),
 * --dynamodb-port off (no DynamoDB emulator), --json (one JSON line with the endpoints and env, for tests).
 */
import { parseArgs } from 'node:util'
import { startLoopbackObjectStore } from '../loopback/object-store.mjs'

const { values } = parseArgs({
  options: {
    's3-port': { type: 'string', default: '4568' },
    'dynamodb-port': { type: 'string', default: '4569' },
    dir: { type: 'string' },
    'no-conditional': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})
if (values.help) {
  console.log(
    'Usage: pnpm s3:local [--s3-port 4568] [--dynamodb-port 4569|off] [--dir PATH] [--no-conditional] [--json]\n' +
      'Starts an S3-compatible server and a DynamoDB emulator on 127.0.0.1 for trying s3:// and s3+ddb:// db paths.',
  )
  process.exit(0)
}
const port = (name) => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`--${name} must be a port number (0-65535), not ${JSON.stringify(values[name])}.`)
    process.exit(2)
  }
  return n
}
const store = await startLoopbackObjectStore({
  s3Port: port('s3-port'),
  dynamoPort: values['dynamodb-port'] === 'off' ? false : port('dynamodb-port'),
  directory: values.dir,
  conditional: !values['no-conditional'],
})
if (values.json) {
  const { s3Endpoint, dynamoEndpoint, bucket, ddbTable, directory, env } = store
  console.log(JSON.stringify({ s3Endpoint, dynamoEndpoint, bucket, ddbTable, directory, env }))
} else {
  for (const [k, v] of Object.entries(store.env)) console.log(`export ${k}=${v}`)
  const conditional = values['no-conditional'] ? 'conditional PUTs OFF' : 'conditional PUTs'
  console.log(`# db URIs (${conditional}; DynamoDB commit store):`)
  console.log(store.s3Uri())
  if (store.dynamoEndpoint) console.log(store.ddbUri())
  console.log('# objects in', store.directory, '- Ctrl-C stops')
}
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await store.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
