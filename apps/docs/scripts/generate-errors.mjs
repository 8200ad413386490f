// Writes reference/errors.md from @vcf-agent/core's ERROR_TABLE: every error code with its description, HTTP
// status and CLI exit code. The CLI and HTTP pages link here instead of keeping tables of their own.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cell, code, generatedBanner, table } from './markdown.mjs'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Site path of the generated page (for links from other pages). */
export const ERRORS_PAGE = '/reference/errors'

/** Rows `[number, codes]` of the codes grouped by one field (`http` or `exit`), in ascending order. */
function groupedRows(entries, field) {
  const groups = new Map()
  for (const [errorCode, spec] of entries)
    groups.set(spec[field], [...(groups.get(spec[field]) ?? []), errorCode])
  return [...groups]
    .sort((x, y) => x[0] - y[0])
    .map(([n, codes]) => [String(n), codes.map(code).join(', ')])
}

/**
 * The error reference page.
 *
 * @param {{ ERROR_TABLE: Record<string, { http: number, exit: number, description: string }> }} core
 * @returns {string} Markdown
 */
export function renderErrorsPage({ ERROR_TABLE }) {
  const entries = Object.entries(ERROR_TABLE)
  return [
    generatedBanner("@vcf-agent/core's ERROR_TABLE"),
    '',
    '# Error codes',
    '',
    'Every error vcf-agent reports has a stable string `code`. Codes are public API: they are never renamed, only',
    'deprecated. Branch on the code, never on the message. The CLI prints `error[CODE]: message` on stderr (with',
    '`--json` also `{"error": {"code", "message", "details"?}}` on stdout) and exits with the code\'s exit code; the',
    'HTTP API answers with the code\'s status and `{ "error": { "code", "message", "details"?, "requestId" } }`.',
    'Codes marked "HTTP only" never reach the CLI.',
    '',
    `${entries.length} codes, one table: \`ERROR_TABLE\` in \`@vcf-agent/core\`.`,
    '',
    table(
      ['code', 'HTTP status', 'CLI exit', 'description'],
      entries.map(([errorCode, s]) => [
        code(errorCode),
        String(s.http),
        String(s.exit),
        cell(s.description),
      ]),
    ),
    '',
    '## By exit code',
    '',
    table(['exit', 'error codes'], [['0', 'success'], ...groupedRows(entries, 'exit')]),
    '',
    '## By HTTP status',
    '',
    table(['status', 'error codes'], groupedRows(entries, 'http')),
    '',
  ].join('\n')
}

/** Imports the built core (dist) and writes reference/errors.md. */
export async function generateErrorsPage() {
  const core = await import('@vcf-agent/core')
  await mkdir(join(docsDir, 'reference'), { recursive: true })
  await writeFile(join(docsDir, 'reference', 'errors.md'), renderErrorsPage(core))
  return { codes: Object.keys(core.ERROR_TABLE).length }
}
