#!/usr/bin/env node
// Web page benchmark: pnpm bench:web [DB_PATH] [--gene BRCA1] [--runs 10]
// Starts vcf-agent-server over a table (default the 1M-row table of `pnpm bench:reads`, .bench/reads-1m), opens
// the page in headless Chromium (/usr/bin/chromium), signs in and times a gene search from submit to the results
// table and the three charts rendered. Beside it: the two API calls the page makes (stats with 40 POS bins, the
// first page of 50 rows) timed from Node, and raw LanceDB doing the same counts and the same first page in the same
// run. The table is only read: the server runs over a folder of symlinks, so its audit log goes to a temp folder.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..', '..')
const req = createRequire(join(repo, 'packages', 'core', 'package.json'))
const lancedb = await import(req.resolve('@lancedb/lancedb'))
const { genomicFilter } = await import(join(repo, 'packages', 'core', 'dist', 'index.js'))
const playwright = await import(
  createRequire(join(here, '..', 'package.json')).resolve('playwright-core')
)
const chromium = playwright.chromium ?? playwright.default.chromium

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]
}
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const db = resolve(positional[0] ?? join(repo, '.bench', 'reads-1m'))
const gene = flag('gene', 'BRCA1')
const runs = Number(flag('runs', '10'))
const BINS = 40
if (!existsSync(join(db, 'variants.lance'))) {
  console.error(
    `No table at ${db}/variants.lance: build it with pnpm bench:reads first, or give DB_PATH.`,
  )
  process.exit(1)
}

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const summary = (xs) => `p50 ${pct(xs, 0.5).toFixed(0)} ms, p95 ${pct(xs, 0.95).toFixed(0)} ms`

