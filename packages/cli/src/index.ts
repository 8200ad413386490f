/**
 * `@vcf-agent/cli`: the `vcf-agent` command line, a thin layer over `@vcf-agent/core`.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { cac } from 'cac'
import { REQUEST_OPTIONS, UsageError, formatError, parseOption } from '@vcf-agent/core'
import { COMMANDS, GLOBAL_OPTIONS } from './cli.js'
import { makeContext } from './commands/context.js'
import { OPTIONS, type OptionSpec, flagsOf } from './options.js'
import { printError, printOutput } from './output.js'

export { COMMANDS, GLOBAL_OPTIONS } from './cli.js'
export type { CommandSpec } from './cli.js'
export { OPTIONS } from './options.js'
export type { OptionSpec, OptionName } from './options.js'

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

/** Stands for a lone `-` argument while cac parses (cac would drop it). */
const STDIN_TOKEN = '\u0000stdin'

/** Stands for an empty argument (`--query ''`) while cac parses (cac would read it as the number 0). */
const EMPTY_TOKEN = '\u0000empty'

/** `-` and `''` again where cac's result holds {@link STDIN_TOKEN} or {@link EMPTY_TOKEN}. */
function restoreStdin(v: unknown): unknown {
  if (v === STDIN_TOKEN) return '-'
  if (v === EMPTY_TOKEN) return ''
  if (Array.isArray(v)) return v.map(restoreStdin)
  if (v != null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restoreStdin(x)]))
  return v
}

/**
 * Runs the CLI with `argv` (as `process.argv`) and sets `process.exitCode`: 0 on success, else the exit code of
 * the error's code in core's error table (usage 2, parse/schema 3, not found 4, lock 5, internal 70, other 1).
 *
 * @param argv - `[node, script, ...args]`
 * @example
 * ```ts
 * await main(['node', 'vcf-agent', 'init-lancedb', '--dim', '128'])
 * ```
 */
export async function main(argv: string[]): Promise<void> {
  // Files this process creates (LanceDB data, audit log) are private: umask 077, or VCF_AGENT_UMASK (octal).
  process.umask(
    process.env.VCF_AGENT_UMASK ? Number.parseInt(process.env.VCF_AGENT_UMASK, 8) : 0o077,
  )
  // `vcf-agent export-vcf | head`: a closed pipe is the reader's choice, not an error
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw err
    })
  }
  const cli = cac('vcf-agent')
  const json = argv.includes('--json')
  let running: Promise<void> | undefined
  for (const spec of COMMANDS) {
    const cmd = cli.command(spec.args ? `${spec.name} ${spec.args}` : spec.name, spec.description)
    for (const name of [...spec.options, ...GLOBAL_OPTIONS]) {
      const o = OPTIONS[name] as OptionSpec
      const def = o.default === undefined ? '' : ` (default: ${String(o.default)})`
      cmd.option(flagsOf(o), `${o.description}${def}`)
    }
    for (const ex of spec.examples) cmd.example(`  $ ${ex}`)
    cmd.action((...params: unknown[]) => {
      const parsed = restoreStdin(params[params.length - 1]) as Record<string, unknown>
      const positionals = params
        .slice(0, -1)
        .filter((p) => p !== undefined)
        .map((p) => String(restoreStdin(p)))
      running = (async () => {
        const ctx = makeContext(parsed, process.stderr, positionals)
        const out = await spec.run(ctx)
        printOutput(out, ctx.json, process.stdout, process.stderr)
      })()
    })
  }
  // `--version` is also the option of `tag create --version V`, so the top-level flag is read here, not by cac
  // (whose help also hides any command option named version: it is put back here)
  cli.globalCommand.versionNumber = VERSION
  cli.help((sections) => {
    const options = sections.find((s) => s.title === 'Options')
    if (!options) return sections
    const command = cli.matchedCommand
    const named = command?.options.find((o) => o.name === 'version')
    // the width of the flag column cac laid out
    const width = /^ {2}(\S.*?\S)\s{2,}\S/.exec(options.body)?.[0].length ?? 0
    const line = (flags: string, text: string): string =>
      `  ${`${flags}  `.padEnd(Math.max(width - 3, flags.length + 2))}${text}\n`
    if (named) options.body = line(named.rawName, named.description) + options.body
    else if (!command) options.body = line('-v, --version', 'Display version number') + options.body
    return sections
  })
  try {
    // cac drops a lone `-` (standard input, as in `ingest-vcf -`) and reads '' as 0: both pass through as tokens
    cli.parse(
      argv.map((a, i) => (i < 2 ? a : a === '-' ? STDIN_TOKEN : a === '' ? EMPTY_TOKEN : a)),
      { run: false },
    )
    if (!cli.matchedCommand && (cli.options.version || cli.options.v)) {
      process.stdout.write(
        `vcf-agent/${VERSION} ${process.platform}-${process.arch} node-${process.version}\n`,
      )
      return
    }
    if (!cli.matchedCommand && !cli.options.help) {
      const unknown = cli.args[0]
      if (unknown)
        throw Object.assign(
          new Error(
            `Unknown command ${JSON.stringify(unknown)}. Run vcf-agent --help for the list.`,
          ),
          { name: 'CACError' },
        )
      cli.outputHelp()
      return
    }
    await cli.runMatchedCommand()
    await running
  } catch (err) {
    process.exitCode = report(err, json)
  }
}

