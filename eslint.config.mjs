// Lint config: typescript-eslint everywhere, plus a hard wall around the renderer so it can only reach
// the domain through the API client (it may `import type` from electron/api, nothing else from Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'build/native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.mts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // allowTypeImports: the renderer may `import type` the API contract, never its runtime code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'The renderer talks to the domain only through the API client.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer talks to the domain only through the API client.' },
            { group: ['**/db/**', '**/db'], message: 'The renderer never touches the database directly.' },
            {
              group: ['**/electron/**'],
              allowTypeImports: true,
              message: 'Only types from electron/api may be imported (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/desktop/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main.ts, preload.ts and electron/desktop/ import electron, so everything else runs under plain Node.',
            },
          ],
        },
      ],
    },
  },
);
