/**
 * Header checks of the strict validator: the fileformat line, every meta-information line and its declaration
 * (INFO, FORMAT, FILTER, ALT, contig, META, SAMPLE, PEDIGREE), reserved keys, and the `#CHROM` line.
 *
 * @module
 */
import { reservedFormat, reservedInfo } from './reserved.js'
import { CONTIG_42, CONTIG_43, KEY_42, KEY_43, type MetaField, parseStructured } from './syntax.js'
import type { Report, SpecArea } from './types.js'

/** A declared INFO or FORMAT key. */
export interface Declared {
  /** `Number` as written. */
  Number: string
  /** `Type` as written. */
  Type: string
}

/** What the header checks learn for the record checks. */
export interface HeaderFacts {
  /** `4.0` … `4.5`. */
  version: string
  /** Declared INFO keys. */
  info: Map<string, Declared>
  /** Declared FORMAT keys. */
  format: Map<string, Declared>
  /** Sample names from the `#CHROM` line. */
  samples: string[]
}

const FIXED = ['#CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO']
const NUMBER = /^(?:\d+|A|R|G|\.)$/
const INFO_TYPES = new Set(['Integer', 'Float', 'Flag', 'Character', 'String'])
const FORMAT_TYPES = new Set(['Integer', 'Float', 'Character', 'String'])
const ORDER = ['ID', 'Number', 'Type', 'Description']
const ALT_TYPES = new Set(['DEL', 'INS', 'DUP', 'INV', 'CNV'])
const AREA: Record<string, SpecArea> = {
  INFO: 'info-meta',
  FORMAT: 'format-meta',
  FILTER: 'filter-meta',
  ALT: 'alt-meta',
  contig: 'contig-meta',
  META: 'meta-meta',
  SAMPLE: 'sample-meta',
  PEDIGREE: 'pedigree-meta',
  assembly: 'assembly',
}

/**
 * The version whose rules apply to a `##fileformat` value: `VCFv4.0` … `VCFv4.5`; a later 4.x is checked as 4.5,
 * anything else as 4.0.
 *
 * @param fileformat - the value after `##fileformat=`
 * @returns `4.0` … `4.5`
 * @example
 * ```ts
 * versionOf('VCFv4.2') // '4.2'
 * ```
 */
export function versionOf(fileformat: string): string {
  const m = /^VCFv4\.(\d+)$/.exec(fileformat)
  if (!m) return '4.0'
  return `4.${Math.min(Number(m[1]), 5)}`
}

/**
 * Checks the first line, which must be `##fileformat=VCFv<major>.<minor>` (VCFv4.3 §1.4.1).
 *
 * @param line - the first line
 * @param report - where violations go
 * @returns the fileformat value ('' when absent)
 * @example
 * ```ts
 * checkFileformat('##fileformat=VCFv4.3', report) // 'VCFv4.3'
 * ```
 */
export function checkFileformat(line: string, report: Report): string {
  const m = /^##fileformat=(.*)$/.exec(line)
  if (!m || !/^VCFv\d+\.\d+$/.test(m[1]!)) {
    report(
      1,
      '##fileformat',
      'header.fileformat',
      `the first line must be "##fileformat=VCFv4.x", found ${JSON.stringify(line.slice(0, 60))}`,
      'fileformat',
    )
    return m?.[1] ?? ''
  }
  return m[1]!
}

/**
 * Checks one meta-information line (`##…`, after the first) and records INFO/FORMAT declarations in `facts`.
 *
 * @param line - the line
 * @param lineNo - its 1-based number
 * @param facts - the header facts so far (declarations are added)
 * @param report - where violations go
 * @example
 * ```ts
 * checkMetaLine('##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">', 2, facts, report)
 * ```
 */