/**
 * cac reports an unknown flag camelCased (`--filter-sq` as `` `--filterSq` ``): name it as the user typed it.
 * A negative number after a flag (`--limit -1`) reads as a flag too: for an integer option (none takes a negative
 * one) the error is core's for that value, as `--limit=-1` gives; for the others, say to write `--flag=-1`.
 */
function asTyped(message: string): string {
  const m = /Unknown option `(-{1,2})([^`]+)`/.exec(message)
  if (!m) return message
  if (/^\d/.test(m[2]!)) {
    // cac names `-0.5` as `-0`: the argument is the one that starts so
    const at = process.argv.findIndex((a) => a.startsWith(`${m[1]}${m[2]}`))
    const flag = at > 0 ? process.argv[at - 1]! : '--option'
    const value = at > 0 ? process.argv[at]! : `${m[1]}${m[2]}`
    const name = flag.replace(/^-+/, '').replaceAll('-', '_')
    if (Object.hasOwn(REQUEST_OPTIONS, name)) {
      const option = name as keyof typeof REQUEST_OPTIONS
      try {
        if (REQUEST_OPTIONS[option].type === 'int') parseOption(option, Number(value), 'text')
      } catch (err) {
        return (err as Error).message
      }
    }
    return `${flag} ${value}: a negative number after a flag reads as a flag; write ${flag}=${value}.`
  }
  const camel = (flag: string): string =>
    flag.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase())
  const typed = process.argv.find(
    (a) => a.startsWith('-') && camel(a.replace(/^-+/, '').split('=')[0]!) === camel(m[2]!),
  )
  return typed ? message.replace(`\`${m[1]}${m[2]}\``, `\`${typed.split('=')[0]}\``) : message
}

/** The single top-level handler: core's `formatError` decides code, message and exit code; output.ts prints. */
function report(err: unknown, json: boolean): number {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return 0
  const isCacError = err instanceof Error && err.name === 'CACError'
  const formatted = formatError(
    isCacError
      ? new UsageError(
          'USAGE_INVALID_ARGUMENT',
          asTyped(err.message.replaceAll(STDIN_TOKEN, '-').replaceAll(EMPTY_TOKEN, "''")),
        )
      : err,
  )
  // An unexpected error's own text and stack go to the local user's stderr only (never into --json output).
  const stderrText = formatted.known
    ? undefined
    : err instanceof Error
      ? (err.stack ?? err.message)
      : String(err)
  printError(formatted, json, process.stdout, process.stderr, stderrText)
  return formatted.exitCode
}
