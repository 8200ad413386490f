import { describe, expect, it } from 'vitest'
import { lexShape } from './shape.js'

const lex = (sql: string): { lexed: ReturnType<typeof lexShape>; problems: string[] } => {
  const problems = new Set<string>()
  const lexed = lexShape(sql, problems)
  return { lexed, problems: [...problems] }
}

describe('lexShape', () => {
  it('should replace literals with placeholders and keep their values aside', () => {
    const { lexed, problems } = lex("gene = 'it''s' AND pos > 1.5e3")
    expect(problems).toEqual([])
    expect(lexed).toEqual({
      shape: "gene =  's0'  AND pos >  __vcfn0 ",
      strings: ["it's"],
      numbers: ['1.5e3'],
    })
  })

  it('should give the same shape to filters that differ only in their literals', () => {
    expect(lex("gene = 'a' AND pos > 1").lexed?.shape).toBe(
      lex("gene = 'zzz' AND pos > 99").lexed?.shape,
    )
  })

  it('should collect every refused character, then return undefined', () => {
    const { lexed, problems } = lex('pos % 2 = 0 AND a ~ b AND c = ?')
    expect(lexed).toBeUndefined()
    expect(problems).toEqual([
      'operator % is not allowed',
      'operator ~ is not allowed',
      'parameters (?) are not allowed',
    ])
  })

  it('should stop at a comment, an unterminated literal or a malformed number', () => {
    expect(lex('a = 1 -- x').problems).toEqual(['comments are not allowed'])
    expect(lex("a = 'x").problems).toEqual(['a string literal is not terminated'])
    expect(lex('a = `x').problems).toEqual(['a quoted identifier is not terminated'])
    expect(lex('a = 1.2.3').problems).toEqual([
      'a malformed number (hex, suffixes and digits glued to names are not allowed)',
    ])
  })

  it('should refuse reserved identifiers, odd whitespace and look-alike letters', () => {
    expect(lex('__VCFn0 = 1').problems).toEqual(['identifiers starting with __vcf are reserved'])
    expect(lex('a\u000b= 1').problems).toEqual([
      'control characters outside a string literal are not allowed',
    ])
    expect(lex('a\u00a0= 1').problems).toEqual([
      'non-ASCII character U+00A0 outside a string literal is not allowed (look-alike column names are refused)',
    ])
  })

  it('should track nesting of parentheses and brackets together', () => {
    expect(lex('f([a)]').problems).toEqual(['parentheses or brackets are unbalanced'])
    expect(lex('((a)').problems).toEqual(['parentheses or brackets are unbalanced'])
  })
})
