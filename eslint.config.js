// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      // npm start's esbuild server bundle (gitignored).
      'build/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.tmp/**',
      '**/*.d.ts',
    ],
  },

  // Plain JavaScript (scripts/*.mjs, this file): recommended rules, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
  },

  // TypeScript everywhere: type-checked rules through the project service (tsconfig.json).
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_`-prefixed names are the conventional "deliberately unused" marker.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `void promise` is how fire-and-forget is marked; async handlers on JSX/EventEmitter are fine.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Numbers and booleans in template strings are normal (ids, counts, ports).
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false },
      ],
    },
  },

  // The browser client: DOM globals and the Rules of React (incl. the React Compiler rules).
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['client/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Only the doc-layout modules reach a Y.Doc's roots (doc.getMap/getArray/getText/getXml…): every
  // other module goes through their accessors (ARCHITECTURE.md, STYLE.md rule 3). Tests and test
  // helpers may build hostile docs directly. `store.getMap(id)` / `deps.getMap(id)` are MapStore's
  // stored-map lookup, not a Y.Doc root, so they are left out by name.
  {
    files: ['client/**/*.{ts,tsx}', 'server/**/*.ts', 'model/**/*.ts'],
    ignores: [
      'model/defineDocLayout.ts',
      'model/docLayout.ts',
      'model/comments/commentsDocLayout.ts',
      '**/*.test.{ts,tsx}',
      '**/testing/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^get(Map|Array|Text|XmlFragment|XmlElement)$/]:not([callee.object.name=/^(store|deps)$/]):not([callee.object.property.name='store'])",
          message:
            'Only the doc-layout modules (model/defineDocLayout.ts and its layouts) touch Y.Doc roots: use their accessors.',
        },
      ],
    },
  },

  // Tests pass methods to expect()/spies freely.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
