#!/usr/bin/env node
// LanceDB's native log (env_logger) prints WARN lines, e.g. one per k-means iteration of an IVF_PQ build; keep errors only
process.env.LANCEDB_LOG ??= 'error'
const { main } = await import('../dist/index.js')
await main(process.argv)
