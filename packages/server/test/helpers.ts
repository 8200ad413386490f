import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '@vcf-agent/core'
import { afterEach } from 'vitest'
import { type CreateAppOptions, type Scope, type TokenConfig, createApp, hashToken } from '@vcf-agent/server'

/** Test tokens: one per scope, plus a read+write one. */
export const TOKENS = { read: 'tok-read', write: 'tok-write', admin: 'tok-admin' } as const

export const TOKEN_CONFIG: TokenConfig[] = (Object.keys(TOKENS) as Scope[]).map((scope) => ({
  name: `${scope}-user`,
  sha256: hashToken(TOKENS[scope]),
  scopes: [scope],
}))

export const DIM = 8

export const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared')
export const NORM_VCF = join(SHARED, 'vcf-corpus', 'bcftools__norm.vcf')
export const NORM_GOLDEN = join(SHARED, 'vcf-corpus', 'golden', 'bcftools__norm.vcf.split.tsv')

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(prefix = 'vcf-agent-server-'): () => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(d)
    return d
  }
}

/** A deterministic vector of length `dim` seeded by `seed`. */
export function vec(seed: number, dim = DIM): number[] {
  return Array.from({ length: dim }, (_, i) => Math.round(Math.sin(seed * 12.9898 + i * 78.233) * 1e6) / 1e6)
}

/** A valid JSON row. */
export function row(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { variant_id: `1-${1000 + i}-A-G`, embedding: vec(i), chrom: '1', pos: 1000 + i, ref: 'A', alt: 'G', ...extra }
}

/** Creates a table with core (dim 8) and closes the handle. */
export async function createTable(dbPath: string, tableName = 'variants', dim = DIM): Promise<void> {
  const store = await openStore(dbPath, { tableName, dim })
  store.close()
}

/** An app over a fresh database with one table `variants`; logs are collected in `logs`. */
export async function setupApp(
  dbPath: string,
  options: Partial<CreateAppOptions> = {},
): Promise<{ app: ReturnType<typeof createApp>['app']; close: () => Promise<void>; logs: string[] }> {
  await createTable(dbPath)
  const logs: string[] = []
  const { app, close } = createApp({ dbPath, tokens: TOKEN_CONFIG, logger: (l) => logs.push(l), ...options })
  return { app, close, logs }
}

/** Request init with a bearer token and an optional JSON body. */
export function req(scope: Scope | null, method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit {
  const h: Record<string, string> = { ...headers }
  if (scope) h.authorization = `Bearer ${TOKENS[scope]}`
  if (body !== undefined) h['content-type'] = 'application/json'
  return { method, headers: h, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }
}

/** The JSON body of a response, untyped like `JSON.parse` (tests assert on its values). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function read(res: Response): Promise<any> {
  return JSON.parse(await res.text())
}
