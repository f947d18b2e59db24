// ESLint flat config: correctness checks only; formatting is Prettier's job (`npm run format`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The engine's public API is src/engine/index.ts (DESIGN.md): everything outside src/engine goes through it,
// so the engine's files can move without breaking the site, the terminal or the CLI.
const engineInternals = {
  patterns: [
    {
      regex: '(^|/)engine/.+',
      message: "Import the engine's public API (src/engine/index.ts), not its internals.",
    },
  ],
};

export default defineConfig(
  {
    ignores: ['dist', 'dist-*', '.astro', 'node_modules', 'test-results', 'playwright-report', 'public'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    rules: {
      // A `!` hides the case where the value is missing. Instead: destructuring with a default where a regex
      // group or a split piece always exists, an early return where absence is a real case, and invariant()
      // (src/engine/invariant.ts) where the engine itself guarantees the value.
      '@typescript-eslint/no-non-null-assertion': 'error',
      // `{ source: _source, ...rest }` is how an object is copied without one field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // In a test an absent value fails the test at that very line, which is what the assertion claims.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // An import cycle makes module order matter (a value read before its module ran is undefined) and
    // hides which module is the lower layer; each cycle is broken by moving the shared piece down.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Config files run in Node; .ts files get undefined names from the type checker instead.
    files: ['*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'components/**/*.astro', 'content/**', 'scripts/**'],
    ignores: ['src/engine/**'],
    rules: { 'no-restricted-imports': ['error', engineInternals] },
  },
);
