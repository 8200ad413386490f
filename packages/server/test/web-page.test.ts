/**
 * The web page at `/`, in real headless Chromium (Debian's `/usr/bin/chromium`, driven by playwright-core) against
 * the real `vcf-agent-server` binary over a table ingested from a ClinVar excerpt. Expected counts and records come
 * from bcftools. Screenshots go to `packages/server/test-artifacts/` (two of them are in the docs).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashToken } from '@vcf-agent/core'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SHARED } from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const REPO = join(import.meta.dirname, '..', '..', '..')
const SERVER_BIN = join(REPO, 'packages', 'server', 'bin', 'vcf-agent-server.js')
const CLI_BIN = join(REPO, 'packages', 'cli', 'bin', 'vcf-agent.js')
const CLINVAR = join(SHARED, 'vcf-bench', 'macarthur-clinvar__clinvar.vcf.gz')
/** BRCA1 and its neighbours (GRCh37), cut from the 2016 ClinVar release. */
const REGION = '17:41000000-41400000'
const GENE = 'BRCA1'
const TOKEN = 'web-page-test-token'
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts')

/** One folder for the whole file: the table and server outlive each test. */
let dir = ''
let server: ChildProcess | undefined
let url = ''
let browser: Browser | undefined
let excerpt = ''

