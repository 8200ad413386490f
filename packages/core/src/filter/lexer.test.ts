import { describe, expect, it } from 'vitest'
import { quotedValue, tokenizeSql } from './lexer.js'
import { maskFilter } from './mask.js'
import { checkFilter } from './validate.js'

const kinds = (sql: string): string[] =>
  tokenizeSql(sql)
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${t.text}`)
const problems = (sql: string): string[] =>
  checkFilter(sql, { columns: ['gene', 'pos'] }).problems.map((p) => p.problem)

describe('tokenizeSql', () => {
  it('should split a filter into tokens whose texts concatenate to the input', () => {
    const sql = "chrom = '1' AND pos BETWEEN 10 AND 2e3 OR `gene` IN ('a', 'b') -- c\n/* d */"
    const tokens = tokenizeSql(sql)
    expect(tokens.map((t) => t.text).join('')).toBe(sql)
    for (const t of tokens) expect(sql.slice(t.start, t.end)).toBe(t.text)
    expect(kinds(sql)).toMatchInlineSnapshot(`
      [
        "word:chrom",
        "operator:=",
        "string:'1'",
        "word:AND",
        "word:pos",
        "word:BETWEEN",
        "number:10",
        "word:AND",
        "number:2e3",
        "word:OR",
        "quoted-ident:\`gene\`",
        "word:IN",
        "lparen:(",
        "string:'a'",
        "operator:,",
        "string:'b'",
        "rparen:)",
        "comment:-- c",
        "comment:/* d */",
      ]
    `)
  })

  it("should read '' as an escaped quote and a backslash as an ordinary character", () => {
    expect(kinds("'it''s' 'C:\\' x")).toEqual(["string:'it''s'", "string:'C:\\'", 'word:x'])
    expect(quotedValue(tokenizeSql("'it''s'")[0]!)).toBe("it's")
    expect(quotedValue(tokenizeSql('"a""b"')[0]!)).toBe('a"b')
  })

  it('should read "…" as a string literal and only backticks as identifiers, as LanceDialect does', () => {
    expect(kinds('"gene" = `gene`')).toEqual(['string:"gene"', 'operator:=', 'quoted-ident:`gene`'])
    expect(kinds('`ge``ne`')).toEqual(['quoted-ident:`ge``ne`'])
  })

  it('should read 0x… as one number (sqlparser HexStringLiteral) and glue trailing word characters to a number', () => {
    expect(kinds('0xFF 0X1f 12abc 1.5e-3')).toEqual([
      'number:0xFF',
      'number:0X1f',
      'number:12abc',
      'number:1.5e-3',
    ])
  })

  it('should read line, block and nested block comments, and $-quoted strings and parameters', () => {
    expect(kinds("a -- x 'y'\nb /* 1 /* 2 */ 3 */ c")).toEqual([
      'word:a',
      "comment:-- x 'y'",
      'word:b',
      'comment:/* 1 /* 2 */ 3 */',
      'word:c',
    ])
    expect(kinds('$$x$$ $t$y$t$ $1 ?')).toEqual([
      'string:$$x$$',
      'string:$t$y$t$',
      'param:$1',
      'param:?',
    ])
  })

  it('should mark unclosed strings, identifiers and comments as unterminated, running to the end', () => {
    for (const sql of ["'abc", '"abc', '`abc', '/* abc', '$$abc']) {
      const [t] = tokenizeSql(sql)
      expect(t).toMatchObject({ text: sql, end: sql.length, unterminated: true })
    }
  })

  it('should lex multi-character operators as one token', () => {
    expect(kinds('a<>b a!=b a<=b a||b a::b')).toEqual([
      'word:a',
      'operator:<>',
      'word:b',
      'word:a',
      'operator:!=',
      'word:b',
      'word:a',
      'operator:<=',
      'word:b',
      'word:a',
      'operator:||',
      'word:b',
      'word:a',
      'operator:::',
      'word:b',
    ])
  })
})

/**
 * One lexer, two users: each quoting form is read the same way by the validator and the masker. A literal is
 * masked and refused where the validator does not accept it; an identifier stays readable and is checked as a column.
 */
describe('validator and masker agree on quoting', () => {
  it("should treat '…' as a literal: accepted, value masked", () => {
    expect(problems("gene = 'a''b'")).toEqual([])
    expect(maskFilter("gene = 'a''b'")).toBe("gene = '***'")
  })

  it('should treat "…" as a string literal: refused (never as an unknown column), value masked', () => {
    expect(problems('"gene" = \'x\'')).toEqual([
      "double-quoted text is not allowed; write string values in single quotes ('…') and quote column names with backticks",
    ])
    expect(maskFilter('"gene" = \'x\' OR "jane doe" IS NULL')).toBe(
      '"***" = \'***\' OR "***" IS NULL',
    )
  })

  it('should treat `…` as an identifier: checked as a column, name kept', () => {
    expect(problems("`gene` = 'x'")).toEqual([])
    expect(problems("`Gene` = 'x'")).toEqual(['unknown column Gene'])
    expect(maskFilter("`gene` = 'x'")).toBe("`gene` = '***'")
  })

  it('should treat `a``b` as one identifier that is not a plain name: refused and masked', () => {
    expect(problems("`ge``ne` = 'x'")).toEqual([
      'a backtick-quoted identifier must be a plain column name (letters, digits, _)',
    ])
    expect(maskFilter("`ge``ne` = 'x'")).toBe("`***` = '***'")
  })

  it('should treat 0x… as a literal: refused, masked', () => {
    expect(problems('pos = 0xFF')).toEqual([
      'a malformed number (hex, suffixes and digits glued to names are not allowed)',
    ])
    expect(maskFilter('pos = 0xFF OR pos = 0X1F')).toBe('pos = *** OR pos = ***')
  })

  it('should treat comments as comments, also after a backslash in a string: refused, text masked', () => {
    expect(problems("gene = 'a\\' OR 1=1 --'")).toEqual(['comments are not allowed'])
    expect(maskFilter("gene = 'a\\' OR 1=1 --'")).toBe("gene = '***' OR ***=*** -- ***")
    expect(problems("gene = 'x' /* c */")).toEqual(['comments are not allowed'])
    expect(maskFilter("gene = 'x' /* jane */")).toBe("gene = '***' /* *** */")
  })

  it('should treat $$…$$ and prefixed strings as literals: refused, value masked', () => {
    expect(problems('gene = $$x$$')).toEqual([
      'character $ is not allowed (parameters and dollar-quoted strings are not allowed)',
    ])
    expect(maskFilter('gene = $$x$$')).toBe("gene = '***'")
    expect(problems("gene = E'x'")).toEqual([
      "string prefixes (E'…', X'…', r'…' …) are not allowed",
    ])
    expect(maskFilter("gene = E'x'")).toBe("gene = E'***'")
  })
})
