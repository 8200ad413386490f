/**
 * The `annotation` text of a stored row, made again from its INFO and ID as they stand (after an update), the way
 * ingest made it from the record.
 *
 * @module
 * @internal
 */
import type { Variant } from '../schema/variant.js'
import { annotationText } from './annotation-text.js'
import type { VcfHeader } from './header.js'
import { InfoColumn } from './info.js'
import { rowToRecord } from './to-row.js'
import { formatRecord } from './writer.js'

/**
 * {@link annotationText} of a stored row: its INFO JSON written back as the INFO column (as export writes it) and
 * its ID.
 *
 * @param row - the row (at least chrom, pos, ref, alt; `info` and `id` as they are to be stored)
 * @param header - the header of the file the row came from (for the ANN and CSQ field lists), or undefined when
 *   none was recorded (then ANN and CSQ add nothing)
 * @returns the text, or null when the row's INFO and ID have none of the searchable fields
 * @internal
 */
export function rowAnnotationText(row: Variant, header: VcfHeader | undefined): string | null {
  const rec = rowToRecord(row)
  const line = formatRecord(rec, new Map())
  const infoText = line.slice(line.lastIndexOf('\t') + 1)
  const types = header?.infoTypes ?? {}
  return annotationText(
    new InfoColumn(infoText, types),
    header ?? { annFields: undefined, csqFields: undefined },
    rec.ID,
  )
}
