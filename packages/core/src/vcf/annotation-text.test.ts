import { describe, expect, it } from 'vitest'
import { annotationText } from './annotation-text.js'
import { parseHeader } from './header.js'
import { InfoColumn } from './info.js'

const header = parseHeader(
  [
    '##fileformat=VCFv4.2',
    '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|HGVSc">',
    '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO',
  ],
  'x.vcf',
)
const text = (info: string, id?: string[]): string | null =>
  annotationText(new InfoColumn(info, header.infoTypes), header, id)

describe('annotationText', () => {
  it('should join conditions, HGVS, genes, consequences, rsIDs and IDs in that order, whatever the INFO order', () => {
    // every part as the docstring says: `_` and `|` as spaces, GENEINFO without its ids, MC's term, rs + INFO/RS
    expect(
      text(
        'RS=80357906;MC=SO:0001587|nonsense,SO:0001583|missense_variant;GENEINFO=BRCA1:672|NBR2:10230;CLNHGVS=NC_000017.11:g.43045712T>C;CLNDN=Breast-ovarian_cancer,_familial_1|not_provided',
        ['rs80357906', 'COSV1'],
      ),
    ).toBe(
      'Breast-ovarian cancer, familial 1 not provided ; NC_000017.11:g.43045712T>C ; BRCA1 ; NBR2 ; nonsense ; missense variant ; rs80357906 ; COSV1',
    )
  })

  it('should read the last of a repeated key, skip "." and flags, and give null when nothing is searchable', () => {
    expect(text('CLNDN=first;CLNDN=second_one;GENEINFO=.;RS')).toBe('second one')
    expect(text('CLNDN=kept;CLNDN')).toBeNull()
    expect(text('DP=10;AF=0.5')).toBeNull()
  })

  it('should take the declared CSQ sub-fields, `&` read as a space', () => {
    expect(text('CSQ=T|missense_variant&splice_region_variant|TP53|ENST1:c.1A>T')).toBe(
      'missense variant splice region variant ; TP53 ; ENST1:c.1A>T',
    )
  })
})
