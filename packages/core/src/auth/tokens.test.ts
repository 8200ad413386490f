import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { VcfAgentError } from '../errors/errors.js'
import { afterEach, describe, expect, it } from 'vitest'
import { TokenVerifier, hasScope, hashToken, loadTokens, parseTokens } from './tokens.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function caught(fn: () => unknown): VcfAgentError {
  try {
    fn()
  } catch (err) {
    return err as VcfAgentError
  }
  throw new Error('expected a throw')
}

describe('hashToken', () => {
  it('should give the hex SHA-256 that sha256sum prints', () => {
    expect(hashToken('s3cret')).toBe(
      '1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0',
    )
  })
})

describe('parseTokens', () => {
  it('should lowercase hashes and keep names and scopes', () => {
    const upper = hashToken('a').toUpperCase()
    expect(parseTokens([{ name: 'ci', sha256: upper, scopes: ['read', 'write'] }], 'test')).toEqual(
      [{ name: 'ci', sha256: hashToken('a'), scopes: ['read', 'write'] }],
    )
  })

  it('should collect every problem as CONFIG_INVALID without echoing values', () => {
    const err = caught(() =>
      parseTokens(
        [
          { name: '', sha256: 'abc', scopes: ['root'] },
          { name: 'plain', token: 'hunter2', scopes: [] },
        ],
        'tokens.json',
      ),
    )
    expect(err.code).toBe('CONFIG_INVALID')
    expect(err.details).toEqual({
      source: 'tokens.json',
      issues: [
        { path: '0.name', problem: 'must be 1 to 200 characters long (got 0)' },
        { path: '0.sha256', problem: 'must be 64 hex characters (the SHA-256 of the token)' },
        { path: '0.scopes.0', problem: 'must be "read", "write" or "admin"' },
        { path: '1.sha256', problem: 'is required' },
        { path: '1.scopes', problem: 'must list at least one scope' },
        { path: '1', problem: 'has unknown key "token"' },
      ],
    })
    expect(err.message).not.toContain('hunter2')
  })

  it('should name the JSON type of a value of the wrong type', () => {
    expect(caught(() => parseTokens({ tokens: [] }, 'env')).details.issues).toEqual([
      { path: '', problem: 'must be a JSON array of tokens (got object)' },
    ])
    expect(
      caught(() => parseTokens(['t', { name: 7, sha256: null, scopes: 'read' }], 'env')).details
        .issues,
    ).toEqual([
      { path: '0', problem: 'must be an object { "name", "sha256", "scopes" } (got string)' },
      { path: '1.name', problem: 'must be a string (got number)' },
      { path: '1.sha256', problem: 'must be a string of 64 hex characters (got null)' },
      { path: '1.scopes', problem: 'must be an array of "read", "write" or "admin" (got string)' },
    ])
  })

  it('should refuse an empty list and duplicate hashes', () => {
    expect(caught(() => parseTokens([], 'env')).details.issues).toEqual([
      { path: '', problem: 'at least one token is needed' },
    ])
    const h = hashToken('same')
    const dup = caught(() =>
      parseTokens(
        [
          { name: 'a', sha256: h, scopes: ['read'] },
          { name: 'b', sha256: h.toUpperCase(), scopes: ['admin'] },
        ],
        'env',
      ),
    )
    expect(dup.details.issues).toEqual([{ path: '1.sha256', problem: 'same hash as token 0' }])
  })
})

describe('loadTokens', () => {
  const list = (name: string) =>
    JSON.stringify([{ name, sha256: hashToken(name), scopes: ['read'] }])

  it('should prefer the file over VCF_AGENT_TOKENS, and use the env without a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vcf-agent-tokens-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'tokens.json'), list('from-file'))
    const env = { VCF_AGENT_TOKENS: list('from-env') }
    expect((await loadTokens({ tokensFile: join(dir, 'tokens.json'), env }))[0]!.name).toBe(
      'from-file',
    )
    expect((await loadTokens({ env }))[0]!.name).toBe('from-env')
  })

  it('should fail with CONFIG_INVALID when nothing is configured, the file is missing, or the JSON is broken', async () => {
    await expect(loadTokens({ env: {} })).rejects.toMatchObject({ code: 'CONFIG_INVALID' })
    await expect(loadTokens({ env: { VCF_AGENT_TOKENS: '  ' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    })
    await expect(
      loadTokens({ tokensFile: '/nonexistent/tokens.json', env: {} }),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      details: { source: '/nonexistent/tokens.json' },
    })
    await expect(loadTokens({ env: { VCF_AGENT_TOKENS: '[{' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      details: { source: 'VCF_AGENT_TOKENS' },
    })
  })
})

describe('TokenVerifier', () => {
  it('should find the principal of a known token and nothing for others', () => {
    const verifier = new TokenVerifier([
      { name: 'reader', sha256: hashToken('r'), scopes: ['read'] },
      { name: 'ops', sha256: hashToken('o'), scopes: ['admin'] },
    ])
    expect(verifier.verify('o')).toEqual({ name: 'ops', scopes: ['admin'] })
    expect(verifier.verify('r')).toEqual({ name: 'reader', scopes: ['read'] })
    expect(verifier.verify('x')).toBeUndefined()
    expect(verifier.verify('')).toBeUndefined()
    expect(verifier.verify(hashToken('o'))).toBeUndefined()
  })
})

describe('hasScope', () => {
  it('should order scopes admin > write > read', () => {
    const table = (['read', 'write', 'admin'] as const).map((granted) =>
      (['read', 'write', 'admin'] as const).map((required) =>
        hasScope({ name: 'x', scopes: [granted] }, required),
      ),
    )
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ])
  })
})
