// node ingest-child.mjs FILE DB DIM [staged]: runs one full ingest and prints { rows, seconds, rowsPerSecond, maxRssMb } (used by ingest.mjs).
import { readFileSync } from 'node:fs'
import { ingestVcf, openStore } from '../dist/index.js'

// Peak RSS of this process: VmHWM (per address space, reset by exec). getrusage's maxRSS is not used because
// Linux carries it over from the parent across fork+exec, so a large parent would inflate it.
function peakRssMb() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Math.round(Number(m[1]) / 1024)
  } catch {
    // no /proc/self/status (not Linux): fall back to getrusage below
  }
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

const [file, db, dim, mode] = process.argv.slice(2)
// `staged`: into an existing empty table (created by another handle), so the ingest stages and commits at the end;
// otherwise into the table this store creates (when new), which the ingest writes while reading
if (mode === 'staged') (await openStore(db, { dim: Number(dim) })).close()
const store = await openStore(db, { dim: Number(dim) })
const res = await ingestVcf(store, file)
store.close()
console.log(
  JSON.stringify({
    rows: res.rowsRead,
    seconds: res.elapsedMs / 1000,
    rowsPerSecond: res.rowsPerSecond,
    maxRssMb: peakRssMb(),
  }),
)
