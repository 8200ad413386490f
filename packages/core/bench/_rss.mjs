import { ingestVcf, openStore } from '../dist/index.js'
const [file, db, dim] = process.argv.slice(2)
;(await openStore(db, { dim: Number(dim) })).close()
const store = await openStore(db, { dim: Number(dim) })
let phase = 'read', max = { read: 0, commit: 0 }, rows = 0, total = 136095
const timer = setInterval(() => { const r = process.memoryUsage().rss / 2 ** 20; if (r > max[phase]) max[phase] = r }, 50)
const t0 = performance.now(); let tRead = 0
const res = await ingestVcf(store, file, { onProgress: (p) => { if (p.recordsRead >= Number(process.argv[5] ?? 136095) && phase === 'read') { phase = 'commit'; tRead = performance.now() } } })
clearInterval(timer)
console.log(JSON.stringify({ read_s: ((tRead - t0) / 1000).toFixed(2), total_s: ((performance.now() - t0) / 1000).toFixed(2), maxRssMb: { read: Math.round(max.read), commit: Math.round(max.commit) }, mem: process.memoryUsage().rss >> 20 }))
store.close()
