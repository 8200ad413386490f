// Writes schema/index.md from @vcf-agent/core's COLUMNS (the one column list): a column table and a Mermaid
// ER diagram, so adding a column to COLUMNS updates this page.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cell, code, generatedBanner, table } from './markdown.mjs'

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Arrow storage type of a column kind (as core's store/arrow.ts builds it). */
export function arrowTypeOf(kind, dim) {
  switch (kind) {
    case 'utf8':
      return 'Utf8'
    case 'int64':
      return 'Int64'
    case 'float64':
      return 'Float64'
    case 'utf8_list':
      return 'List<Utf8>'
    case 'embedding':
      return `FixedSizeList<Float32, ${dim}>`
    default:
      throw new Error(
        `Unknown column kind ${kind}: teach apps/docs/scripts/generate-schema.mjs about it`,
      )
  }
}

/** Type word for a Mermaid ER attribute (letters, digits, `_`, `-`, `[]`, `()` only). */
export function erTypeOf(kind, dim) {
  return (
    {
      utf8: 'Utf8',
      int64: 'Int64',
      float64: 'Float64',
      utf8_list: 'Utf8[]',
      embedding: `Float32[${dim}]`,
    }[kind] ?? 'unknown'
  )
}

/**
 * The Mermaid ER diagram of the Variant table.
 *
 * @param {{ columns: readonly any[], primaryKey: string, dim: number, tableName?: string }} schema
 * @returns {string} the diagram source (without the fence)
 */
export function renderErDiagram({ columns, primaryKey, dim, tableName = 'variants' }) {
  const lines = ['erDiagram', `  ${tableName.toUpperCase()} {`]
  for (const c of columns) {
    const key = c.name === primaryKey ? ' PK' : ''
    lines.push(
      `    ${erTypeOf(c.kind, dim)} ${c.name}${key} "${c.nullable ? 'nullable' : 'not null'}, since v${c.since}"`,
    )
  }
  lines.push('  }')
  return lines.join('\n')
}

/**
 * The schema page.
 *
 * @param {{ COLUMNS: readonly any[], SCHEMA_VERSION: number, DEFAULT_DIM: number, PRIMARY_KEY: string,
 *   METADATA_SCHEMA_VERSION: string, METADATA_DIM: string }} core
 * @returns {string} Markdown
 */
export function renderSchemaPage({
  COLUMNS,
  SCHEMA_VERSION,
  DEFAULT_DIM,
  PRIMARY_KEY,
  METADATA_SCHEMA_VERSION,
  METADATA_DIM,
}) {
  const versions = [...new Set(COLUMNS.map((c) => c.since))].sort((a, b) => a - b)
  return [
    // no outline column: the wide column table gets the room
    '---',
    'aside: false',
    '---',
    '',
    generatedBanner("@vcf-agent/core's COLUMNS (packages/core/src/schema/columns.ts)"),
    '',
    '# Variant table schema',
    '',
    `Schema version **${SCHEMA_VERSION}**: ${COLUMNS.length} columns, one row per ALT allele. The primary key is`,
    `${code(PRIMARY_KEY)} (declared to LanceDB as its unenforced primary key; the store keeps it unique). The`,
    `embedding dimension is chosen when the table is created (default ${DEFAULT_DIM}).`,
    '',
    'Storage names are lowercase snake_case; `packages/core/src/schema/columns.ts` is the only place that maps them',
    'to VCF field names, and this page is generated from it. In filters (`--filter_sql`, `filter`), use these names.',
    '',
    '## Columns',
    '',
    table(
      ['column', 'Arrow type', 'nullable', 'since', 'meaning'],
      COLUMNS.map((c) => [
        code(c.name) + (c.name === PRIMARY_KEY ? ' (PK)' : ''),
        code(arrowTypeOf(c.kind, 'dim')),
        c.nullable ? 'yes' : 'no',
        `v${c.since}`,
        cell(c.description),
      ]),
    ),
    '',
    '## Diagram',
    '',
    '```mermaid',
    renderErDiagram({ columns: COLUMNS, primaryKey: PRIMARY_KEY, dim: DEFAULT_DIM }),
    '```',
    '',
    '## Versions',
    '',
    table(
      ['version', 'columns added'],
      versions.map((v) => [
        `v${v}${v === 1 ? " (the original Python tool's table)" : ''}`,
        COLUMNS.filter((c) => c.since === v)
          .map((c) => code(c.name))
          .join(', '),
      ]),
    ),
    '',
    `The table's Arrow schema metadata records the version under ${code(METADATA_SCHEMA_VERSION)} and the embedding`,
    `dimension under ${code(METADATA_DIM)}. A table with only the v1 columns (written by the original Python tool)`,
    'opens as it is; `vcf-agent migrate` adds the newer columns, null for the existing rows (see',
    '[Coming from the Python tool](/guide/getting-started#coming-from-the-python-tool)).',
    '',
  ].join('\n')
}

/** Imports the built core (dist) and writes schema/index.md. */
export async function generateSchemaPage() {
  const core = await import('@vcf-agent/core')
  await mkdir(join(docsDir, 'schema'), { recursive: true })
  await writeFile(join(docsDir, 'schema', 'index.md'), renderSchemaPage(core))
  return { columns: core.COLUMNS.length }
}
