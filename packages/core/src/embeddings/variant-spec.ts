/**
 * Parsing of variant strings typed by users (`chrom:pos:ref:alt`) and of the store's `variant_id`
 * (`CHROM-POS-REF-ALT`), e.g. to embed a query variant.
 *
 * @module
 */
import { EmbeddingError } from '../errors/errors.js'
import type { Variant } from '../schema/variant.js'

/**
 * One split variant named by its coordinates and alleles: a `Pick` of the Variant row type. CHROM exactly as
 * written (it may contain `:` or `-`), POS 1-based, REF/ALT as written (in a `variant_id` possibly a digest).
 *
 * @example
 * ```ts
 * const spec: VariantSpec = { chrom: '17', pos: 43045712, ref: 'T', alt: 'C' }
 * ```
 */
export type VariantSpec = Pick<Variant, 'chrom' | 'pos' | 'ref' | 'alt'>

/** Longest input echoed in an error message. */
const SHOW_MAX = 120

/** `CHROM:POS:REF:ALT`; the greedy CHROM makes POS/REF/ALT the last three fields when ALT has no `:`. */
const SPEC_RE = /^(.+):(\d+):([^:\s]+):(\S+)$/s

/** `CHROM-POS-REF-ALT`; the greedy CHROM makes POS/REF/ALT the last three fields when ALT has no `-`. */
const ID_RE = /^(.+)-(\d+)-([^-\s]+)-(\S+)$/s

/** A duplicate-id suffix such as `~2`. */
const DUP_SUFFIX_RE = /~\d+$/

function show(input: string): string {
  const s = input.length > SHOW_MAX ? `${input.slice(0, SHOW_MAX)}…` : input
  return JSON.stringify(s)
}

function bad(kind: 'spec' | 'id', input: unknown, why: string): EmbeddingError {
  const expected = kind === 'spec' ? 'CHROM:POS:REF:ALT' : 'CHROM-POS-REF-ALT'
  const example = kind === 'spec' ? '17:43045712:T:C' : '17-43045712-T-C'
  const shown = typeof input === 'string' ? show(input) : String(input)
  return new EmbeddingError(
    'EMBED_BAD_VARIANT',
    `Cannot parse variant ${kind === 'spec' ? '' : 'id '}${shown}: ${why}. ` +
      `Expected ${expected} with a 1-based POS, e.g. ${example}.`,
    {
      details: {
        input: typeof input === 'string' ? input.slice(0, SHOW_MAX) : String(input),
        expected,
      },
    },
  )
}

function parseWith(kind: 'spec' | 'id', re: RegExp, input: string, raw: unknown): VariantSpec {
  const m = re.exec(input)
  if (m == null) {
    const sep = kind === 'spec' ? ':' : '-'
    const why = /\s/.test(input)
      ? 'it contains whitespace'
      : input.split(sep).length < 4
        ? `it needs four '${sep}'-separated fields`
        : 'POS must be a positive integer and REF and ALT must be non-empty'
    throw bad(kind, raw, why)
  }
  const [, chrom = '', posText = '', ref = '', alt = ''] = m
  const pos = Number(posText)
  if (!Number.isSafeInteger(pos) || pos < 0)
    throw bad(
      kind,
      raw,
      `POS ${posText} is not a non-negative integer (1-based; 0 marks a telomere)`,
    )
  if (/\s/.test(chrom)) throw bad(kind, raw, 'it contains whitespace')
  return { chrom, pos, ref, alt }
}

/**
 * Parses a variant written as `CHROM:POS:REF:ALT` (surrounding whitespace is ignored).
 *
 * CHROM may itself contain `:` (e.g. `1:1` or `HLA-A*01:01`): the last three `:`-separated fields are POS, REF and
 * ALT. When that split does not give an integer POS (an ALT such as `<DUP:TANDEM>` or the breakend `A[chr2:100[`
 * contains `:`), the right-most split with an integer POS and a REF without `:` is used.
 *
 * @param spec - e.g. `17:43045712:T:C`, `chr1:949696:C:CG`, `1:1:1:C:T` (CHROM `1:1`)
 * @returns the CHROM, 1-based POS, REF and ALT, as written
 * @throws {EmbeddingError} `EMBED_BAD_VARIANT` when there are fewer than four fields, POS is not a positive
 *   integer, a field is empty or the text contains whitespace
 * @example
 * ```ts
 * parseVariantSpec('17:43045712:T:C')      // { chrom: '17', pos: 43045712, ref: 'T', alt: 'C' }
 * parseVariantSpec('1:1:2:C:T')            // { chrom: '1:1', pos: 2, ref: 'C', alt: 'T' }
 * parseVariantSpec('2:321681:G:G[13:123456[') // { chrom: '2', pos: 321681, ref: 'G', alt: 'G[13:123456[' }
 * ```
 */
export function parseVariantSpec(spec: string): VariantSpec {
  if (typeof spec !== 'string') throw bad('spec', spec, 'expected a string')
  return parseWith('spec', SPEC_RE, spec.trim(), spec)
}

/**
 * Parses a store `variant_id` of the form `CHROM-POS-REF-ALT`, reading from the right.
 *
 * CHROM may contain `-` (e.g. `HLA-A`, `1:1-1`). A duplicate suffix such as `~2` is removed. Long alleles that the
 * id holds as a digest (e.g. `sha256:ab12…`) are returned as that digest, not expanded. When the last three
 * fields do not give an integer POS (a breakend ALT whose mate CHROM contains `-`), the right-most split with an
 * integer POS and a REF without `-` is used.
 *
 * @param id - e.g. `17-43045712-T-C`, `1:1-1-2-C-T~2`
 * @returns the CHROM, 1-based POS, REF and ALT, as written in the id
 * @throws {EmbeddingError} `EMBED_BAD_VARIANT` when the id does not have that form
 * @example
 * ```ts
 * parseVariantId('17-43045712-T-C')   // { chrom: '17', pos: 43045712, ref: 'T', alt: 'C' }
 * parseVariantId('1:1-1-2-C-T~2')     // { chrom: '1:1-1', pos: 2, ref: 'C', alt: 'T' }
 * ```
 */
export function parseVariantId(id: string): VariantSpec {
  if (typeof id !== 'string') throw bad('id', id, 'expected a string')
  return parseWith('id', ID_RE, id.trim().replace(DUP_SUFFIX_RE, ''), id)
}
