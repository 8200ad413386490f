/**
 * `@vcf-agent/core`: the Variant schema, the locked LanceDB store, VCF ingestion and embeddings.
 *
 * @module
 */
export { ERROR_TABLE } from './errors/error-table.js'
export type { ErrorSpec } from './errors/error-table.js'
export {
  ErrorCode,
  HttpErrorCode,
  errorSpecFor,
  exitCodeFor,
  httpStatusFor,
  isErrorCode,
} from './errors/codes.js'
export type {
  AuditErrorCode,
  ConfigErrorCode,
  EmbeddingErrorCode,
  IngestErrorCode,
  InternalErrorCode,
  LockErrorCode,
  SchemaErrorCode,
  StoreErrorCode,
  UsageErrorCode,
  VcfParseErrorCode,
} from './errors/codes.js'
export {
  VcfAgentError,
  UsageError,
  ConfigError,
  SchemaError,
  VcfParseError,
  StoreError,
  LockError,
  EmbeddingError,
  AuditError,
  IngestError,
  InternalError,
} from './errors/errors.js'
export type { VcfAgentErrorOptions } from './errors/errors.js'
export { HttpError } from './errors/http-error.js'
export type { HttpErrorOptions } from './errors/http-error.js'
export { REPORT_HINT, UNKNOWN_ERROR_MESSAGE, formatError } from './errors/format-error.js'
export type { FormattedError } from './errors/format-error.js'
export {
  COLUMNS,
  COLUMN_NAMES,
  ORIGINAL_COLUMNS,
  PRIMARY_KEY,
  DEFAULT_DIM,
  SCHEMA_VERSION,
  METADATA_DIM,
  METADATA_SCHEMA_VERSION,
  findColumn,
} from './schema/columns.js'
export type { ColumnSpec, ColumnKind, ColumnName } from './schema/columns.js'
export { validateRows } from './schema/variant.js'
export type { Variant, VariantInput, VariantClass, RowIssue } from './schema/variant.js'
export { withWriteLock } from './lock/write-lock.js'
export type { WriteLockOptions, LockHolder } from './lock/write-lock.js'
export { VariantStore } from './store/variant-store.js'
export { VersionedStore } from './store/versioned-store.js'
export { DIFF_COLUMNS } from './store/diff.js'
export {
  DEFAULT_RETENTION_MS,
  DEFAULT_AUTO_OPTIMIZE,
  autoOptimizeFromEnv,
} from './store/optimize.js'
export type { AutoOptimize } from './store/optimize.js'
export { COMMIT_CHUNK_BYTES } from './store/ingest-session.js'
export { openStore } from './store/open.js'
export {
  type DbLocation,
  isObjectStoreUri,
  parseDbLocation,
  parseStorageOptions,
  storageOptionsFromEnv,
} from './store/location.js'
export { VariantQuery, VariantSearch } from './store/query-builder.js'
export { VariantTextSearch } from './store/text-builder.js'
export { DEFAULT_DESIGN, builtinDesignFor, isBuiltinDesign } from './embeddings/features-v2.js'
export type {
  OpenStoreOptions,
  SearchOptions,
  SearchHit,
  TextHit,
  FilterOptions,
  AddResult,
  UpsertResult,
  UpdateResult,
  DeleteResult,
  ScalarIndexType,
  VectorIndexType,
  VectorIndexOptions,
  IndexInfo,
  DistanceType,
  MigrateResult,
  StoreStats,
  SourceHeader,
  PositionBins,
  SearchTarget,
  VersionInfo,
  TagInfo,
  RestoreResult,
  OptimizeOptions,
  OptimizeResult,
  ChangedVariant,
  DiffOptions,
  DiffResult,
} from './store/types.js'
export {
  validateFilter,
  checkFilter,
  FILTER_FUNCTIONS,
  DEFAULT_MAX_FILTER_LENGTH,
  sqlString,
  sqlIdent,
  sqlEquals,
  maskFilter,
  MASK,
} from './filter/index.js'
export type {
  FilterCheckOptions,
  FilterProblem,
  FilterCheckResult,
  MaskFilterOptions,
} from './filter/index.js'
export {
  READ_CHECK_MS,
  READ_FLUSH_MS,
  createAuditLog,
  createNullAuditLog,
  audited,
  verifyAuditLog,
  maskValue,
  maskDetails,
  describeUpdate,
  redactMessage,
  AUDIT_GENESIS_HASH,
  DEFAULT_SENSITIVE_COLUMNS,
} from './audit/index.js'
export type {
  AuditEvent,
  AuditLog,
  AuditRecord,
  CreateAuditLogOptions,
  RecordOptions,
  AuditBase,
  UnauditedErrorMark,
  MaskOptions,
  RedactMessageOptions,
  VerifyAuditLogOptions,
  VerifyAuditLogResult,
} from './audit/index.js'
export { classifyAllele } from './schema/classify.js'
export { readVcf } from './vcf/reader.js'
export type { ReadRecord, VcfRow, VcfReader, ReadVcfOptions } from './vcf/reader.js'
export { splitRecord } from './vcf/record.js'
export type { VcfRecord, SplitRecord, SplitRow, SplitOptions, StoredRecord } from './vcf/record.js'
export type { VariantAnnotations } from './vcf/annotations.js'
export { parseHeader } from './vcf/header.js'
export { DEFAULT_VIOLATION_LIMIT, createValidator, validateVcf } from './vcf/validate/validator.js'
export type { LineValidator } from './vcf/validate/validator.js'
export type { ValidateOptions, ValidationReport, Violation } from './vcf/validate/types.js'
export type { VcfHeader, InfoDeclaration } from './vcf/header.js'
export { afterLastGood, checkEnding, truncatedLine } from './vcf/input-ending.js'
export type { ReadPoint } from './vcf/input-ending.js'
export {
  STDIN_NAME,
  checkVcfInput,
  compressionOf,
  detectCompression,
  openByteSource,
  openVcfSource,
  sourceName,
} from './vcf/source.js'
export type { ByteSource, Compression, InputEnding, VcfInput, VcfSource } from './vcf/source.js'
export { parseGt, gtAlleles, carriers, splitSampleColumns } from './vcf/genotypes.js'
export { mergeHeaders, samplesOfHeader } from './vcf/header-merge.js'
export type { HeaderUse, MergeSource, MergedHeader } from './vcf/header-merge.js'
export { writeVcf, compareChrom, noteInfoTypes, vcfHeader } from './vcf/writer.js'
export type { InfoType, VcfHeaderFacts } from './vcf/writer.js'
export type { WriteVcfOptions } from './vcf/writer.js'
export { recordToRow, rowToRecord } from './vcf/to-row.js'
export type { VariantRow, RowKeys, RowToRecordOptions } from './vcf/to-row.js'
export { makeVariantId, alleleDigest, MAX_VARIANT_ID_LENGTH } from './ingest/variant-id.js'
export { MAX_WORKERS, ingestVcf } from './ingest/ingest.js'
export type { IngestOptions, IngestResult, IngestProgress } from './ingest/ingest.js'
export { storeSink } from './ingest/sink.js'
export type {
  BatchSink,
  AppendBatch,
  AppendResult,
  IngestWriter,
  IngestWriterOptions,
  IngestCommit,
} from './ingest/sink.js'
export {
  createFeatureEmbedder,
  createOpenAIEmbedder,
  describeVariant,
  parseVariantSpec,
  parseVariantId,
  chooseEmbedder,
} from './embeddings/index.js'
export type {
  EmbeddingProvider,
  VariantFeatures,
  FeatureEmbedder,
  CreateOpenAIEmbedderOptions,
  VariantSpec,
  EmbedderChoice,
} from './embeddings/index.js'
export { exportVcf } from './export/export-vcf.js'
export type { ExportVcfOptions } from './export/export-vcf.js'
export { parseRegion, parseRegions } from './vcf/regions.js'
export type { Region } from './vcf/regions.js'
export { readBedFile, parseBed } from './vcf/bed.js'
export { genomicFilter } from './query/regions.js'
export type { GenomicQuery } from './query/regions.js'
export { REQUEST_OPTIONS, OPERATION_OPTIONS } from './query/options.js'
export type {
  RequestOption,
  RequestOptionName,
  OptionType,
  Operation,
  RequestOf,
} from './query/options.js'
export { parseOption, parseRequest } from './query/request.js'
export type { RequestSource } from './query/request.js'
export {
  filterRows,
  searchHits,
  searchTextHits,
  deleteRows,
  tableStats,
  exportQuery,
  addVariant,
  updateVariant,
  createIndex,
  migrateTable,
  variantById,
  ingestFile,
} from './query/operations.js'
export type { RequestFiles, RowStream, SearchAnswer, TextSearchAnswer } from './query/operations.js'
export {
  listVersions,
  createTag,
  listTags,
  deleteTag,
  restoreTable,
  diffTable,
  optimizeTable,
} from './query/versions.js'
export type {
  VersionJson,
  VersionsJson,
  TagJson,
  RestoreJson,
  DiffJson,
  OptimizeJson,
} from './query/versions.js'
export { rowToJson, statsJson, ingestSummary, indexesJson } from './query/json.js'
export type { StatsJson, IngestSummary } from './query/json.js'
export {
  SCOPES,
  hashToken,
  parseTokens,
  loadTokens,
  TokenVerifier,
  hasScope,
} from './auth/tokens.js'
export type { Scope, TokenConfig, Principal, LoadTokensOptions } from './auth/tokens.js'
export { VARIANT_CLASSES } from './schema/variant.js'
export { listTables } from './store/open.js'
