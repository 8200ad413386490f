import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { useTempDir } from '@vcf-agent/test-utils'
import { describe, expect, it } from 'vitest'
import { ensureLanceCpuThreads } from './lance-runtime.js'
import { openStore } from './open.js'

const tmp = useTempDir('vcf-agent-runtime-')

describe('ensureLanceCpuThreads', () => {
  it('should give LanceDB a CPU pool of CPUs + 2 (at least 4) threads when the user set none', () => {
    const env: NodeJS.ProcessEnv = {}
    expect(ensureLanceCpuThreads(env)).toBe(String(Math.max(4, availableParallelism() + 2)))
    expect(env.LANCE_CPU_THREADS).toBe(String(Math.max(4, availableParallelism() + 2)))
  })

  it("should keep the user's value", () => {
    const env: NodeJS.ProcessEnv = { LANCE_CPU_THREADS: '3' }
    expect(ensureLanceCpuThreads(env)).toBe('3')
    expect(env.LANCE_CPU_THREADS).toBe('3')
  })

  it('should set it for this process when a store opens', async () => {
    const before = process.env.LANCE_CPU_THREADS
    const store = await openStore(join(tmp(), 'db'), { dim: 4, audit: false })
    expect(process.env.LANCE_CPU_THREADS).toBe(
      before ?? String(Math.max(4, availableParallelism() + 2)),
    )
    store.close()
  })
})
