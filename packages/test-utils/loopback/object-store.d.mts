/** Credentials the loopback servers accept (any are; these are what the printed exports use). */
export declare const LOOPBACK_CREDENTIALS: Readonly<{
  accessKeyId: string
  secretAccessKey: string
  region: string
}>

/** Options of {@link startLoopbackObjectStore}. */
export interface LoopbackObjectStoreOptions {
  /** S3 port (default 0: any free port). */
  s3Port?: number
  /** DynamoDB port (default 0); `false` starts no DynamoDB emulator. */
  dynamoPort?: number | false
  /** Bucket to create (default `vcf-agent`). */
  bucket?: string
  /** Commit-store table to create (default `vcf-agent-commits`). */
  ddbTable?: string
  /** Where s3rver keeps objects (default: a new temp folder, removed on stop). */
  directory?: string
  /** Atomic PUT/COPY and `If-None-Match: *` (default true). */
  conditional?: boolean
}

/** The running loopback servers. */
export interface LoopbackObjectStore {
  /** `http://127.0.0.1:PORT` of the S3 server. */
  s3Endpoint: string
  /** `http://127.0.0.1:PORT` of the DynamoDB emulator, when started. */
  dynamoEndpoint: string | undefined
  bucket: string
  ddbTable: string
  directory: string
  /** The AWS environment variables that point a client at these servers. */
  env: Record<string, string>
  /** `s3://<bucket>/<prefix>`. */
  s3Uri(prefix?: string): string
  /** `s3+ddb://<bucket>/<prefix>?ddbTableName=<table>`. */
  ddbUri(prefix?: string): string
  /** Stops both servers (and removes the temp folder it made). */
  stop(): Promise<void>
}

/** Starts the loopback object store on 127.0.0.1. */
export declare function startLoopbackObjectStore(
  options?: LoopbackObjectStoreOptions,
): Promise<LoopbackObjectStore>

/**
 * Starts the loopback object store in a child process (outside the test runner's module system); `stop()`
 * ends it with SIGTERM.
 */
export declare function spawnLoopbackObjectStore(
  options?: LoopbackObjectStoreOptions,
): Promise<LoopbackObjectStore>
