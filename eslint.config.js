// ESLint flat config for the whole monorepo (STYLE §11; modelled on changesets' eslint.config.js).
// `pnpm lint` runs `eslint .` from the root; `pnpm format` runs Prettier, then `eslint . --fix`.
import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** STYLE §2: core depends on nothing of ours; cli and server depend on core. */
const CORE_MUST_NOT_IMPORT = [
  {
    group: ['@vcf-agent/cli', '@vcf-agent/cli/*', '@vcf-agent/server', '@vcf-agent/server/*'],
    message: 'packages/core never imports cli or server (STYLE §2): move the code into core.',
  },
]

/** STYLE §1/§3: `packages/core/src/store/` is the only importer of LanceDB and Arrow. */
const ONLY_STORE_IMPORTS = [
  {
    group: ['@lancedb/lancedb', '@lancedb/lancedb/*', 'apache-arrow', 'apache-arrow/*'],
    message:
      'Only packages/core/src/store/** talks to LanceDB/Arrow (STYLE §3): use the @vcf-agent/core API.',
  },
]

/** Files that use raw LanceDB on purpose, outside core's store. */
const RAW_LANCEDB_ALLOWED = [
  // Builds a table exactly as the original Python tool wrote it, bypassing core's store.
  'packages/test-utils/src/original-table.ts',
  // Reports what raw LanceDB's text index covers and finds, beside what the store finds.
  'packages/test-utils/src/raw-text-index.ts',
  // Checks the migrated table's on-disk schema with LanceDB itself, not through the store under test.
  'packages/core/test/migrate.test.ts',
  // Takes its expected answers from raw LanceDB's exact (flat) search, not from the store under test.
  'packages/core/test/filtered-search.test.ts',
  // Benchmarks compare the store with raw LanceDB appends.
  'packages/core/bench/**',
  // The web page benchmark times raw LanceDB doing the page's counts and first page.
  'packages/server/bench/**',
]

export default defineConfig(
  {
    // Generated or third-party output; Prettier ignores the same list (.prettierignore).
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/lancedb/**',
      '**/test-artifacts/**',
      'apps/docs/api/**',
      'apps/docs/cli/**',
      'apps/docs/http/**',
      'apps/docs/schema/**',
      'apps/docs/.vitepress/cache/**',
      'apps/docs/.vitepress/dist/**',
      'packages/server/openapi.json',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'never' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        // `import('./x.js').T` stays allowed: cli types its lazy-loaded commands that way (STYLE §8).
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // With verbatimModuleSyntax, `import { type A } from 'x'` still loads 'x'; this fixes it to `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `_`-prefixed names mark parameters kept for a signature (tsc's noUnusedLocals checks the rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Off: `async` without `await` is used on purpose, to turn a sync throw into a rejection and to
      // implement Promise-returning interfaces (EmbeddingProvider.embed, AuditLog.record, test stubs).
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': ['error', { patterns: ONLY_STORE_IMPORTS }],
    },
  },
  {
    files: ['packages/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...CORE_MUST_NOT_IMPORT, ...ONLY_STORE_IMPORTS] },
      ],
    },
  },
  {
    files: [
      'packages/core/src/store/**',
      ...RAW_LANCEDB_ALLOWED.filter((f) => f.startsWith('packages/core/')),
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_MUST_NOT_IMPORT }] },
  },
  {
    files: RAW_LANCEDB_ALLOWED.filter((f) => !f.startsWith('packages/core/')),
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The web page runs in the browser, not in Node.
    files: ['packages/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JS (bins, scripts, benches, fixtures) and the vitest configs are in no tsconfig program.
    files: ['**/*.{js,mjs,cjs}', '**/vitest.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    ...vitest.configs.recommended,
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: {
      // Tests read JSON bodies and CLI output as `any` on purpose (helpers `read()`, `JSON.parse`) and
      // assert on the values; typing every response shape would add casts, not safety.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests destructure `{ app, close } = createApp()` and pass `store.close` to hooks; these
      // methods do not use `this` unbound in a way a test would hide.
      '@typescript-eslint/unbound-method': 'off',
      // Vitest's `expect(value, message)` takes a failure message as a second argument.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
)
