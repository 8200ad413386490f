import { existsSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from './temp-dir.js'

const tmp = useTempDir('tu-test-')
let first = ''

describe('useTempDir', () => {
  it('should make a fresh writable folder with the prefix', () => {
    first = tmp()
    writeFileSync(join(first, 'x'), 'y')
    expect(basename(first).startsWith('tu-test-')).toBe(true)
    expect(tmp()).not.toBe(first)
  })

  it('should remove the folders after each test', () => {
    expect(existsSync(first)).toBe(false)
  })
})
