import { openStore } from '@vcf-agent/core'
import {
  type CreateAppOptions,
  type Scope,
  type TokenConfig,
  createApp,
  hashToken,
} from '@vcf-agent/server'
import { jsonRow, jsonVec, useTempDir as useSharedTempDir } from '@vcf-agent/test-utils'

export { NORM_GOLDEN, NORM_VCF, SHARED } from '@vcf-agent/test-utils'

/** Test tokens: one per scope, plus a read+write one. */
export const TOKENS = { read: 'tok-read', write: 'tok-write', admin: 'tok-admin' } as const

export const TOKEN_CONFIG: TokenConfig[] = (Object.keys(TOKENS) as Scope[]).map((scope) => ({
  name: `${scope}-user`,
  sha256: hashToken(TOKENS[scope]),
  scopes: [scope],
}))

export const DIM = 8

/** A fresh temp folder per test, removed afterwards (`useTempDir` of test-utils, server prefix). */
export function useTempDir(prefix = 'vcf-agent-server-'): () => string {
  return useSharedTempDir(prefix)
}

/** A deterministic JSON-safe vector of length `dim` seeded by `seed` (note: seed first). */
export function vec(seed: number, dim = DIM): number[] {
  return jsonVec(dim, seed)
}

/** A valid JSON row of width `DIM`. */
export function row(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return jsonRow(i, DIM, extra)
}

/** Creates a table with core (dim 8) and closes the handle. */
export async function createTable(
  dbPath: string,
  tableName = 'variants',
  dim = DIM,
): Promise<void> {
  const store = await openStore(dbPath, { tableName, dim })
  store.close()
}

/** An app over a fresh database with one table `variants`; logs are collected in `logs`. */
export async function setupApp(
  dbPath: string,
  options: Partial<CreateAppOptions> = {},
): Promise<{
  app: ReturnType<typeof createApp>['app']
  close: () => Promise<void>
  logs: string[]
}> {
  await createTable(dbPath)
  const logs: string[] = []
  const { app, close } = createApp({
    dbPath,
    tokens: TOKEN_CONFIG,
    logger: (l) => logs.push(l),
    ...options,
  })
  return { app, close, logs }
}

/** Request init with a bearer token and an optional JSON body. */
export function req(
  scope: Scope | null,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): RequestInit {
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
