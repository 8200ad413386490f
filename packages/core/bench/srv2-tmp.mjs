import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const db = '/work/main/.bench/reads-1m'
const dir = mkdtempSync(join(tmpdir(), 'srv-'))
writeFileSync(join(dir, 't.json'), JSON.stringify([{ name: 'b', sha256: createHash('sha256').update('tok').digest('hex'), scopes: ['read'] }]))
const child = spawn(process.execPath, ['/work/main/packages/server/bin/vcf-agent-server.js', '--db_path', db, '--port', '0', '--tokens_file', join(dir, 't.json')], { stdio: ['ignore', 'ignore', 'pipe'] })
const url = await new Promise((res) => { let e=''; child.stderr.on('data', (d) => { e += d; const m = /listening on (\S+)/.exec(e); if (m) res(m[1]) }) })
for (const path of ['/healthz', '/tables']) {
  let done = 0; const until = performance.now() + 5000
  await Promise.all(Array.from({ length: 32 }, async () => { while (performance.now() < until) {
    const r = await fetch(`${url}${path}`, { headers: { authorization: 'Bearer tok' } }); await r.arrayBuffer(); done++ } }))
  console.log(path, (done / 5).toFixed(0), 'req/s')
}
child.kill('SIGINT'); await new Promise(r => child.on('exit', r))
