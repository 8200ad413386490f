// Copies the built web page (packages/web/dist) into dist/web, with a gzip copy of each script and style sheet
// (served when the browser accepts gzip). Run by `build` after tsc; turbo builds @vcf-agent/web first.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const pkg = join(import.meta.dirname, '..')
const from = join(pkg, '..', 'web', 'dist')
const to = join(pkg, 'dist', 'web')
if (!existsSync(join(from, 'index.html'))) {
  console.error(`${from}/index.html is missing: build @vcf-agent/web first (pnpm build does).`)
  process.exit(1)
}
rmSync(to, { recursive: true, force: true })
cpSync(from, to, { recursive: true })
const assets = join(to, 'assets')
for (const name of readdirSync(assets)) {
  if (/\.(js|css)$/.test(name))
    writeFileSync(
      join(assets, `${name}.gz`),
      gzipSync(readFileSync(join(assets, name)), { level: 9 }),
    )
}
console.log(`web page copied to ${to}`)
