/**
 * Moved to `schema/column-buffers.ts` (row → column-buffer building needs no store); this shim keeps the old
 * import path working for the store until the integrator switches it.
 *
 * @module
 * @internal
 */
export {
  utf8Buffers,
  rowsToBuffers,
  transferables,
  posRanges,
} from '../schema/column-buffers.js'
export type {
  Validity,
  Utf8Buffers,
  ListBuffers,
  NumberBuffers,
  EmbeddingBuffers,
  ColumnBuffers,
  BatchBuffers,
  BufferRow,
  PosRange,
} from '../schema/column-buffers.js'