function bcftools(...args: string[]): string {
  return execFileSync('bcftools', args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
}

/** Data lines of a bcftools output. */
function records(vcfText: string): string[] {
  return vcfText.split('\n').filter((l) => l !== '' && !l.startsWith('#'))
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vcf-agent-web-'))
  excerpt = join(dir, 'brca1.vcf.gz')
  execFileSync('bcftools', ['view', '-r', REGION, CLINVAR, '-Oz', '-o', excerpt], {
    stdio: 'ignore',
  })
  execFileSync('bcftools', ['index', excerpt], { stdio: 'ignore' })
  const db = join(dir, 'db')
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [CLI_BIN, ...args, '--db_path', db], { stdio: 'ignore' })
  cli(
    'ingest-vcf',
    excerpt,
    '--quiet',
    '--dim',
    '32',
    '--clinical_significance_key',
    'CLINICAL_SIGNIFICANCE',
  )
  cli('create-lancedb-index', '--genomic')
  const tokens = join(dir, 'tokens.json')
  writeFileSync(
    tokens,
    JSON.stringify([{ name: 'web', sha256: hashToken(TOKEN), scopes: ['read'] }]),
  )
  server = spawn(
    process.execPath,
    [SERVER_BIN, '--db_path', db, '--tokens_file', tokens, '--port', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  url = await new Promise<string>((resolve, reject) => {
    let err = ''
    server!.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString()
      const m = /listening on (http:\/\/\S+)/.exec(err)
      if (m) resolve(m[1]!)
    })
    server!.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)))
  })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  mkdirSync(ARTIFACTS, { recursive: true })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function openPage(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser!.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`)
  })
  const res = await page.goto(`${url}/`)
  expect(res?.status()).toBe(200)
  return { page, errors }
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.getByTestId('token-input').fill(token)
  await page.getByTestId('token-submit').click()
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('search-input').fill(text)
  await page.getByTestId('search-submit').click()
}

/** The shown count of all matches, once a search has rendered. */
async function resultCount(page: Page): Promise<number> {
  const text = await page.getByTestId('result-count').textContent()
  return Number(text!.replaceAll(',', ''))
}

describe('web page', () => {
  it('should be served at / with its scripts from the server only', async () => {
    const res = await fetch(`${url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!)
    expect(scripts.length).toBeGreaterThan(0)
    for (const src of scripts) {
      expect(src.startsWith('/assets/')).toBe(true)
      const asset = await fetch(`${url}${src}`, { headers: { 'accept-encoding': 'gzip' } })
      expect(asset.status).toBe(200)
      expect(asset.headers.get('content-type')).toContain('javascript')
    }
  })

  it('should refuse a wrong token with a clear message and keep it out of the URL', async () => {
    const { page, errors } = await openPage()
    await signIn(page, 'not-the-token')
    const error = page.getByTestId('error-message')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/refused the token \(AUTH_[A-Z_]+\).*sign in again/)
    expect(page.url()).toBe(`${url}/`)
    expect(await page.evaluate('sessionStorage.getItem("vcf-agent-token")')).toBeNull()
    await page.screenshot({ path: join(ARTIFACTS, 'web-page-bad-token.png') })
    expect(errors.filter((e) => !e.includes('401'))).toEqual([])
    await page.context().close()
  })

  it('should search a gene, count its variants as bcftools does, chart them, open one and download VCF', async () => {
    const expected = records(bcftools('view', '-H', '-i', `INFO/SYMBOL="${GENE}"`, excerpt)).length
    expect(expected).toBeGreaterThan(1000)
    const { page, errors } = await openPage()
    await signIn(page, TOKEN)
    expect(page.url()).not.toContain(TOKEN)
    await search(page, GENE)
    await page.getByTestId('result-count').waitFor()
    expect(await resultCount(page)).toBe(expected)
    // the page names the table version it read: the one the API answers from
    const stats = await fetch(`${url}/tables/variants/stats`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(await page.getByTestId('table-version').textContent()).toBe(
      stats.headers.get('x-table-version'),
    )
    const rows = page.getByTestId('results-table').locator('tbody tr')
    expect(await rows.count()).toBe(50)
    // the first page is in genomic order: its POS column is the first 50 POS bcftools lists
    const firstPos = records(bcftools('view', '-H', '-i', `INFO/SYMBOL="${GENE}"`, excerpt))
      .slice(0, 50)
      .map((l) => Number(l.split('\t')[1]))
    const shownPos = (await rows.locator('td:nth-child(2)').allTextContents()).map(Number)
    expect(shownPos).toEqual(firstPos)

    for (const id of ['chart-class', 'chart-significance', 'chart-density']) {
      const chart = page.getByTestId(id)
      await chart.waitFor()
      expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg')
      // drawn marks: one bar per class / significance / non-empty bin
      expect(await chart.locator('rect').count()).toBeGreaterThan(0)
    }
    // the class chart has one bar per variant class the stats route counts
    const classes = new Set(
      bcftools('query', '-i', `INFO/SYMBOL="${GENE}"`, '-f', '%TYPE\n', excerpt).trim().split('\n'),
    )
    expect(await page.getByTestId('chart-class').locator('rect').count()).toBeGreaterThanOrEqual(
      classes.size,
    )
    await page.screenshot({ path: join(ARTIFACTS, 'web-page-search.png'), fullPage: false })

    // page 2 continues in genomic order
    await page.getByRole('button', { name: 'Next' }).click()
    await page
      .getByTestId('page-range')
      .filter({ hasText: /^51–100 of/ })
      .waitFor()

    // open a variant: its columns, INFO and nearest neighbours
    await page.getByRole('button', { name: 'Previous' }).click()
    await page
      .getByTestId('page-range')
      .filter({ hasText: /^1–50 of/ })
      .waitFor()
    await rows.first().click()
    const detail = page.getByTestId('variant-detail')
    await detail.waitFor()
    const first = records(bcftools('view', '-H', '-i', `INFO/SYMBOL="${GENE}"`, excerpt))[0]!
    const [chrom, pos, , ref, alt] = first.split('\t')
    expect(await detail.locator('h2').textContent()).toBe(`${chrom}-${pos}-${ref}-${alt}`)
    const similar = page.getByTestId('similar-list').locator('li')
    await similar.first().waitFor()
    expect(await similar.count()).toBe(10)
    const distances = (await similar.allTextContents()).map((t) =>
      Number(/distance ([\d.]+)/.exec(t)![1]),
    )
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(await detail.textContent()).toContain('CLINICAL_SIGNIFICANCE')
    await detail.screenshot({ path: join(ARTIFACTS, 'web-page-variant.png') })

    // download the result as VCF and read it with bcftools
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-vcf').click(),
    ])
    const file = join(dir, 'download.vcf')
    await download.saveAs(file)
    const got = records(bcftools('view', file))
    expect(got.length).toBe(expected)
    const symbols = new Set(bcftools('query', '-f', '%INFO/SYMBOL\n', file).trim().split('\n'))
    expect([...symbols]).toEqual([GENE])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('should find a variant by CHROM-POS-REF-ALT and by CHROM:POS:REF:ALT, and a region', async () => {
    const line = records(bcftools('view', '-H', '-i', `INFO/SYMBOL="${GENE}"`, excerpt))[100]!
    const [chrom, pos, , ref, alt] = line.split('\t') as [string, string, string, string, string]
    const sameSite = records(bcftools('view', '-H', '-r', `${chrom}:${pos}`, excerpt)).filter(
      (l) => l.split('\t')[3] === ref && l.split('\t')[4] === alt,
    ).length
    const { page } = await openPage(700)
    await signIn(page, TOKEN)
    for (const form of [`${chrom}-${pos}-${ref}-${alt}`, `${chrom}:${pos}:${ref}:${alt}`]) {
      await search(page, form)
      await page.getByTestId('result-count').filter({ hasText: /^\d+$/ }).waitFor()
      await page
        .getByTestId('results-table')
        .locator('tbody tr:first-child td:nth-child(2)', { hasText: new RegExp(`^${pos}$`) })
        .waitFor()
      expect(await resultCount(page)).toBe(sameSite)
    }
    const region = `${chrom}:41196312-41277500`
    const inRegion = records(bcftools('view', '-H', '-r', region, excerpt)).length
    await search(page, region)
    await page
      .getByTestId('result-count')
      .filter({ hasText: new RegExp(`^${inRegion.toLocaleString('en')}$`) })
      .waitFor()
    expect(await resultCount(page)).toBe(inRegion)
    await page.context().close()
  })

  it('should narrow a gene by clinical significance as bcftools -i does, and download the result as CSV', async () => {
    const sig = 'Pathogenic'
    const expected = records(
      bcftools(
        'view',
        '-H',
        '-i',
        `INFO/SYMBOL="${GENE}" && INFO/CLINICAL_SIGNIFICANCE="${sig}"`,
        excerpt,
      ),
    )
    expect(expected.length).toBeGreaterThan(10)
    const { page, errors } = await openPage()
    await signIn(page, TOKEN)
    await page.getByTestId('filter-significance').locator(`option[value="${sig}"]`).waitFor({
      state: 'attached',
    })
    await page.getByTestId('filter-significance').selectOption(sig)
    await search(page, GENE)
    await page
      .getByTestId('result-count')
      .filter({ hasText: new RegExp(`^${expected.length.toLocaleString('en')}$`) })
      .waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ])
    const file = join(dir, 'download.csv')
    await download.saveAs(file)
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    const header = lines[0]!.split(',')
    expect(header.slice(0, 3)).toEqual(['variant_id', 'chrom', 'pos'])
    const at = header.indexOf('clinical_significance')
    expect(lines.slice(1).map((l) => l.split(',')[at])).toEqual(expected.map(() => sig))
    // the rows are bcftools' records, in genomic order
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      expected.map((l) => {
        const [c, p, , r, a] = l.split('\t')
        return `${c}-${p}-${r}-${a}`
      }),
    )
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('should send free text to the text-search route the server advertises, and show its matches', async () => {
    const { page, errors } = await openPage()
    await signIn(page, TOKEN)
    await search(page, 'hereditary breast')
    const status = page.getByRole('status')
    await status.waitFor()
    // the same query over HTTP; records whose text holds both words, counted by grep over bcftools' records
    const res = await fetch(`${url}/tables/variants/search-text`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'hereditary breast', limit: 50 }),
    })
    const body = (await res.json()) as { hits: unknown[] }
    const withWords = records(bcftools('view', '-H', excerpt)).filter(
      (l) => /hereditary/i.test(l) && /breast/i.test(l),
    ).length
    expect(withWords).toBeGreaterThan(0)
    expect(body.hits.length).toBeGreaterThan(0)
    expect(await status.textContent()).toBe(`${body.hits.length} text matches (first page).`)
    expect(errors).toEqual([])
    await page.context().close()
  })
})
