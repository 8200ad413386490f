/**
 * How a VCF input ended, read as htslib reads it: a BGZF file without its EOF marker is possibly truncated (a
 * warning), and one that also ends inside a line is truncated (an error naming the last whole line).
 *
 * @module
 */
import { VcfParseError } from '../errors/errors.js'
import type { InputEnding } from './source.js'

/** Where reading stopped, for the messages of {@link checkEnding} and {@link afterLastGood}. */
export interface ReadPoint {
  /** Data records (lines) read, when known. */
  records?: number
  /** 1-based line number of the last line read; 0 before any. */
  line: number
}

/**
 * Checks how an input ended, once it has been read to the end. A BGZF file without the EOF marker whose last line
 * has no line end was cut in the middle of a record: that is `VCF_PARSE_TRUNCATED`. Without the marker but with
 * a whole last line the file may have been cut at a block boundary, or written by an old tool that left the marker
 * out (the spec says readers should treat its absence as possible truncation, not as an error): that returns a
 * warning with the count read, as htslib warns.
 *
 * @param ending - how the input ended (`ByteSource.ending`)
 * @param file - the file name for messages
 * @param at - records and lines read
 * @returns a warning message, or undefined when the input ended as it should
 * @throws {VcfParseError} `VCF_PARSE_TRUNCATED` when a BGZF file lacks its EOF marker and ends inside a line
 * @example
 * ```ts
 * checkEnding({ bgzfEofMarker: true, finalNewline: true }, 'x.vcf.gz', { records: 10, line: 40 }) // undefined
 * ```
 */
export function checkEnding(
  ending: InputEnding | undefined,
  file: string,
  at: ReadPoint,
): string | undefined {
  const cut = truncatedLine(ending, file, at.line)
  if (cut) throw cut
  if (ending?.bgzfEofMarker !== false) return undefined
  return `${file}: no BGZF EOF marker; the file may be truncated. Read ${at.records ?? 'all'} records (${at.line} lines); if the file should hold more, get the whole file again, or re-compress it with bgzip if it is complete.`
}

/**
 * The error for a BGZF input without its EOF marker that ends inside a line (`line`, its last), or undefined when
 * the input ended otherwise (or has not ended). A reader that fails to parse the last line checks this first:
 * the line is cut, not malformed.
 *
 * @param ending - how the input ended (`ByteSource.ending`)
 * @param file - the file name for messages
 * @param line - 1-based number of the input's last line
 * @returns a `VCF_PARSE_TRUNCATED` error, or undefined
 */
export function truncatedLine(
  ending: InputEnding | undefined,
  file: string,
  line: number,
): VcfParseError | undefined {
  if (ending?.bgzfEofMarker !== false || ending.finalNewline) return undefined
  return new VcfParseError(
    'VCF_PARSE_TRUNCATED',
    `${file}: the BGZF file has no EOF marker and ends inside line ${line}, which has no line end: the file is truncated. Lines up to ${line - 1} are whole. Get the whole file again; nothing of it was stored.`,
    { details: { file, line } },
  )
}

/**
 * Adds where reading stopped to a `VCF_PARSE_TRUNCATED` error from `ByteSource.chunks`: the last whole line
 * and the number of records before it. Other errors are returned as they are.
 *
 * @param err - the error
 * @param at - records and lines read before the input broke off
 * @returns the error to throw
 */
export function afterLastGood(err: unknown, at: ReadPoint): unknown {
  if (
    !(err instanceof VcfParseError) ||
    err.code !== 'VCF_PARSE_TRUNCATED' ||
    'line' in err.details
  )
    return err
  return new VcfParseError(
    'VCF_PARSE_TRUNCATED',
    `${err.message} The last whole line read was line ${at.line}${at.records === undefined ? '' : ` (${at.records} records)`}; nothing of the file was stored.`,
    {
      cause: err.cause,
      details: {
        ...err.details,
        line: at.line,
        ...(at.records === undefined ? {} : { records: at.records }),
      },
    },
  )
}
