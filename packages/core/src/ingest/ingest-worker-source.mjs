// Starts the ingest worker from TypeScript source (tests run on source, without a build): registers tsx's ESM
// loader in this worker thread, then runs ingest-worker.ts. The built package starts ingest-worker.js directly.
import { register } from 'tsx/esm/api'

register()
await import('./ingest-worker.ts')
