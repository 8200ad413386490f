/**
 * The named feature designs of the built-in embedder and what tells them apart. `features-v1` is the first
 * design; `features-v2` (the default for new tables) drops clinical significance, the label a curator searches
 * for, so that neighbours are found from the variant itself (position, alleles, gene, frequency) and never from
 * the answer; it also adds a 10 bp position scale, so SNVs a few bases apart rank above SNVs 45 bp apart, and
 * weighs the chromosome above the substitution type. A table keeps the design recorded in its metadata.
 *
 * @module
 */
import { UsageError } from '../errors/errors.js'
import { POS_SCALES, W } from './feature-design.js'

/** What differs between the built-in embedder's feature designs. */
export interface FeatureDesign {
  /** Name recorded in the table's metadata, e.g. `features-v2`. */
  readonly name: string
  /** Position scales in bp; each is hashed twice (aligned bins and bins shifted by half a bin). */
  readonly posScales: readonly number[]
  /** Weight of each position feature (there are `2 × posScales.length`). */
  readonly posWeight: number
  /** Weight of the chromosome feature. */
  readonly chromWeight: number
  /** Whether clinical significance is a feature (true only in `features-v1`, where it leaks the label). */
  readonly clinicalSignificance: boolean
}

/** The first design: clinical significance is a feature. Kept for tables that hold its vectors. */
export const FEATURES_V1: FeatureDesign = {
  name: 'features-v1',
  posScales: POS_SCALES,
  posWeight: W.pos,
  chromWeight: W.chrom,
  clinicalSignificance: true,
}

const V2_POS_SCALES: readonly number[] = [10, ...POS_SCALES]

/** The label-free design: no clinical significance, a 10 bp position scale, chromosome weight 1.5. */
export const FEATURES_V2: FeatureDesign = {
  name: 'features-v2',
  posScales: V2_POS_SCALES,
  posWeight: Math.sqrt(2 / (V2_POS_SCALES.length * 2)),
  chromWeight: 1.5,
  clinicalSignificance: false,
}

/** The design of new tables: `features-v2`. */
export const DEFAULT_DESIGN = FEATURES_V2.name

/** Every built-in design, by name. */
const DESIGNS: ReadonlyMap<string, FeatureDesign> = new Map(
  [FEATURES_V1, FEATURES_V2].map((d) => [d.name, d]),
)

/**
 * Whether `name` is one of the built-in embedder's designs (and so can run in ingest's worker threads).
 *
 * @param name - an embedder name, e.g. from a table's metadata
 * @returns true for `features-v1` and `features-v2`
 * @example
 * ```ts
 * isBuiltinDesign('openai:text-embedding-3-small') // false
 * ```
 */
export function isBuiltinDesign(name: string | undefined): boolean {
  return name !== undefined && DESIGNS.has(name)
}

/**
 * The built-in design a table needs: the one recorded in its metadata, else the default (new tables, and tables
 * that recorded none).
 *
 * @param recorded - the embedder name recorded in the table's metadata, if any
 * @returns a design name
 * @example
 * ```ts
 * builtinDesignFor('features-v1') // 'features-v1'
 * builtinDesignFor(undefined) // 'features-v2'
 * ```
 */
export function builtinDesignFor(recorded: string | undefined): string {
  return isBuiltinDesign(recorded) ? (recorded as string) : DEFAULT_DESIGN
}

/**
 * The design of a name.
 *
 * @param name - `features-v1` or `features-v2`
 * @returns the design
 * @throws {UsageError} `USAGE_INVALID_ARGUMENT` for any other name
 * @example
 * ```ts
 * designNamed('features-v2').clinicalSignificance // false
 * ```
 */
export function designNamed(name: string): FeatureDesign {
  const design = DESIGNS.get(name)
  if (!design) {
    throw new UsageError(
      'USAGE_INVALID_ARGUMENT',
      `Unknown built-in feature design ${JSON.stringify(name)}; use one of ${[...DESIGNS.keys()].join(', ')}.`,
      { details: { design: name } },
    )
  }
  return design
}
