/**
 * The scoping every read shares — regions, samples, genes and the caller's SQL — as a base class of the query
 * builders ({@link VariantQuery}, {@link VariantSearch}).
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import { type Region, parseRegions } from '../vcf/regions.js'
import {
  type Predicate,
  type Where,
  genesPredicate,
  regionPredicate,
  samplesPredicate,
} from './predicates.js'
import type { VariantStore } from './variant-store.js'

function cleanList(values: readonly string[], what: string): string[] {
  if (!Array.isArray(values))
    throw new UsageError('USAGE_INVALID_ARGUMENT', `${what} must be a list of names.`)
  return values.map((v) => String(v).trim()).filter((v) => v !== '')
}

/** Checks an integer option. */
export function count(n: number, name: string, min: number): number {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `${name} must be an integer ≥ ${min} (got ${JSON.stringify(n)}).`,
      {
        details: { option: name },
      },
    )
  }
  return n
}

/** The scoping shared by {@link VariantQuery} and {@link VariantSearch}. */
export abstract class ScopedRead {
  /** @internal */
  protected readonly store: VariantStore
  #regions: (string | Region)[] | undefined
  #samples: string[] = []
  #genes: string[] = []
  #filter: string | undefined

  /** @internal */
  constructor(store: VariantStore) {
    this.store = store
  }

  /**
   * Keeps variants whose span (POS..END) touches any region. Texts use `bcftools view -r` syntax (`CHR`,
   * `CHR:POS`, `CHR:BEG-END`, comma lists, `{CHR}:BEG-END` for names with `:` or `-`); objects are 1-based,
   * inclusive. Calling it again adds regions; an empty list matches nothing.
   *
   * @param regions - region texts or {@link Region} objects
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` (when the query runs) for an unparseable region
   * @example
   * ```ts
   * store.query().regions(['17:41196312-41277500', 'X'])
   * ```
   */
  regions(regions: readonly (string | Region)[]): this {
    if (regions.some((r) => typeof r === 'string' && r.trim() === '')) {
      throw new UsageError(
        'USAGE_INVALID_ARGUMENT',
        'A region must not be empty; use CHR, CHR:POS or CHR:BEG-END.',
      )
    }
    this.#regions = [...(this.#regions ?? []), ...regions]
    return this
  }

  /**
   * Keeps variants that any of these samples carries (het or hom-alt).
   *
   * @param names - sample names as in the VCF header
   * @returns this builder
   * @example
   * ```ts
   * store.query().samples(['NA12878'])
   * ```
   */
  samples(names: readonly string[]): this {
    this.#samples.push(...cleanList(names, 'samples'))
    return this
  }

  /**
   * Keeps variants of any of these genes (any symbol of the `genes` column, or the `gene` column).
   *
   * @param symbols - gene symbols
   * @returns this builder
   * @example
   * ```ts
   * store.query().genes(['BRCA1', 'BRCA2'])
   * ```
   */
  genes(symbols: readonly string[]): this {
    this.#genes.push(...cleanList(symbols, 'genes'))
    return this
  }

  /**
   * ANDs a caller SQL filter (DataFusion SQL over the storage columns). It is validated when the query runs:
   * only known columns, comparisons, boolean operators and a short list of functions.
   *
   * @param sql - e.g. `clinical_significance = 'Pathogenic' AND qual > 30`
   * @returns this builder
   * @throws {UsageError} `USAGE_INVALID_ARGUMENT` (when the query runs) for a refused filter
   * @example
   * ```ts
   * store.query().where("chrom = '17'")
   * ```
   */
  where(sql: string | undefined): this {
    const s = sql?.trim()
    if (s) this.#filter = this.#filter ? `(${this.#filter}) AND (${s})` : s
    return this
  }

  /** The WHERE clause: caller SQL plus typed predicates, with regions resolved against the table's contigs. @internal */
  protected async resolveWhere(extra: readonly Predicate[] = []): Promise<Where> {
    const predicates: Predicate[] = []
    let contigs: string[] | undefined
    if (this.#regions !== undefined) {
      const texts = this.#regions.filter((r): r is string => typeof r === 'string')
      const objects = this.#regions.filter((r): r is Region => typeof r !== 'string')
      // Only texts with a ':' can name a contig that itself contains ':'; look up just those candidates.
      const candidates = texts
        .flatMap((t) => t.split(','))
        .flatMap((t) => {
          const colon = t.lastIndexOf(':')
          return colon === -1 ? [] : [t.trim(), t.slice(0, colon).trim()]
        })
      const known = candidates.length > 0 ? await this.store.knownContigs(candidates) : undefined
      const parsed = texts.length > 0 ? parseRegions(texts, known) : []
      const all = [...parsed, ...objects]
      contigs = [...new Set(all.map((r) => r.chrom))]
      predicates.push(regionPredicate(all, this.store.columns.includes('rlen'), this.store.maxSpan))
    }
    if (this.#samples.length > 0) predicates.push(samplesPredicate(this.#samples))
    if (this.#genes.length > 0)
      predicates.push(genesPredicate(this.#genes, this.store.columns.includes('genes')))
    return { filter: this.#filter, predicates: [...predicates, ...extra], contigs }
  }
}