// a folder of symlinks to the table: reads go to the real table, the audit log stays in the temp folder
const work = mkdtempSync(join(tmpdir(), 'vcf-agent-bench-web-'))
const view = join(work, 'db')
mkdirSync(view)
// (each table folder is a real folder, so that GET /tables lists it, holding symlinks to the table's parts)
for (const name of readdirSync(db)) {
  if (name === '__manifest') symlinkSync(join(db, name), join(view, name))
  if (!name.endsWith('.lance')) continue
  mkdirSync(join(view, name))
  for (const part of readdirSync(join(db, name)))
    symlinkSync(join(db, name, part), join(view, name, part))
}
const token = 'bench-web'
const tokens = join(work, 'tokens.json')
writeFileSync(
  tokens,
  JSON.stringify([
    { name: 'bench', sha256: createHash('sha256').update(token).digest('hex'), scopes: ['read'] },
  ]),
)
const server = spawn(
  process.execPath,
  [
    join(here, '..', 'bin', 'vcf-agent-server.js'),
    '--db_path',
    view,
    '--tokens_file',
    tokens,
    '--port',
    '0',
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
)
const url = await new Promise((ok, fail) => {
  let err = ''
  server.stderr.on('data', (c) => {
    err += c
    const m = /listening on (http:\/\/\S+)/.exec(err)
    if (m) ok(m[1])
  })
  server.on('exit', (code) => fail(new Error(`server exited ${code}: ${err}`)))
})
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const stats = await (await fetch(`${url}/tables/variants/stats`, { headers })).json()
  console.error(
    `table: ${stats.rows} rows, version ${stats.version}; gene ${gene}; ${runs} runs (busy shared machine)`,
  )

  // 1. the page: submit → results table and three charts rendered
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  ).newPage()
  await page.goto(`${url}/`)
  await page.getByTestId('token-input').fill(token)
  await page.getByTestId('token-submit').click()
  await page.getByTestId('search-input').waitFor()
  const pageMs = []
  let count = 0
  for (let i = 0; i <= runs; i++) {
    // clear the last result first (words give the text-search message and no table), so each run renders anew
    await page.getByTestId('search-input').fill('no such words')
    await page.getByTestId('search-submit').click()
    await page.getByTestId('results-table').waitFor({ state: 'detached' })
    await page.getByTestId('search-input').fill(gene)
    const t0 = await page.evaluate('performance.now()')
    await page.getByTestId('search-submit').click()
    // polled every animation frame (the context bypasses the page's CSP, which forbids Playwright's eval)
    await page.waitForFunction(
      () =>
        globalThis.document.querySelector('[data-testid="results-table"] tbody tr') != null &&
        globalThis.document.querySelector('[data-testid="chart-density"] rect') != null,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    )
    const t1 = await page.evaluate('performance.now()')
    count = Number((await page.getByTestId('result-count').textContent()).replaceAll(',', ''))
    if (i > 0) pageMs.push(t1 - t0) // the first run warms the server's table cache
  }

  // 2. the same two API calls from Node
  const q = new URLSearchParams({ gene, bins: String(BINS) })
  const apiMs = []
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now()
    await Promise.all([
      fetch(`${url}/tables/variants/stats?${q}`, { headers }).then((r) => r.json()),
      fetch(`${url}/tables/variants/filter`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ gene: [gene], limit: 50, offset: 0, order: 'genome' }),
      }).then((r) => r.json()),
    ])
    if (i > 0) apiMs.push(performance.now() - t0)
  }

  // 3. raw LanceDB, the same work: the count, the counts per class and significance, the POS range and bins,
  // and the first 50 rows in POS order (the POS bins from one read of the matches' POS, as the store does)
  const raw = await (await lancedb.connect(db)).openTable('variants')
  const where = genomicFilter({ genes: [gene] })
  const rawMs = []
  let rawCount = 0
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now()
    const and = (c) => `(${where}) AND ${c}`
    const [n] = await Promise.all([
      raw.countRows(where),
      ...Object.keys(stats.by_variant_class).map((c) =>
        raw.countRows(and(`variant_class = '${c}'`)),
      ),
      ...Object.keys(stats.by_clinical_significance).map((c) =>
        raw.countRows(and(`clinical_significance = '${c.replaceAll("'", "''")}'`)),
      ),
      raw
        .query()
        .where(where)
        .select([
          'variant_id',
          'chrom',
          'pos',
          'ref',
          'alt',
          'gene',
          'clinical_significance',
          'variant_class',
        ])
        .orderBy([{ columnName: 'chrom' }, { columnName: 'pos' }])
        .limit(51)
        .toArray(),
      (async () => {
        // the POS of every match in one read, binned here (what the store does for a gene's few thousand rows)
        const pos = []
        for await (const batch of raw.query().where(where).select(['pos'])) {
          const col = batch.getChild('pos')
          for (let r = 0; r < batch.numRows; r++) pos.push(Number(col.get(r)))
        }
        const lo = Math.min(...pos)
        const w = Math.max(1, Math.ceil((Math.max(...pos) - lo + 1) / BINS))
        const counts = new Array(BINS).fill(0)
        for (const p of pos) counts[Math.min(BINS - 1, Math.floor((p - lo) / w))]++
      })(),
    ])
    rawCount = n
    if (i > 0) rawMs.push(performance.now() - t0)
  }
  console.log(`gene search "${gene}": ${count} matches (raw LanceDB count ${rawCount})`)
  console.log(`page, submit → table and charts rendered (Chromium): ${summary(pageMs)}`)
  console.log(
    `API calls the page makes (stats bins=${BINS} + first 50 rows, from Node): ${summary(apiMs)}`,
  )
  console.log(`raw LanceDB, the same counts, bins and first 50 rows: ${summary(rawMs)}`)
  console.log(
    `ratios (p50): page / raw ${(pct(pageMs, 0.5) / pct(rawMs, 0.5)).toFixed(2)}x, API / raw ${(pct(apiMs, 0.5) / pct(rawMs, 0.5)).toFixed(2)}x`,
  )
} finally {
  await browser.close()
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
