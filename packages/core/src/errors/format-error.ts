/**
 * {@link formatError}: the one description of a thrown value that both adapters print. Pure: it neither prints
 * nor exits; the CLI's top-level catch and the server's `onError` turn it into stderr text or a JSON body.
 *
 * @module
 */
import { type ErrorCode, exitCodeFor, httpStatusFor } from './codes.js'
import { VcfAgentError } from './errors.js'

/** The hint shown with an `INTERNAL` error or any error that is not a {@link VcfAgentError}. */
export const REPORT_HINT = 'This is a bug in vcf-agent: please report it with the command you ran.'

/** The message an error that is not a {@link VcfAgentError} gets: its own text may hold paths or secrets. */
export const UNKNOWN_ERROR_MESSAGE =
  'Internal error: something failed that vcf-agent did not expect.'

/** What {@link formatError} returns. */
export interface FormattedError {
  /** Stable code; `INTERNAL` for anything that is not a {@link VcfAgentError}. */
  code: ErrorCode
  /** What happened and how to fix it. Never a stack trace. */
  message: string
  /** Machine-readable context, present only when the error has some. */
  details?: Record<string, unknown>
  /** The CLI exit code of {@link FormattedError.code}. */
  exitCode: number
  /** The HTTP status of {@link FormattedError.code}. */
  httpStatus: number
  /** A line for humans after the message (the "please report" hint for `INTERNAL`). */
  hint?: string
  /** False when the thrown value was not a {@link VcfAgentError}: the caller should log it in full. */
  known: boolean
}

/**
 * Describes any thrown value by the error table: a {@link VcfAgentError} keeps its code, message and details; anything
 * else becomes `INTERNAL` with {@link UNKNOWN_ERROR_MESSAGE} and {@link REPORT_HINT}, never its own text or stack.
 *
 * @param err - what was thrown
 * @returns code, message, details (when non-empty), exit code, HTTP status, hint, and whether it was a known error
 * @example
 * ```ts
 * const f = formatError(new StoreError('STORE_TABLE_NOT_FOUND', 'No table "variants".'))
 * // { code: 'STORE_TABLE_NOT_FOUND', message: 'No table "variants".', exitCode: 4, httpStatus: 404, known: true }
 * process.stderr.write(`error[${f.code}]: ${f.message}\n`)
 * ```
 */
export function formatError(err: unknown): FormattedError {
  if (!(err instanceof VcfAgentError)) {
    return {
      code: 'INTERNAL',
      message: UNKNOWN_ERROR_MESSAGE,
      exitCode: exitCodeFor('INTERNAL'),
      httpStatus: httpStatusFor('INTERNAL'),
      hint: REPORT_HINT,
      known: false,
    }
  }
  const code = err.code as ErrorCode
  const out: FormattedError = {
    code,
    message: err.message,
    exitCode: exitCodeFor(code),
    httpStatus: httpStatusFor(code),
    known: true,
  }
  if (Object.keys(err.details).length > 0) out.details = err.details
  if (code === 'INTERNAL') out.hint = REPORT_HINT
  return out
}
