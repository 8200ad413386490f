/**
 * The vcf-agent web page: sign in with a bearer token, search a gene, region or variant, browse the matches
 * (genomic order, paging, columns), chart them, open one variant (columns, INFO, carriers, nearest neighbours) and
 * download the result as VCF or CSV. It talks only to the documented HTTP API of the server that serves it.
 *
 * @module
 */
import { html } from 'htm/preact'
import { render } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { Api, ApiError, type Row, type Scope, type Stats } from './api.js'
import { classChart, densityChart, significanceChart } from './charts.js'
import { type Parsed, parseSearch, sqlString } from './query.js'
import './style.css'

const TOKEN_KEY = 'vcf-agent-token'
const PAGE_SIZES = [25, 50, 100, 200]
const DENSITY_BINS = 40
const ALL_COLUMNS = [
  'chrom',
  'pos',
  'id',
  'ref',
  'alt',
  'qual',
  'filter',
  'gene',
  'clinical_significance',
  'variant_class',
  'af',
  'rlen',
]
const DEFAULT_COLUMNS = [
  'chrom',
  'pos',
  'ref',
  'alt',
  'gene',
  'clinical_significance',
  'variant_class',
]
const LABELS: Record<string, string> = {
  chrom: 'CHROM',
  pos: 'POS',
  id: 'ID',
  ref: 'REF',
  alt: 'ALT',
  qual: 'QUAL',
  filter: 'FILTER',
  gene: 'Gene',
  clinical_significance: 'Clinical significance',
  variant_class: 'Class',
  af: 'AF',
  rlen: 'Length',
}

/** A message for an error, in words a user can act on. */
function describe(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401)
      return `The server refused the token (${err.code}): ${err.message} Check the token and sign in again.`
    if (err.status === 403) return `This token may not do that (${err.code}): ${err.message}`
    if (err.status === 0) return err.message
    if (err.status >= 500)
      return `The server failed (${err.code}): ${err.message}${err.requestId ? ` Request id ${err.requestId}.` : ''}`
    return `${err.message} (${err.code})`
  }
  return `Unexpected error: ${(err as Error).message}`
}

/**
 * The INFO column as [key, value] pairs: stored as a JSON object of key → list of values (a flag is `true`), or as
 * VCF text (`K=V;FLAG`).
 */
function infoEntries(info: unknown): [string, string][] {
  const words = (v: unknown) => text(v).replaceAll('_', ' ').replaceAll('|', ' | ')
  let value = info
  if (typeof info === 'string') {
    if (info === '' || info === '.') return []
    try {
      value = JSON.parse(info) as unknown
    } catch {
      return info.split(';').map((kv): [string, string] => {
        const at = kv.indexOf('=')
        return at === -1
          ? [kv, '(flag)']
          : [kv.slice(0, at), words(kv.slice(at + 1)).replaceAll(',', ', ')]
      })
    }
  }
  if (value == null || typeof value !== 'object') return []
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => [
    k,
    v === true ? '(flag)' : Array.isArray(v) ? v.map(words).join(', ') : words(v),
  ])
}

/** A value as text: strings as they are, other values as JSON. */
function text(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v) ?? ''
}

function show(v: unknown): string {
  if (v == null) return '.'
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(text).join(', ')
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(4)
  return text(v)
}

/** The scope of a search plus the filters. */
function fullScope(parsed: Parsed, filters: Filters): Scope | null {
  if (parsed.kind !== 'gene' && parsed.kind !== 'region' && parsed.kind !== 'variant') return null
  const scope: Scope = { ...parsed.scope }
  const sql: string[] = scope.filter_sql ? [`(${scope.filter_sql})`] : []
  const eq = (col: string, v: string) => (v === '.' ? `${col} IS NULL` : `${col} = ${sqlString(v)}`)
  if (filters.significance) sql.push(eq('clinical_significance', filters.significance))
  if (filters.variantClass) sql.push(eq('variant_class', filters.variantClass))
  if (sql.length > 0) scope.filter_sql = sql.join(' AND ')
  const samples = filters.samples
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (samples.length > 0) scope.samples = samples
  return scope
}

interface Filters {
  significance: string
  variantClass: string
  samples: string
}

