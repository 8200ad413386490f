/**
 * The reserved INFO and FORMAT keys of each VCF version, with the Number and Type the specification gives them
 * (VCFv4.3 §1.6.1 Table 1 and §1.6.2 Table 2; VCFv4.1/v4.2 §1.4.1 and §1.4.2, which list fewer keys).
 *
 * @module
 */

/** Number and Type the specification fixes for a reserved key; `Number` undefined when the spec gives none. */
export interface ReservedKey {
  /** `Number`: an integer, `A`, `R`, `G` or `.`; undefined when the version's spec names no Number. */
  Number: string | undefined
  /** `Type`: Integer, Float, Flag, Character or String. */
  Type: string
  /** The value may not be negative (counts, depths, positions, qualities). */
  nonNegative?: boolean
}

const r = (Number: string | undefined, Type: string, nonNegative = false): ReservedKey =>
  nonNegative ? { Number, Type, nonNegative } : { Number, Type }

/**
 * INFO keys reserved by VCF v4.0–v4.2 (§1.4.1 INFO). SB is left out: v4.3 gives it Number=4, Type=Integer, but
 * the spec's own valid conformance files write it as a Float.
 */
const INFO_42: Record<string, ReservedKey> = {
  AA: r('1', 'String'),
  AC: r('A', 'Integer', true),
  AF: r('A', 'Float', true),
  AN: r('1', 'Integer', true),
  BQ: r('1', 'Float'),
  CIGAR: r('A', 'String'),
  DB: r('0', 'Flag'),
  DP: r('1', 'Integer', true),
  END: r('1', 'Integer', true),
  H2: r('0', 'Flag'),
  H3: r('0', 'Flag'),
  MQ: r('1', 'Float'),
  MQ0: r('1', 'Integer', true),
  NS: r('1', 'Integer', true),
  SOMATIC: r('0', 'Flag'),
  VALIDATED: r('0', 'Flag'),
  '1000G': r('0', 'Flag'),
}

/** INFO keys reserved by VCF v4.3–v4.5 (§1.6.1 Table 1): those of v4.2 and AD, ADF, ADR. */
const INFO_43: Record<string, ReservedKey> = {
  ...INFO_42,
  AD: r('R', 'Integer', true),
  ADF: r('R', 'Integer', true),
  ADR: r('R', 'Integer', true),
}

/** FORMAT keys reserved by VCF v4.0–v4.2 (§1.4.2). */
const FORMAT_42: Record<string, ReservedKey> = {
  GT: r('1', 'String'),
  DP: r('1', 'Integer', true),
  FT: r('1', 'String'),
  GL: r('G', 'Float'),
  GLE: r(undefined, 'String'),
  PL: r('G', 'Integer'),
  GP: r('G', 'Float'),
  GQ: r('1', 'Integer'),
  HQ: r('2', 'Integer'),
  PS: r('1', 'Integer'),
  PQ: r('1', 'Integer'),
  EC: r('A', 'Integer'),
  MQ: r('1', 'Integer'),
}

/** FORMAT keys reserved by VCF v4.3–v4.5 (§1.6.2 Table 2): those of v4.2 and AD, ADF, ADR. */
const FORMAT_43: Record<string, ReservedKey> = {
  ...FORMAT_42,
  AD: r('R', 'Integer', true),
  ADF: r('R', 'Integer', true),
  ADR: r('R', 'Integer', true),
}

/**
 * The reserved INFO keys of a version.
 *
 * @param version - `4.0` … `4.5`
 * @returns key → Number and Type
 * @example
 * ```ts
 * reservedInfo('4.3').AD // { Number: 'R', Type: 'Integer', nonNegative: true }
 * ```
 */
export function reservedInfo(version: string): Readonly<Record<string, ReservedKey>> {
  return Number(version) >= 4.3 ? INFO_43 : INFO_42
}

/**
 * The reserved FORMAT keys of a version.
 *
 * @param version - `4.0` … `4.5`
 * @returns key → Number and Type
 * @example
 * ```ts
 * reservedFormat('4.2').PL // { Number: 'G', Type: 'Integer' }
 * ```
 */
export function reservedFormat(version: string): Readonly<Record<string, ReservedKey>> {
  return Number(version) >= 4.3 ? FORMAT_43 : FORMAT_42
}
