/**
 * `startServer`: the only module that binds a port. Serves {@link createApp} with `@hono/node-server` and shuts
 * down gracefully on SIGTERM/SIGINT.
 *
 * @module
 */
import { once } from 'node:events'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { ConfigError, type TokenConfig, loadTokens } from '@vcf-agent/core'
import { type CreateAppOptions, createApp } from './app.js'
import { stderrLogger } from './middleware.js'

/** Options of {@link startServer}. */
export interface StartServerOptions extends Omit<CreateAppOptions, 'tokens'> {
  /** TCP port; 0 picks a free one. The default is 8080. */
  port?: number
  /** Interface to listen on. The default is `127.0.0.1` (local only); use `0.0.0.0` to listen on every interface. */
  host?: string
  /** Tokens given directly. Otherwise they come from `tokensFile` or `VCF_AGENT_TOKENS`. */
  tokens?: readonly TokenConfig[]
  /** JSON tokens file (`[{ "name", "sha256", "scopes" }]`). Takes precedence over `VCF_AGENT_TOKENS`. */
  tokensFile?: string
  /** Environment for `VCF_AGENT_TOKENS`. The default is `process.env`. */
  env?: NodeJS.ProcessEnv
  /**
   * Install SIGTERM/SIGINT handlers that close the server and exit the process (code 0 when every request
   * finished in time, 1 otherwise). A second signal kills the process at once. The default is true.
   */
  handleSignals?: boolean
  /** How long a shutdown waits for in-flight requests before cutting connections, in ms. The default is 30 000 ms. */
  shutdownTimeoutMs?: number
  /**
   * Longest time to receive a whole request, in ms (Node's `server.requestTimeout`); it bounds upload time.
   * The default is 3 600 000 ms (1 hour).
   */
  requestTimeoutMs?: number
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string
  /** The bound port (useful with `port: 0`). */
  port: number
  /** The bound interface. */
  host: string
  /**
   * Graceful stop: stop accepting connections, let in-flight requests finish (up to `shutdownTimeoutMs`), then close
   * the stores. Safe to call twice.
   * @returns true when every request finished in time
   */
  close(): Promise<boolean>
}

async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  try {
    await once(server, 'listening')
  } catch (err) {
    const message = `Cannot listen on ${host}:${port}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Choose another --port or --host.`
    throw new ConfigError('CONFIG_INVALID', message, { cause: err, details: { host, port } })
  }
  return server.address() as AddressInfo
}

/**
 * Starts the HTTP API on `host:port`.
 *
 * @param options - database folder, address, tokens, limits, shutdown behaviour
 * @returns the running server; its `url` is the base URL
 * @throws {VcfAgentError} `CONFIG_INVALID` when no tokens are configured (an empty list included), the tokens are
 *   invalid, or the port cannot be bound
 * @example
 * ```ts
 * const server = await startServer({ dbPath: './lancedb', port: 8080, tokensFile: 'tokens.json' })
 * console.error(`listening on ${server.url}`)
 * ```
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? stderrLogger
  const tokens =
    options.tokens ?? (await loadTokens({ tokensFile: options.tokensFile, env: options.env }))
  if (tokens.length === 0) {
    throw new ConfigError(
      'CONFIG_INVALID',
      'No API tokens are configured; the server would refuse every request. Give at least one token.',
    )
  }
  const created = createApp({ ...options, tokens, logger })
  const { app } = created
  const closeStores = (): Promise<void> => created.close()
  const host = options.host ?? '127.0.0.1'
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? 8080,
    hostname: host,
    serverOptions: { requestTimeout: options.requestTimeoutMs ?? 3_600_000 },
  }) as Server
  let address: AddressInfo
  try {
    address = await listen(server, options.port ?? 8080, host)
  } catch (err) {
    await closeStores()
    throw err
  }
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${urlHost}:${address.port}`
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 30_000

  let closing: Promise<boolean> | undefined
  let removeSignalHandlers = (): void => {}
  const close = (): Promise<boolean> => {
    closing ??= (async () => {
      removeSignalHandlers()
      let timer: NodeJS.Timeout | undefined
      const stopped = new Promise<boolean>((resolve) => server.close(() => resolve(true)))
      // server.close() only closes the connections idle at that moment; a keep-alive connection whose request
      // finishes later would hold the shutdown until its keep-alive timeout, so close idle ones as they appear.
      const sweeper = setInterval(() => server.closeIdleConnections(), 50)
      const finished = await Promise.race([
        stopped,
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), shutdownTimeoutMs)
        }),
      ])
      clearTimeout(timer)
      clearInterval(sweeper)
      if (!finished) {
        logger(
          JSON.stringify({
            ts: new Date().toISOString(),
            level: 'warn',
            msg: 'shutdown timeout: closing open connections',
            shutdownTimeoutMs,
          }),
        )
        server.closeAllConnections()
      }
      await closeStores()
      return finished
    })()
    return closing
  }

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      removeSignalHandlers()
      logger(
        JSON.stringify({
          ts: new Date().toISOString(),
          level: 'info',
          msg: 'shutting down',
          signal,
        }),
      )
      close().then(
        (finished) => {
          logger(
            JSON.stringify({
              ts: new Date().toISOString(),
              level: 'info',
              msg: 'stopped',
              clean: finished,
            }),
          )
          process.exit(finished ? 0 : 1)
        },
        () => process.exit(1),
      )
    }
    // After the first signal the handlers are gone, so a second SIGTERM/SIGINT kills the process at once.
    removeSignalHandlers = () => {
      process.off('SIGTERM', onSignal)
      process.off('SIGINT', onSignal)
    }
    process.once('SIGTERM', onSignal)
    process.once('SIGINT', onSignal)
  }

  return { url, port: address.port, host: address.address, close }
}