export function checkMetaLine(
  line: string,
  lineNo: number,
  facts: HeaderFacts,
  report: Report,
): void {
  if (!line.startsWith('##')) {
    report(
      lineNo,
      'header',
      'header.meta-syntax',
      'a meta-information line must start with "##"',
      'meta',
    )
    return
  }
  const eq = line.indexOf('=')
  if (eq === -1) {
    report(
      lineNo,
      'header',
      'header.meta-syntax',
      'a meta-information line must be "##key=value"',
      'meta',
    )
    return
  }
  const key = line.slice(2, eq)
  const value = line.slice(eq + 1)
  const where = `##${key}`
  const area = AREA[key] ?? 'meta'
  if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
    report(
      lineNo,
      where,
      'header.meta-key',
      `the meta-information key ${JSON.stringify(key)} is not a word`,
      'meta',
    )
    return
  }
  if (value === '' || value === '<>') {
    report(lineNo, where, 'header.meta-empty', `##${key}= has an empty value`, area)
    return
  }
  if (key === 'fileformat') {
    report(
      lineNo,
      where,
      'header.fileformat',
      '##fileformat may appear only once, on the first line',
      'fileformat',
    )
    return
  }
  if (!value.startsWith('<')) {
    if (key in AREA && key !== 'assembly') {
      report(
        lineNo,
        where,
        'header.meta-structure',
        `##${key} must be a structured <ID=…> line`,
        area,
      )
    }
    return
  }
  // only the structured lines the spec defines are checked; other keys may hold any text after <
  if (!(key in AREA)) return
  const parsed = parseStructured(value)
  if ('error' in parsed) {
    report(lineNo, where, 'header.meta-structure', parsed.error, area)
    return
  }
  checkStructured(key, parsed.fields, lineNo, facts, report)
}

function checkStructured(
  key: string,
  fields: MetaField[],
  lineNo: number,
  facts: HeaderFacts,
  report: Report,
): void {
  const where = `##${key}`
  const area = AREA[key] ?? 'meta'
  const v43 = Number(facts.version) >= 4.3
  const get = (k: string): MetaField | undefined => fields.find((f) => f.key === k)
  const say = (rule: string, message: string): void => report(lineNo, where, rule, message, area)
  const seen = new Set<string>()
  for (const f of fields) {
    if (seen.has(f.key)) say('header.meta-structure', `the key ${f.key} appears twice`)
    seen.add(f.key)
  }
  const id = get('ID')
  const needsId = key in AREA && key !== 'assembly' && (key !== 'PEDIGREE' || v43)
  if (needsId && id === undefined) {
    say('header.id-missing', `##${key} must have an ID`)
    return
  }
  if (id && /[\s,<>]/.test(id.value)) {
    say(
      'header.id-syntax',
      `the ID ${JSON.stringify(id.value)} contains white-space, a comma or an angle bracket`,
    )
    return
  }
  const number = get('Number')
  // Number=R arrived in v4.2; v4.4 adds Number=P (ploidy), v4.5 LA, LR, LG (local alleles) and M (modifications)
  const numberOk =
    (NUMBER.test(number?.value ?? '.') &&
      (number?.value !== 'R' || Number(facts.version) >= 4.2)) ||
    (Number(facts.version) >= 4.4 && /^(?:P|LA|LR|LG|M)$/.test(number!.value))
  if (number && key !== 'META' && !numberOk) {
    say(
      'header.number',
      `Number=${number.value} is not an integer, A, ${Number(facts.version) >= 4.2 ? 'R, ' : ''}G or .`,
    )
  }
  if (number && key === 'META' && !/^(?:\d+|\.)$/.test(number.value)) {
    say('header.number', `META Number=${number.value} is not an integer or .`)
  }
  const type = get('Type')
  const types = key === 'FORMAT' ? FORMAT_TYPES : INFO_TYPES
  if (type && !types.has(type.value)) {
    say('header.type', `Type=${type.value} is not one of ${[...types].join(', ')}`)
  }
  const desc = get('Description')
  if (desc && !desc.quoted) say('header.description', 'the Description must be in double quotes')
  const known = fields.map((f) => f.key).filter((k) => ORDER.includes(k))
  const expected = ORDER.filter((k) => known.includes(k))
  if (known.join() !== expected.join()) {
    say('header.field-order', `the fields must come in the order ${expected.join(', ')}`)
  }
  if (key === 'INFO' || key === 'FORMAT') declaration(key, fields, lineNo, facts, report)
  else if (key === 'ALT') altId(id!.value, facts.version, lineNo, report)
  else if (key === 'contig' && !(v43 ? CONTIG_43 : CONTIG_42).test(id!.value)) {
    say(
      'header.contig-id',
      `the contig name ${JSON.stringify(id!.value)} has a character the spec does not allow`,
    )
  } else if (key === 'META') {
    const values = get('Values')
    if (values && !/^\[.*\]$/.test(values.value))
      say('header.meta-values', 'META Values must be a [ … ] list')
  } else if (key === 'SAMPLE' && !v43) {
    // v4.1/v4.2 §1.2.8: SAMPLE=<ID=S_ID,Genomes=G1_ID;…,Mixture=N1;…,Description=S1;…>
    for (const k of ['Genomes', 'Mixture', 'Description']) {
      if (!get(k))
        say(
          'header.sample-fields',
          `##SAMPLE ${id!.value} has no ${k} (VCF ${facts.version} requires Genomes, Mixture and Description)`,
        )
    }
    for (const f of fields) {
      if (f.quoted && f.key !== 'Description')
        say('header.sample-fields', `##SAMPLE ${f.key} may not be quoted; only the Description is`)
    }
  } else if (key === 'PEDIGREE') {
    for (const f of fields) {
      if (/\s/.test(f.value))
        say('header.pedigree', `the PEDIGREE value ${JSON.stringify(f.value)} has white-space`)
    }
  }
}

