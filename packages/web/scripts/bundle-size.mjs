// Prints the size of the JavaScript the page loads first (every script and module preload of dist/index.html),
// raw and gzipped, and fails when the gzipped total is over the budget (300 KB).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 300 * 1024
const dist = join(import.meta.dirname, '..', 'dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [
  ...html.matchAll(
    /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
  ),
].map((m) => m[1] ?? m[2])
let raw = 0
let gz = 0
for (const src of new Set(scripts)) {
  const bytes = readFileSync(join(dist, src.replace(/^\//, '')))
  const z = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gz += z
  console.log(`${src}: ${(bytes.length / 1024).toFixed(1)} KB, ${(z / 1024).toFixed(1)} KB gzipped`)
}
console.log(
  `first-load JavaScript: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB gzipped)`,
)
if (scripts.length === 0) {
  console.error('no script found in dist/index.html')
  process.exitCode = 1
} else if (gz > BUDGET_BYTES) {
  console.error('over budget')
  process.exitCode = 1
}
