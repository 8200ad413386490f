/**
 * The web page at `/`: the static files built by `@vcf-agent/web` and copied into this package's `dist/web` at build
 * time. No route of the API is changed; the page calls the API like any client.
 *
 * @module
 * @internal
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import type { App } from './routes/common.js'

/**
 * Content-Security-Policy of the page: scripts, styles, images and API calls from this server only (Observable
 * Plot writes inline `style` attributes and a `<style>` element into its SVG).
 */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

/**
 * The folder of the built page: `dist/web` beside the compiled server, or (when the server runs from its sources
 * in tests) the package's `dist/web`; undefined when neither exists.
 * @internal
 */
export function defaultWebRoot(): string | undefined {
  for (const rel of ['./web/', '../dist/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url))
    if (existsSync(`${dir}index.html`)) return dir
  }
  return undefined
}

/**
 * Registers `GET /` (the page) and `GET /assets/*` (its hashed scripts and styles, cached for a year) without
 * auth: the page holds no data, and asks for a token before it calls the API.
 * @internal
 */
export function registerWebPage(app: App, root: string): void {
  const headers = (c: { header: (k: string, v: string) => void }, cache: string) => {
    c.header('cache-control', cache)
    c.header('x-content-type-options', 'nosniff')
  }
  app.get(
    '/',
    serveStatic({
      root,
      path: 'index.html',
      onFound: (_path, c) => {
        headers(c, 'no-cache')
        c.header('content-security-policy', PAGE_CSP)
        c.header('referrer-policy', 'no-referrer')
      },
    }),
  )
  app.get(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => headers(c, 'public, max-age=31536000, immutable'),
    }),
  )
}