function declaration(
  key: 'INFO' | 'FORMAT',
  fields: MetaField[],
  lineNo: number,
  facts: HeaderFacts,
  report: Report,
): void {
  const where = `##${key}`
  const area: SpecArea = key === 'INFO' ? 'info-meta' : 'format-meta'
  const get = (k: string): string | undefined => fields.find((f) => f.key === k)?.value
  const id = get('ID')!
  const say = (rule: string, message: string): void => report(lineNo, where, rule, message, area)
  for (const required of ORDER)
    if (get(required) === undefined)
      say('header.required-field', `##${key} ${id} has no ${required}`)
  if (!(Number(facts.version) >= 4.3 ? KEY_43 : KEY_42).test(id))
    say('header.id-syntax', `the ${key} key ${JSON.stringify(id)} is not a valid key`)
  const map = key === 'INFO' ? facts.info : facts.format
  if (map.has(id)) say('header.duplicate-id', `${key} ${id} is declared twice`)
  const Number_ = get('Number') ?? '.'
  const Type = get('Type') ?? 'String'
  if (key === 'INFO' && Number_ === '0' && Type !== 'Flag') {
    say('header.flag-number', `INFO ${id} has Number=0, which only a Flag may have (Type=${Type})`)
  }
  const reserved = (key === 'INFO' ? reservedInfo : reservedFormat)(facts.version)[id]
  if (reserved) {
    const rule = key === 'INFO' ? 'header.reserved-info' : 'header.reserved-format'
    const section: SpecArea = key === 'INFO' ? 'fixed' : 'genotype'
    if (reserved.Type !== Type)
      report(
        lineNo,
        where,
        rule,
        `${key} ${id} is reserved with Type=${reserved.Type}, not ${Type}`,
        section,
      )
    if (reserved.Number !== undefined && reserved.Number !== Number_) {
      report(
        lineNo,
        where,
        rule,
        `${key} ${id} is reserved with Number=${reserved.Number}, not ${Number_}`,
        section,
      )
    }
  }
  map.set(id, { Number: Number_, Type })
}

function altId(id: string, version: string, lineNo: number, report: Report): void {
  const first = id.split(':')[0]!
  // v4.3+ also allows IDs of its own (e.g. <customcontig>, <*>); a type with subtypes must start with a known type
  if (ALT_TYPES.has(first) || (Number(version) >= 4.3 && !id.includes(':'))) return
  report(
    lineNo,
    '##ALT',
    'header.alt-id',
    `the symbolic allele ${JSON.stringify(id)} must start with one of ${[...ALT_TYPES].join(', ')}`,
    'alt-meta',
  )
}

/**
 * Checks the `#CHROM` header line: tab-separated fixed columns, then `FORMAT` and unique sample names.
 *
 * @param line - the line
 * @param lineNo - its 1-based number
 * @param report - where violations go
 * @returns the sample names
 * @example
 * ```ts
 * checkChromLine('#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO', 3, report) // []
 * ```
 */
export function checkChromLine(line: string, lineNo: number, report: Report): string[] {
  const cols = line.split('\t')
  const say = (field: string, rule: string, message: string): void =>
    report(lineNo, field, rule, message, 'header-line')
  if (cols.length < 8 || FIXED.some((name, i) => cols[i] !== name)) {
    say(
      '#CHROM',
      'header.chrom-line',
      `the header line must start with the tab-separated columns ${FIXED.join(' ')}`,
    )
  }
  if (cols.length === 9)
    say('FORMAT', 'header.chrom-line', 'a FORMAT column must be followed by sample columns')
  if (cols.length > 8 && cols[8] !== 'FORMAT')
    say('FORMAT', 'header.chrom-line', 'the 9th column must be FORMAT')
  const samples = cols.slice(9)
  const seen = new Set<string>()
  for (const s of samples) {
    if (s.trim() === '') say('sample', 'header.sample-name', 'a sample name is empty')
    else if (seen.has(s))
      say(`sample ${s}`, 'header.sample-name', `the sample name ${JSON.stringify(s)} appears twice`)
    seen.add(s)
  }
  return samples
}
