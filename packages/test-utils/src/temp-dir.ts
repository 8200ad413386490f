import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/**
 * Registers an `afterEach` hook and returns a factory of fresh temp folders: every folder made
 * during a test is removed (recursively) after that test, so each test gets its own LanceDB.
 *
 * Call it once at the top of a test file (or a `describe` block), not inside a test.
 *
 * @param prefix - name prefix of each folder under the OS temp dir. The default is `vcf-agent-`.
 * @returns a function that creates a new empty folder and returns its absolute path.
 * @throws {Error} ENOENT or EACCES (a Node `SystemError`, not a `VcfAgentError`) when the temp dir
 *   cannot be written.
 * @example
 * ```ts
 * const tmp = useTempDir()
 * it('should open a store', async () => {
 *   const store = await openStore(tmp(), { dim: 8 })
 *   store.close()
 * })
 * ```
 */
export function useTempDir(prefix = 'vcf-agent-'): () => string {
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
