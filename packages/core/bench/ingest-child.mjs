// Runs one full ingest and prints { rows, seconds, rowsPerSecond, maxRssMb } (used by ingest.mjs).
import { ingestVcf, openStore } from '../dist/index.js'

const [file, db, dim] = process.argv.slice(2)
const store = await openStore(db, { dim: Number(dim) })
const res = await ingestVcf(store, file)
store.close()
console.log(JSON.stringify({
  rows: res.rowsRead,
  seconds: res.elapsedMs / 1000,
  rowsPerSecond: res.rowsPerSecond,
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}))
