/**
 * Normalisation of the free-text variant fields the embedders hash: chromosome names, gene symbols and clinical
 * significance terms.
 *
 * @module
 */

/**
 * Legacy ClinVar VCF `CLNSIG` codes (ClinVar VCFs up to 2017, e.g. `clinvar_20170404.vcf`):
 * "0 - Uncertain significance, 1 - not provided, 2 - Benign, 3 - Likely benign, 4 - Likely pathogenic,
 * 5 - Pathogenic, 6 - drug response, 7 - histocompatibility, 255 - other".
 */
const LEGACY_CLNSIG: Readonly<Record<string, string>> = {
  '0': 'uncertain significance',
  '1': 'not provided',
  '2': 'benign',
  '3': 'likely benign',
  '4': 'likely pathogenic',
  '5': 'pathogenic',
  '6': 'drug response',
  '7': 'histocompatibility',
  '255': 'other',
}

/**
 * Normalises a chromosome name so that naming conventions do not change the key: a leading `chr` (any case) is
 * removed, ASCII letters are upper-cased, and `M` becomes `MT`. An empty result (the name was just `chr`) keeps
 * the original text upper-cased.
 *
 * @param chrom - VCF CHROM
 * @returns the normalised name
 * @example
 * ```ts
 * normalizeChrom('chr17') // '17'
 * normalizeChrom('chrM')  // 'MT'
 * normalizeChrom('1:1')   // '1:1'
 * ```
 */
export function normalizeChrom(chrom: string): string {
  let c = chrom.trim()
  if (c.length > 3 && (c[0] === 'c' || c[0] === 'C') && /^chr/i.test(c)) c = c.slice(3)
  c = c.toUpperCase()
  return c === 'M' ? 'MT' : c
}

/**
 * Splits a gene field into upper-cased symbols. Symbols are separated by `|`, `,` or `;`; a `SYMBOL:ID` pair (as
 * in ClinVar/dbSNP INFO/GENEINFO) keeps only the symbol. Duplicates and empty parts are dropped.
 *
 * @param gene - gene field, e.g. `BRCA1` or `EGFR:1956|EGFR-AS1:100507500`
 * @returns distinct symbols in input order
 * @example
 * ```ts
 * geneSymbols('EGFR:1956|EGFR-AS1:100507500') // ['EGFR', 'EGFR-AS1']
 * ```
 */
export function geneSymbols(gene: string): string[] {
  const out: string[] = []
  for (const part of gene.split(/[|,;]/)) {
    const colon = part.indexOf(':')
    const sym = (colon >= 0 ? part.slice(0, colon) : part).trim().toUpperCase()
    if (sym !== '' && !out.includes(sym)) out.push(sym)
  }
  return out
}

/**
 * Splits a clinical significance value into lower-case terms: every phrase (split on `,`, `|`, `/`, `;`) with its
 * words joined by one space, followed by the single words (split on `_` and whitespace). Legacy numeric ClinVar
 * codes (`5` = pathogenic …) are translated first. Duplicates and empty parts are dropped.
 *
 * @param value - e.g. `Pathogenic/Likely_pathogenic`, `Conflicting_interpretations_of_pathogenicity`, `5`
 * @returns distinct phrases, then distinct words
 * @example
 * ```ts
 * clinicalSignificanceTerms('Pathogenic/Likely_pathogenic')
 * // ['pathogenic', 'likely pathogenic', 'likely']
 * ```
 */
export function clinicalSignificanceTerms(value: string): string[] {
  const phrases: string[] = []
  const words: string[] = []
  for (const raw of value.toLowerCase().split(/[,|/;]/)) {
    const code = raw.trim()
    const parts = (LEGACY_CLNSIG[code] ?? code).split(/[_\s]+/).filter((w) => w !== '')
    if (parts.length === 0) continue
    const phrase = parts.join(' ')
    if (!phrases.includes(phrase)) phrases.push(phrase)
    for (const w of parts) if (!words.includes(w)) words.push(w)
  }
  const out = phrases.slice()
  for (const w of words) if (!out.includes(w)) out.push(w)
  return out
}
