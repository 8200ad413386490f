// Regenerates packages/server/openapi.json from the route schemas (run `pnpm --filter @vcf-agent/server openapi`).
import { writeFileSync } from 'node:fs'
import { openApiText } from '../dist/index.js'

writeFileSync(new URL('../openapi.json', import.meta.url), openApiText())
console.error('wrote packages/server/openapi.json')
