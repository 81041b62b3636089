// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ── Layers (ARCHITECTURE.md "Layers"): an import that points the wrong way fails the lint. ──
// A later block replaces an earlier one's `no-restricted-imports` options, so each block lists every
// pattern that applies to its files.
/** A relative import into one of `folders`, from any depth (`./x/…`, `../x/…`, `../../x/…`). */
const into = (/** @type {string[]} */ folders, /** @type {string} */ message) => ({
  regex: `^(\\.\\.?/)+(${folders.join('|')})(/|$)`,
  message,
});
/** @returns {import('eslint').Linter.Config} */
const restrict = (
  /** @type {string[]} */ files,
  /** @type {object[]} */ patterns,
  /** @type {string[]} */ ignores = [],
) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const MODEL_LIBS = {
  group: [
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    '@xyflow/*',
    'zustand',
    'zustand/*',
    'ws',
    'better-sqlite3',
  ],
  message: 'model/ is shared by the browser and the server: no UI, store, socket or database libraries.',
};
const NODE_BUILTINS = {
  regex: `^(node:.*|${builtinModules.join('|')})$`,
  message: 'model/ runs in the browser too: no Node built-ins (tests may use them).',
};
const MODEL_UP = into(['client', 'server'], 'model/ imports neither client/ nor server/: they import it.');
const NO_SERVER = into(['server'], 'client/ never imports server/: share code through model/.');
const NO_CLIENT = into(['client'], 'server/ never imports client/: share code through model/.');

// client/editor/: the base (the open map's state, connection, role, people, text fields, view
// fitting, the actions' registry, and the root files EditorContext, editorActions …) imports no feature; a feature imports
// the base and the features before it in FEATURES only; EditorPage.tsx composes them all.
const BASE = ['store', 'session', 'access', 'presence', 'text', 'viewport', 'actions'];
const FEATURES = [
  'readout',
  'revert',
  'facilitation',
  'problems',
  'comments',
  'insights',
  'dataFeeds',
  // Issue 19: actions in the note panel, overdue flags, evidence, the matrix, the header's health.
  'programme',
  // Issue 21: linked journeys (chips, the panel section, the breadcrumb, the links' loader).
  'links',
  'panels',
  'canvas',
  'history',
  'table',
  'present',
  'header',
];
const srcIn = (/** @type {string} */ folder) => `client/editor/${folder}/**/*.{ts,tsx}`;

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

  // Layers (see `into` above).
  restrict(['model/**/*.{ts,tsx}'], [MODEL_LIBS, NODE_BUILTINS, MODEL_UP]),
  restrict(['model/**/*.test.ts'], [MODEL_LIBS, MODEL_UP]),
  restrict(['server/**/*.ts'], [NO_CLIENT]),
  restrict(['client/**/*.{ts,tsx}'], [NO_SERVER]),
  restrict(
    [...BASE.map(srcIn), 'client/editor/*.{ts,tsx}'],
    [
      NO_SERVER,
      into(FEATURES, `The editor's base (${BASE.join(', ')}, root files) imports no feature folder.`),
    ],
    ['client/editor/EditorPage.tsx'],
  ),
  // A feature's tests may drive a later feature with it (canvasFocus.test builds canvas nodes).
  ...FEATURES.slice(0, -1).map((feature, i) =>
    restrict(
      [srcIn(feature)],
      [NO_SERVER, into(FEATURES.slice(i + 1), `Editor features import down only: ${FEATURES.join(' < ')}.`)],
      ['**/*.test.{ts,tsx}'],
    ),
  ),
);
