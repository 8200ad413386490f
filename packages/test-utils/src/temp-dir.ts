import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/**
 * Removes `dir`, retrying for up to 5 s while something still writes into it: a closed store writes its last
 * queued audit records (reads do not wait for theirs) under the audit file lock after `close()` returns.
 */
async function removeDir(dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true })
      return
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOTEMPTY' || attempt >= 100) throw err
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

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
  afterEach(async () => {
    for (const d of dirs.splice(0)) await removeDir(d)
  })
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(d)
    return d
  }
}
