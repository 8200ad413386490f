import {
  COLUMNS,
  DEFAULT_DIM,
  ERROR_TABLE,
  METADATA_DIM,
  METADATA_SCHEMA_VERSION,
  PRIMARY_KEY,
  SCHEMA_VERSION,
} from '@vcf-agent/core'
import { describe, expect, it } from 'vitest'
import { renderCliPage } from '../scripts/generate-cli.mjs'
import { renderErrorsPage } from '../scripts/generate-errors.mjs'
import { renderHttpPage } from '../scripts/generate-http.mjs'
import { renderErDiagram, renderSchemaPage } from '../scripts/generate-schema.mjs'

describe('renderSchemaPage', () => {
  const core = {
    COLUMNS,
    SCHEMA_VERSION,
    DEFAULT_DIM,
    PRIMARY_KEY,
    METADATA_SCHEMA_VERSION,
    METADATA_DIM,
  }

  it('should have a table row and an ER attribute for every column', () => {
    const page = renderSchemaPage(core)
    const er = renderErDiagram({ columns: COLUMNS, primaryKey: PRIMARY_KEY, dim: DEFAULT_DIM })
    for (const c of COLUMNS) {
      expect(page).toContain(`| \`${c.name}\``)
      expect(er).toMatch(new RegExp(`^    \\S+ ${c.name}( PK)? "`, 'm'))
    }
    expect(page).toContain(`Schema version **${SCHEMA_VERSION}**`)
  })

  it('should show a column added to COLUMNS', () => {
    const added = [
      ...COLUMNS,
      { name: 'new_col', kind: 'int64', nullable: true, since: 3, description: 'A new column.' },
    ]
    const page = renderSchemaPage({ ...core, COLUMNS: added })
    expect(page).toContain('| `new_col` | `Int64` | yes | v3 | A new column. |')
    expect(page).toContain('    Int64 new_col "nullable, since v3"')
  })
})

describe('renderHttpPage', () => {
  it('should say the server is in progress without an OpenAPI document', () => {
    expect(renderHttpPage(undefined)).toContain('::: info In progress')
  })

  it('should list method, path, summary and scope of every endpoint', () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 'vcf-agent', version: '0.1.0' },
      paths: {
        '/tables/{table}/search': {
          post: { summary: 'Search by embedding', security: [{ bearer: ['read'] }] },
        },
        '/tables/{table}/variants': {
          delete: { summary: 'Delete | by filter', 'x-scope': 'write' },
          get: { summary: 'List' },
        },
        '/tables': { post: { summary: 'Create a table (scope admin)' } },
        '/healthz': { get: { summary: 'Liveness check', security: [] } },
      },
    }
    const page = renderHttpPage(spec, [{ code: 'LOCK_TIMEOUT', status: 409 }])
    expect(page).toContain('| method | path | summary | scope |')
    expect(page).toContain('| `POST` | `/tables/{table}/search` | Search by embedding | `read` |')
    expect(page).toContain(
      '| `DELETE` | `/tables/{table}/variants` | Delete \\| by filter | `write` |',
    )
    expect(page).toContain('| `GET` | `/tables/{table}/variants` | List |  |')
    expect(page).toContain('| `POST` | `/tables` | Create a table | `admin` |')
    expect(page).toContain('| `GET` | `/healthz` | Liveness check | none |')
    expect(page).toContain('| 409 | `LOCK_TIMEOUT` |')
  })
})

describe('renderCliPage', () => {
  it('should give every command a section with its flags, aliases, defaults and examples', () => {
    const page = renderCliPage({
      version: '9.9.9',
      GLOBAL_OPTIONS: ['db_path'],
      OPTIONS: {
        db_path: {
          name: 'db_path',
          value: '<path>',
          description: 'LanceDB folder',
          default: './lancedb',
        },
        limit: { name: 'limit', value: '<n>', description: 'Maximum rows', default: 10 },
      },
      COMMANDS: [
        {
          name: 'filter-lancedb',
          description: 'Variants matching a <sql> filter',
          options: ['limit'],
          examples: ['vcf-agent filter-lancedb --limit 5'],
        },
        {
          name: 'audit',
          args: '<action>',
          description: 'audit verify: check the chain',
          options: [],
          examples: [],
        },
      ],
    })
    expect(page).toContain('## filter-lancedb')
    expect(page).toContain('Variants matching a &lt;sql&gt; filter')
    expect(page).toContain('| `--limit <n>` |  | `10` | Maximum rows |')
    expect(page).toContain('| `--db_path <path>` | `--db-path` | `./lancedb` | LanceDB folder |')
    expect(page).toContain('$ vcf-agent filter-lancedb --limit 5')
    expect(page).toContain('## audit\n')
    expect(page).toContain('| [`audit <action>`](#audit) | audit verify: check the chain |')
    expect(page).toContain('vcf-agent audit <action> [options]')
  })
})

describe('renderErrorsPage', () => {
  it('should list every code of ERROR_TABLE with its HTTP status, exit code and description', () => {
    const page = renderErrorsPage({ ERROR_TABLE })
    const codes = Object.keys(ERROR_TABLE) as (keyof typeof ERROR_TABLE)[]
    expect(codes.length).toBeGreaterThan(30)
    for (const c of codes) {
      const { http, exit } = ERROR_TABLE[c]
      expect(page).toMatch(new RegExp(`^\\| \`${c}\` \\| ${http} \\| ${exit} \\| \\S`, 'm'))
    }
    expect(page).toContain(
      '| `EMBED_BAD_VARIANT` | 422 | 2 | A variant string (`chrom:pos:ref:alt`) could not be parsed for embedding. |',
    )
    expect(page).toContain(
      '| `AUTH_TOKEN_MISSING` | 401 | 2 | No `Authorization: Bearer <token>` header (HTTP only). |',
    )
    expect(page).toContain('| 70 | `INTERNAL` |')
    expect(page).toContain(`${codes.length} codes, one table`)
  })

  it('should show a row added to the table, grouped by exit code and status', () => {
    const page = renderErrorsPage({
      ERROR_TABLE: {
        ...ERROR_TABLE,
        NEW_CODE: { http: 418, exit: 9, description: 'A <new> code.' },
      },
    })
    expect(page).toContain('| `NEW_CODE` | 418 | 9 | A &lt;new&gt; code. |')
    expect(page).toContain('| 9 | `NEW_CODE` |')
    expect(page).toContain('| 418 | `NEW_CODE` |')
  })
})
