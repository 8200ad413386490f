// Writes cli/index.md from @vcf-agent/cli's COMMANDS, GLOBAL_OPTIONS and OPTIONS (the built package in dist),
// and the exit-code summary from @vcf-agent/core's ERROR_TABLE (the full table is reference/errors.md).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cell, code, generatedBanner, table } from './markdown.mjs'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The anchor VitePress gives a heading (its default slugify, from @mdit-vue/shared). */
export function slugify(text) {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036F]/g, '')
      // eslint-disable-next-line no-control-regex -- strips C0 control characters on purpose, as VitePress's slugify does
      .replace(/[\u0000-\u001f]/g, '')
      .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(\d)/, '_$1')
      .toLowerCase()
  )
}

/** A command with its positional arguments, as cac lists it: `audit <action>`. */
function usageOf(command) {
  return command.args ? `${command.name} ${command.args}` : command.name
}

/** `db_path` → `--db_path`, plus its kebab-case alias `--db-path` when that differs (as cac is told in the CLI). */
export function flagNames(option) {
  const kebab = option.name.replace(/_/g, '-')
  return { flag: `--${option.name}`, alias: kebab === option.name ? undefined : `--${kebab}` }
}

function optionRows(names, OPTIONS) {
  return names.map((name) => {
    const o = OPTIONS[name]
    if (!o) throw new Error(`The CLI names option ${name}, which is not in OPTIONS`)
    const { flag, alias } = flagNames(o)
    return [
      code(o.value ? `${flag} ${o.value}` : flag),
      alias ? code(alias) : '',
      o.default === undefined ? '' : code(String(o.default)),
      cell(o.description),
    ]
  })
}

/**
 * The CLI reference page.
 *
 * @param {{ COMMANDS: any[], GLOBAL_OPTIONS: string[], OPTIONS: Record<string, any>, version: string,
 *   exitCodes?: { code: string, exit: number }[] }} cli
 * @returns {string} Markdown
 */
export function renderCliPage({ COMMANDS, GLOBAL_OPTIONS, OPTIONS, version, exitCodes = [] }) {
  const header = ['flag', 'alias', 'default', 'description']
  const out = [
    generatedBanner("@vcf-agent/cli's COMMANDS and OPTIONS"),
    '',
    '# CLI reference',
    '',
    `\`vcf-agent\` ${version}. Each flag can be spelled in snake_case, as the original Python tool did, or in`,
    'kebab-case (the alias column). Every command also takes the global options and `-h, --help`;',
    '`vcf-agent --version` (`-v`) prints the version. With `--json`, stdout carries exactly one JSON document',
    '(NDJSON for row streams) and everything for humans goes to stderr.',
    '',
    '## Commands',
    '',
    table(
      ['command', 'description'],
      COMMANDS.map((c) => [`[${code(usageOf(c))}](#${slugify(c.name)})`, cell(c.description)]),
    ),
    '',
    '## Global options',
    '',
    'Every command takes these.',
    '',
    table(header, [
      ...optionRows(GLOBAL_OPTIONS, OPTIONS),
      [code('-h, --help'), '', '', "Show the command's help"],
      [code('-v, --version'), '', '', 'Show the version (top level)'],
    ]),
    '',
  ]
  for (const c of COMMANDS) {
    out.push(
      `## ${cell(c.name)}`,
      '',
      cell(c.description),
      '',
      '```sh',
      `vcf-agent ${usageOf(c)} [options]`,
      '```',
      '',
    )
    if (c.options.length > 0) {
      out.push(
        table(header, optionRows(c.options, OPTIONS)),
        '',
        `Plus the [global options](#global-options).`,
        '',
      )
    } else {
      out.push('Only the [global options](#global-options).', '')
    }
    if (c.examples.length > 0)
      out.push('Examples:', '', '```sh', ...c.examples.map((e) => `$ ${e}`), '```', '')
  }
  if (exitCodes.length > 0) {
    const byExit = new Map()
    for (const { code: errorCode, exit } of exitCodes)
      byExit.set(exit, [...(byExit.get(exit) ?? []), errorCode])
    out.push(
      '## Exit codes',
      '',
      'The exit code follows the error code of the failure (`error[CODE]: message` on stderr; with `--json` also',
      '`{"error": {"code", "message", …}}` on stdout). Unknown commands and flags exit with 2. What each code means:',
      '[error codes](/reference/errors).',
      '',
      table(
        ['exit', 'error codes'],
        [
          ['0', 'success'],
          ...[...byExit]
            .sort((a, b) => a[0] - b[0])
            .map(([exit, codes]) => [String(exit), codes.map(code).join(', ')]),
        ],
      ),
      '',
    )
  }
  return out.join('\n')
}

/** Imports the built CLI and core (dist) and writes cli/index.md. */
export async function generateCliPage() {
  const require = createRequire(import.meta.url)
  const cliPkgPath = require.resolve('@vcf-agent/cli/package.json')
  const { version } = JSON.parse(await readFile(cliPkgPath, 'utf8'))
  const { COMMANDS, GLOBAL_OPTIONS, OPTIONS } = await import('@vcf-agent/cli')
  const { ERROR_TABLE, HttpErrorCode } = await import('@vcf-agent/core')
  const exitCodes = Object.entries(ERROR_TABLE)
    .filter(([c]) => !(c in HttpErrorCode)) // the HTTP-only codes never reach the CLI
    .map(([c, s]) => ({ code: c, exit: s.exit }))
  const page = renderCliPage({ COMMANDS, GLOBAL_OPTIONS, OPTIONS, version, exitCodes })
  await mkdir(join(docsDir, 'cli'), { recursive: true })
  await writeFile(join(docsDir, 'cli', 'index.md'), page)
  return { commands: COMMANDS.length }
}
