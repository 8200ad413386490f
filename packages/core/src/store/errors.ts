/**
 * Translates LanceDB's native errors (plain `Error`s with a "Caused by:" chain) into typed errors, once.
 *
 * @module
 * @internal
 */
import { StoreError, VcfAgentError } from '../errors/errors.js'
import { maskFilter, redactMessage } from '../audit/index.js'

/** Does this native error look like a retryable commit conflict? @internal */
export function isCommitConflict(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err)
  return /commit conflict|Retryable|concurrent/i.test(msg)
}

/**
 * Maps a native LanceDB error to a {@link StoreError}. Literals in the native message are masked, since
 * DataFusion echoes the filter text.
 * @internal
 */
export function translateError(err: unknown, operation: string, filter?: string): VcfAgentError {
  if (err instanceof VcfAgentError) return err as VcfAgentError
  const raw = err instanceof Error ? err.message : String(err)
  const firstLine = redactMessage(
    (raw.split('\n')[0] ?? raw).replace(/,?\s*\S*\/(?:cargo|rustc)\/\S+:\d+:\d+/g, ''),
    { filters: [filter] },
  ).slice(0, 300)
  if (
    filter !== undefined &&
    /parse|sql|No field named|Invalid user input|planning|Schema error|type|column/i.test(raw)
  ) {
    return new StoreError(
      'STORE_BAD_FILTER',
      `LanceDB rejected the filter ${JSON.stringify(maskFilter(filter))} during ${operation}: ${firstLine}. ` +
        'Filters are DataFusion SQL over the Variant columns, e.g. "chrom = \'1\' AND pos > 1000".',
      { cause: err, details: { operation } },
    )
  }
  if (/was not found|not found/i.test(raw) && /table/i.test(raw)) {
    return new StoreError(
      'STORE_TABLE_NOT_FOUND',
      `Table not found during ${operation}: ${firstLine}`,
      {
        cause: err,
        details: { operation },
      },
    )
  }
  return new StoreError('STORE_FAILED', `LanceDB failed during ${operation}: ${firstLine}`, {
    cause: err,
    details: { operation },
  })
}

/**
 * Runs a LanceDB call, retrying commit conflicts (up to 5 times, 20 ms doubling backoff), and translates any
 * other failure once into a typed error.
 *
 * @param fn - the LanceDB call
 * @param operation - name of the operation, for the error message
 * @returns what `fn` returns
 * @throws {StoreError} the translated LanceDB error
 * @internal
 */
export async function withCommitRetry<T>(fn: () => Promise<T>, operation: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      if (attempt < 5 && isCommitConflict(err)) {
        await new Promise((r) => setTimeout(r, 20 * 2 ** attempt))
        continue
      }
      throw translateError(err, operation)
    }
  }
}