interface Result {
  label: string
  scope: Scope
  stats: Stats
  charts: {
    cls: Element | null
    sig: Element | null
    density: { chart: Element; chrom: string } | null
  }
  rows: Row[]
  offset: number
  version: number
  ms: number
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function csvCell(v: unknown): string {
  const s = v == null ? '' : Array.isArray(v) ? v.map(text).join(';') : text(v)
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

function SignIn({ onToken, error }: { onToken: (t: string) => void; error: string }) {
  const [token, setToken] = useState('')
  return html`<form
    class="signin"
    onSubmit=${(e: Event) => {
      e.preventDefault()
      if (token.trim()) onToken(token.trim())
    }}
  >
    <h1>vcf-agent</h1>
    <p>Sign in with an API token (scope <code>read</code> or more). It is kept in this tab only.</p>
    <label for="token">API token</label>
    <input
      id="token"
      type="password"
      autocomplete="off"
      data-testid="token-input"
      value=${token}
      onInput=${(e: Event) => setToken((e.target as HTMLInputElement).value)}
    />
    <button type="submit" data-testid="token-submit">Sign in</button>
    ${error && html`<p class="error" role="alert" data-testid="error-message">${error}</p>`}
  </form>`
}

function Chart({ el, testid, empty }: { el: Element | null; testid: string; empty: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const box = ref.current
    if (!box) return
    box.replaceChildren()
    if (el) {
      el.setAttribute('data-testid', testid)
      box.append(el)
    }
  }, [el, testid])
  return html`<div ref=${ref} class="chart">
    ${el ? null : html`<p class="muted">${empty}</p>`}
  </div>`
}

function Detail({
  api,
  table,
  id,
  onOpen,
  onClose,
}: {
  api: Api
  table: string
  id: string
  onOpen: (id: string) => void
  onClose: () => void
}) {
  const [row, setRow] = useState<Row | null>(null)
  const [similar, setSimilar] = useState<(Row & { distance: number })[] | null>(null)
  const [error, setError] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    let live = true
    setRow(null)
    setSimilar(null)
    setError('')
    api.variant(table, id).then(
      (r) => {
        if (!live) return
        setRow(r)
        heading.current?.focus()
      },
      (e) => live && setError(describe(e)),
    )
    api
      .similar(table, id, 10, ['variant_id', 'gene', 'clinical_significance', 'variant_class'])
      .then(
        (r) => live && setSimilar(r.hits),
        (e) => live && setError(describe(e)),
      )
    return () => {
      live = false
    }
  }, [api, table, id])
  const info = infoEntries(row?.info)
  const het = (row?.het_samples as string[] | null | undefined) ?? []
  const hom = (row?.hom_alt_samples as string[] | null | undefined) ?? []
  return html`<section class="detail" data-testid="variant-detail" aria-labelledby="detail-h">
    <div class="detail-head">
      <h2 id="detail-h" tabindex="-1" ref=${heading}>${id}</h2>
      <button type="button" onClick=${onClose} aria-label="Close the variant">Close</button>
    </div>
    ${error && html`<p class="error" role="alert" data-testid="error-message">${error}</p>`}
    ${
      row &&
      html`<h3>Columns</h3>
        <table class="kv">
          <tbody>
            ${Object.entries(row)
              .filter(
                ([k]) =>
                  k !== 'info' &&
                  k !== 'het_samples' &&
                  k !== 'hom_alt_samples' &&
                  k !== 'sample_data',
              )
              .map(
                ([k, v]) =>
                  html`<tr>
                    <th scope="row">${k}</th>
                    <td>${show(v)}</td>
                  </tr>`,
              )}
          </tbody>
        </table>
        <h3>INFO</h3>
        ${
          info.length === 0
            ? html`<p class="muted">No INFO stored.</p>`
            : html`<table class="kv">
                <tbody>
                  ${info.map(
                    ([k, v]) =>
                      html`<tr>
                        <th scope="row">${k}</th>
                        <td>${v}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
        <h3>Carriers</h3>
        ${
          het.length + hom.length === 0
            ? html`<p class="muted" data-testid="carriers">
                No sample carries it (or the file had no genotypes).
              </p>`
            : html`<p data-testid="carriers">
                <strong>Heterozygous (${het.length}):</strong> ${het.join(', ') || '—'}<br />
                <strong>Homozygous ALT (${hom.length}):</strong> ${hom.join(', ') || '—'}
              </p>`
        }`
    }
    <h3>Nearest by embedding</h3>
    ${
      similar == null
        ? html`<p class="muted">Searching…</p>`
        : html`<ol class="similar" data-testid="similar-list">
            ${similar.map(
              (h) =>
                html`<li>
                  <button type="button" class="link" onClick=${() => onOpen(String(h.variant_id))}>
                    ${h.variant_id}
                  </button>
                  <span class="muted"
                    >${` ${show(h.gene)} · ${show(h.clinical_significance)} · `}</span
                  >
                  <span data-testid="distance">${`distance ${h.distance.toFixed(4)}`}</span>
                </li>`,
            )}
          </ol>`
    }
  </section>`
}

