/**
 * The HTTP client of the page: only documented routes of vcf-agent-server (see `/openapi.json`), with the bearer
 * token in the `Authorization` header (never in a URL).
 *
 * @module
 */

/** The JSON error body every route answers with. */
export interface ApiErrorBody {
  error: { code: string; message: string; requestId?: string; details?: Record<string, unknown> }
}

/** A failed request: the HTTP status and the server's stable error code and message. */
export class ApiError extends Error {
  /** HTTP status (0 when the server could not be reached). */
  readonly status: number
  /** The server's stable code, e.g. `AUTH_INVALID_TOKEN`, or `NETWORK` when unreachable. */
  readonly code: string
  /** The request id the server logged it under. */
  readonly requestId: string | undefined
  constructor(status: number, code: string, message: string, requestId?: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.requestId = requestId
  }
}

/** One stored row as JSON (the columns asked for). */
export type Row = Record<string, unknown> & { variant_id?: string }

/** `GET /tables/{table}/stats`. */
export interface Stats {
  rows: number
  version: number
  by_chrom: Record<string, number>
  by_variant_class: Record<string, number>
  by_clinical_significance: Record<string, number>
  by_position?: {
    chrom: string
    min_pos: number
    max_pos: number
    bin_width: number
    counts: number[]
  }[]
  columns: string[]
}

/** What selects rows: the scope options every read route shares. */
export interface Scope {
  gene?: string[]
  region?: string[]
  samples?: string[]
  filter_sql?: string
}

/** A client bound to one server origin and token. */
export class Api {
  readonly #token: string
  constructor(token: string) {
    this.#token = token
  }

  async #send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    headers.set('authorization', `Bearer ${this.#token}`)
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    let res: Response
    try {
      res = await fetch(path, { ...init, headers })
    } catch (err) {
      throw new ApiError(
        0,
        'NETWORK',
        `The server could not be reached (${(err as Error).message}).`,
      )
    }
    if (res.ok) return res
    let body: ApiErrorBody | undefined
    try {
      body = (await res.json()) as ApiErrorBody
    } catch {
      body = undefined
    }
    throw new ApiError(
      res.status,
      body?.error?.code ?? `HTTP_${res.status}`,
      body?.error?.message ?? `${res.status} ${res.statusText}`,
      body?.error?.requestId,
    )
  }

  async #json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.#send(path, init)).json()) as T
  }

  #post<T>(path: string, body: unknown): Promise<T> {
    return this.#json<T>(path, { method: 'POST', body: JSON.stringify(body) })
  }

  /** `GET /tables`. */
  tables(): Promise<{ tables: string[] }> {
    return this.#json('/tables')
  }

  /** `GET /openapi.json`: the routes this server has. */
  openapi(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
    return this.#json('/openapi.json')
  }

  /** `GET /tables/{table}/stats` of a scope, with `bins` POS bins per CHROM. */
  stats(table: string, scope: Scope, bins = 0): Promise<Stats> {
    return this.#json(`/tables/${enc(table)}/stats?${query({ ...scope, bins: bins || undefined })}`)
  }

  /** `POST /tables/{table}/filter`: one page of rows in genomic order. */
  filter(
    table: string,
    scope: Scope,
    page: { limit: number; offset: number; select_columns?: string[] },
  ): Promise<{ version: number; rows: Row[]; truncated: boolean }> {
    return this.#post(`/tables/${enc(table)}/filter`, { ...scope, ...page, order: 'genome' })
  }

  /** `POST /tables/{table}/filter` with `Accept: application/x-ndjson`: every matching row, streamed. */
  async *allRows(table: string, scope: Scope, select_columns: string[]): AsyncGenerator<Row> {
    const res = await this.#send(`/tables/${enc(table)}/filter`, {
      method: 'POST',
      headers: { accept: 'application/x-ndjson' },
      body: JSON.stringify({ ...scope, select_columns, limit: 0, order: 'genome' }),
    })
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    let rest = ''
    for (;;) {
      const { done, value } = await reader.read()
      if (value) rest += value
      const lines = rest.split('\n')
      rest = done ? '' : lines.pop()!
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as Row
      if (done) return
    }
  }

  /** `GET /tables/{table}/variants/{id}`: every column except the embedding. */
  variant(table: string, id: string): Promise<Row> {
    return this.#json(`/tables/${enc(table)}/variants/${enc(id)}`)
  }

  /** `POST /tables/{table}/search` with `like`: the nearest stored variants by embedding. */
  similar(
    table: string,
    id: string,
    limit: number,
    select_columns: string[],
  ): Promise<{ version: number; hits: (Row & { distance: number })[] }> {
    return this.#post(`/tables/${enc(table)}/search`, { like: id, limit, select_columns })
  }

  /** `GET /tables/{table}/tags`. */
  tags(table: string): Promise<{ tags: { name: string; version: number }[] }> {
    return this.#json(`/tables/${enc(table)}/tags`)
  }

  /** `GET /tables/{table}/export`: the scope's rows as a VCF file. */
  async exportVcf(table: string, scope: Scope): Promise<Blob> {
    return (await this.#send(`/tables/${enc(table)}/export?${query(scope)}`)).blob()
  }

  /** `POST` to a text-search route (when the server has one): rows matching words. */
  textSearch(
    path: string,
    text: string,
    limit: number,
  ): Promise<{ version?: number; rows?: Row[]; hits?: Row[] }> {
    return this.#post(path, { query: text, limit })
  }
}

function enc(s: string): string {
  return encodeURIComponent(s)
}

/** URL query text of scope options: lists as repeated parameters. */
function query(options: Scope & { bins?: number | undefined }): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined || v === '') continue
    if (Array.isArray(v)) for (const x of v as string[]) q.append(k, x)
    else q.set(k, String(v))
  }
  return q.toString()
}
