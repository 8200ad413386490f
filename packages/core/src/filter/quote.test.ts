import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/errors.js'
import { tokenizeSql } from './lexer.js'
import { sqlEquals, sqlIdent, sqlString } from './quote.js'
import { checkFilter } from './validate.js'

describe('sqlString', () => {
  it("should wrap a value in single quotes and double every '", () => {
    expect(sqlString("1-100-A-G' OR '1'='1")).toBe("'1-100-A-G'' OR ''1''=''1'")
    expect(sqlString('')).toBe("''")
  })

  it('should produce exactly one string token, whatever the value', () => {
    for (const v of ["x' OR 1=1 --", "'; DROP TABLE t; --", 'a\\', '"q"', '`b`', '/* c */']) {
      const tokens = tokenizeSql(sqlString(v))
      expect(tokens.map((t) => t.kind)).toEqual(['string'])
    }
  })
})

describe('sqlIdent', () => {
  it('should quote a column name with backticks', () => {
    expect(sqlIdent('variant_id')).toBe('`variant_id`')
    expect(sqlIdent('CHROM')).toBe('`CHROM`')
  })

  it('should refuse a name containing a backtick with USAGE_INVALID_ARGUMENT', () => {
    expect(() => sqlIdent('a`b')).toThrow(UsageError)
    expect(() => sqlIdent('a`b')).toThrow(
      expect.objectContaining({ code: 'USAGE_INVALID_ARGUMENT' }),
    )
  })
})

describe('sqlEquals', () => {
  it('should build column = value with both parts quoted, accepted by the validator', () => {
    const sql = sqlEquals('variant_id', "x'y")
    expect(sql).toBe("`variant_id` = 'x''y'")
    expect(checkFilter(sql, { columns: ['variant_id'], forWrite: true })).toEqual({
      problems: [],
      tautology: false,
    })
  })
})