function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY))
  const [api, setApi] = useState<Api | null>(null)
  const [signInError, setSignInError] = useState('')
  const [tables, setTables] = useState<string[]>([])
  const [table, setTable] = useState('')
  const [tableStats, setTableStats] = useState<Stats | null>(null)
  const [textRoute, setTextRoute] = useState<string | null>(null)
  const [tags, setTags] = useState<{ name: string; version: number }[]>([])
  const [input, setInput] = useState('')
  const [filters, setFilters] = useState<Filters>({
    significance: '',
    variantClass: '',
    samples: '',
  })
  const [columns, setColumns] = useState<string[]>(DEFAULT_COLUMNS)
  const [pageSize, setPageSize] = useState(50)
  const [sort, setSort] = useState<{ col: string; desc: boolean } | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [selected, setSelected] = useState<string | null>(null)

  // sign in: the token is good when GET /tables answers
  useEffect(() => {
    if (!token) return
    const client = new Api(token)
    client.tables().then(
      async ({ tables }) => {
        sessionStorage.setItem(TOKEN_KEY, token)
        setSignInError('')
        setApi(client)
        setTables(tables)
        setTable((t) => (tables.includes(t) ? t : (tables[0] ?? '')))
        const doc = await client.openapi().catch(() => ({ paths: {} }))
        const text = Object.keys(doc.paths).find((p) => /\/(search-text|text-search|text)$/.test(p))
        setTextRoute(text ?? null)
      },
      (err) => {
        sessionStorage.removeItem(TOKEN_KEY)
        setApi(null)
        setToken(null)
        setSignInError(describe(err))
      },
    )
  }, [token])

  useEffect(() => {
    if (!api || !table) return
    setTableStats(null)
    api.stats(table, {}).then(setTableStats, (e) => setError(describe(e)))
    api.tags(table).then(
      (t) => setTags(t.tags),
      () => setTags([]),
    )
  }, [api, table])

  if (!api)
    return html`<main class="narrow"><${SignIn} onToken=${setToken} error=${signInError} /></main>`

  const select = ['variant_id', ...columns.filter((c) => tableStats?.columns.includes(c) ?? true)]

  async function run(scope: Scope, label: string, offset: number, withStats: Stats | null) {
    setBusy(true)
    setError('')
    setMessage('')
    const t0 = performance.now()
    try {
      const [stats, page] = await Promise.all([
        withStats ?? api!.stats(table, scope, DENSITY_BINS),
        api!.filter(table, scope, { limit: pageSize, offset, select_columns: select }),
      ])
      const charts =
        withStats && result
          ? result.charts
          : stats.rows === 0
            ? { cls: null, sig: null, density: null }
            : {
                cls: classChart(stats),
                sig: significanceChart(stats),
                density: densityChart(stats),
              }
      setResult({
        label,
        scope,
        stats,
        charts,
        rows: page.rows,
        offset,
        version: page.version,
        ms: performance.now() - t0,
      })
      if (stats.rows === 0) setMessage(`No variants match ${label}.`)
    } catch (err) {
      setResult(null)
      setError(describe(err))
    } finally {
      setBusy(false)
    }
  }

  async function submit(e: Event) {
    e.preventDefault()
    if (!table) {
      setError(
        'This server has no tables yet: ingest a VCF first (vcf-agent ingest-vcf, or POST /tables/{table}/ingest).',
      )
      return
    }
    const parsed = parseSearch(input)
    setSelected(null)
    setSort(null)
    if (parsed.kind === 'empty') {
      setMessage(
        'Type a gene (BRCA1), a region (chr17:43044295-43125483) or a variant (17-41197701-G-C).',
      )
      return
    }
    if (parsed.kind === 'text') {
      setResult(null)
      if (!textRoute) {
        setError(
          `“${parsed.text}” is not a gene, region or variant, and text search is not available on this server. ` +
            'Search a gene (BRCA1), a region (chr17:43044295-43125483) or a variant (17-41197701-G-C).',
        )
        return
      }
      setBusy(true)
      setError('')
      try {
        const path = textRoute.replace('{table}', encodeURIComponent(table))
        const r = await api!.textSearch(path, parsed.text, pageSize)
        const rows = r.rows ?? r.hits ?? []
        setMessage(
          rows.length === 0
            ? `No variants match “${parsed.text}”.`
            : `${rows.length} text matches (first page).`,
        )
        setSelected(rows[0]?.variant_id ?? null)
      } catch (err) {
        setError(describe(err))
      } finally {
        setBusy(false)
      }
      return
    }
    const scope = fullScope(parsed, filters)!
    const label =
      parsed.kind === 'gene'
        ? `gene ${parsed.genes.join(', ')}`
        : parsed.kind === 'region'
          ? `region ${parsed.region}`
          : `variant ${parsed.chrom}:${parsed.pos} ${parsed.ref}>${parsed.alt}`
    await run(scope, label, 0, null)
  }

  const total = result?.stats.rows ?? 0
  const rows = result ? [...result.rows] : []
  if (sort) {
    rows.sort((a, b) => {
      const x = a[sort.col]
      const y = b[sort.col]
      const c =
        x == null
          ? 1
          : y == null
            ? -1
            : typeof x === 'number' && typeof y === 'number'
              ? x - y
              : text(x).localeCompare(text(y))
      return sort.desc ? -c : c
    })
  }
  const density = result?.charts.density ?? null
  const versionTags = result
    ? tags.filter((t) => t.version === result.version).map((t) => t.name)
    : []

  async function csv() {
    if (!result) return
    setBusy(true)
    try {
      const cols = select
      let text = `${cols.join(',')}\n`
      for await (const r of api!.allRows(table, result.scope, cols))
        text += `${cols.map((c) => csvCell(r[c])).join(',')}\n`
      download(new Blob([text], { type: 'text/csv' }), `${table}.csv`)
    } catch (err) {
      setError(describe(err))
    } finally {
      setBusy(false)
    }
  }

  async function vcf() {
    if (!result) return
    setBusy(true)
    try {
      download(await api!.exportVcf(table, result.scope), `${table}.vcf`)
    } catch (err) {
      setError(describe(err))
    } finally {
      setBusy(false)
    }
  }

  const sigs = Object.keys(tableStats?.by_clinical_significance ?? {})
  const classes = Object.keys(tableStats?.by_variant_class ?? {})
  return html`<main>
    <header class="bar">
      <h1>vcf-agent</h1>
      <label
        >Table
        <select
          value=${table}
          onChange=${(e: Event) => setTable((e.target as HTMLSelectElement).value)}
        >
          ${tables.map((t) => html`<option value=${t}>${t}</option>`)}
        </select>
      </label>
      <span class="muted"
        >${tableStats ? `${tableStats.rows.toLocaleString('en')} rows · version ${tableStats.version}` : ''}</span
      >
      <button
        type="button"
        class="link"
        onClick=${() => {
          sessionStorage.removeItem(TOKEN_KEY)
          setApi(null)
          setToken(null)
          setResult(null)
        }}
      >
        Sign out
      </button>
    </header>
    <form class="search" role="search" onSubmit=${submit}>
      <label for="q" class="visually-hidden">Search</label>
      <input
        id="q"
        type="search"
        data-testid="search-input"
        placeholder="Gene (BRCA1), region (chr17:43044295-43125483) or variant (17-41197701-G-C)${textRoute ? ', or words' : ''}"
        value=${input}
        onInput=${(e: Event) => setInput((e.target as HTMLInputElement).value)}
      />
      <button type="submit" data-testid="search-submit" disabled=${busy}>Search</button>
      <div class="filters">
        <label
          >Clinical significance
          <select
            data-testid="filter-significance"
            value=${filters.significance}
            onChange=${(e: Event) => setFilters({ ...filters, significance: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            ${sigs.map((s) => html`<option value=${s}>${s === '.' ? '(not set)' : s}</option>`)}
          </select>
        </label>
        <label
          >Variant class
          <select
            data-testid="filter-class"
            value=${filters.variantClass}
            onChange=${(e: Event) => setFilters({ ...filters, variantClass: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            ${classes.map((s) => html`<option value=${s}>${s === '.' ? '(not set)' : s}</option>`)}
          </select>
        </label>
        <label
          >Samples
          <input
            data-testid="filter-samples"
            placeholder="NA12878, NA12891"
            value=${filters.samples}
            onInput=${(e: Event) => setFilters({ ...filters, samples: (e.target as HTMLInputElement).value })}
          />
        </label>
      </div>
    </form>
    ${error && html`<p class="error" role="alert" data-testid="error-message">${error}</p>`}
    ${message && html`<p class="message" role="status">${message}</p>`}
    ${
      result &&
      html`<section class="result" aria-label="Result">
        <div class="result-head">
          <p>
            <strong data-testid="result-count">${total.toLocaleString('en')}</strong>
            ${` variants match ${result.label}`}
            <span class="muted">${` · table ${table} version `}</span>
            <span class="muted" data-testid="table-version">${result.version}</span>
            <span class="muted"
              >${`${versionTags.length ? ` (tag ${versionTags.join(', ')})` : ''} · ${Math.round(result.ms)} ms`}</span
            >
          </p>
          <div class="actions">
            <button
              type="button"
              data-testid="download-vcf"
              onClick=${vcf}
              disabled=${busy || total === 0}
            >
              Download VCF
            </button>
            <button
              type="button"
              data-testid="download-csv"
              onClick=${csv}
              disabled=${busy || total === 0}
            >
              Download CSV
            </button>
            <details class="columns">
              <summary>Columns</summary>
              ${ALL_COLUMNS.filter((c) => tableStats?.columns.includes(c) ?? true).map(
                (c) =>
                  html`<label
                    ><input
                      type="checkbox"
                      checked=${columns.includes(c)}
                      onChange=${() => {
                        const next = columns.includes(c)
                          ? columns.filter((x) => x !== c)
                          : ALL_COLUMNS.filter((x) => x === c || columns.includes(x))
                        setColumns(next)
                      }}
                    />
                    ${LABELS[c]}</label
                  >`,
              )}
            </details>
          </div>
        </div>
        <div class="charts">
          <figure>
            <figcaption>Variant class</figcaption>
            <${Chart} el=${result.charts.cls} testid="chart-class" empty="No variants." />
          </figure>
          <figure>
            <figcaption>Clinical significance</figcaption>
            <${Chart} el=${result.charts.sig} testid="chart-significance" empty="No variants." />
          </figure>
          <figure>
            <figcaption>
              Density along ${density?.chrom ?? 'the chromosome'} (${DENSITY_BINS} bins)
            </figcaption>
            <${Chart} el=${density?.chart ?? null} testid="chart-density" empty="No variants." />
          </figure>
        </div>
        <div class="table-wrap">
          <table data-testid="results-table" class="rows">
            <caption class="visually-hidden">
              Matching variants in genomic order; select a row to open it
            </caption>
            <thead>
              <tr>
                ${select
                  .filter((c) => c !== 'variant_id' && columns.includes(c))
                  .map(
                    (c) =>
                      html`<th
                        scope="col"
                        aria-sort=${sort?.col === c ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                      >
                        <button
                          type="button"
                          class="sort"
                          title="Sort this page"
                          onClick=${() => setSort(sort?.col === c ? (sort.desc ? null : { col: c, desc: true }) : { col: c, desc: false })}
                        >
                          ${LABELS[c]}${sort?.col === c ? (sort.desc ? ' ▼' : ' ▲') : ''}
                        </button>
                      </th>`,
                  )}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr
                    tabindex="0"
                    class=${selected === r.variant_id ? 'selected' : ''}
                    data-variant-id=${r.variant_id}
                    onClick=${() => setSelected(String(r.variant_id))}
                    onKeyDown=${(e: KeyboardEvent) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault()
                        setSelected(String(r.variant_id))
                      }
                    }}
                  >
                    ${select.filter((c) => c !== 'variant_id' && columns.includes(c)).map((c) => html`<td>${show(r[c])}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <nav class="pager" aria-label="Pages">
          <button
            type="button"
            disabled=${busy || result.offset === 0}
            onClick=${() => run(result.scope, result.label, Math.max(0, result.offset - pageSize), result.stats)}
          >
            Previous
          </button>
          <span data-testid="page-range"
            >${total === 0 ? '0' : `${result.offset + 1}–${result.offset + result.rows.length}`} of
            ${total.toLocaleString('en')}</span
          >
          <button
            type="button"
            disabled=${busy || result.offset + result.rows.length >= total}
            onClick=${() => run(result.scope, result.label, result.offset + pageSize, result.stats)}
          >
            Next
          </button>
          <label
            >Rows per page
            <select
              value=${pageSize}
              onChange=${(e: Event) => setPageSize(Number((e.target as HTMLSelectElement).value))}
            >
              ${PAGE_SIZES.map((n) => html`<option value=${n}>${n}</option>`)}
            </select>
          </label>
          <span class="muted">Sorting a column sorts this page; pages follow genomic order.</span>
        </nav>
      </section>`
    }
    ${
      selected &&
      html`<${Detail}
        api=${api}
        table=${table}
        id=${selected}
        onOpen=${setSelected}
        onClose=${() => setSelected(null)}
      />`
    }
  </main>`
}

render(html`<${App} />`, document.getElementById('app')!)
