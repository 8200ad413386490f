import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
const db = '/work/main/.bench/reads-1m'
const dir = mkdtempSync(join(tmpdir(), 'srv-'))
writeFileSync(join(dir, 't.json'), JSON.stringify([{ name: 'b', sha256: createHash('sha256').update('tok').digest('hex'), scopes: ['read'] }]))
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/sprof', '/work/main/packages/server/bin/vcf-agent-server.js', '--db_path', db, '--port', '0', '--tokens_file', join(dir, 't.json')], { stdio: ['ignore', 'ignore', 'pipe'] })
const url = await new Promise((res) => { let e=''; child.stderr.on('data', (d) => { e += d; const m = /listening on (\S+)/.exec(e); if (m) res(m[1]) }) })
const conn = await lancedb.connect(db); const raw = await conn.openTable('variants')
const qs = (await raw.query().where('pos % 9973 = 17').select(['embedding']).limit(50).toArray()).map(r => Array.from(r.embedding))
const mode = process.argv[2] ?? 'search'
let done = 0; const until = performance.now() + 8000
await Promise.all(Array.from({ length: 32 }, async (_, c) => { for (let i = c; performance.now() < until; i += 32) {
  const body = mode === 'search' ? { embedding: qs[i % qs.length], limit: 10, select_columns: ['variant_id'] } : { region: ['20:189504-190504'], limit: 100, select_columns: ['variant_id','chrom','pos','ref','alt'] }
  const r = await fetch(`${url}/tables/variants/${mode}`, { method: 'POST', headers: { authorization: 'Bearer tok', 'content-type': 'application/json' }, body: JSON.stringify(body) })
  await r.arrayBuffer(); done++ } }))
console.log(mode, (done / 8).toFixed(0), 'req/s')
child.kill('SIGINT'); await new Promise(r => child.on('exit', r))
