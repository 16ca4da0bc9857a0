// Lint, including the layering rules of DESIGN.md ("Imports point down only"):
//   renderer → shared;  electron/{main,host,cli} → core → shared;  preload → shared.
// A wrong arrow fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads', 'url', 'stream'];
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', '@lexical/react', '@lexical/react/*'];

/** One layer's forbidden imports, with a message that names the rule. */
function layer(files, group, message, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  layer(
    ['shared/**'],
    ['electron', 'electron/*', ...REACT, ...NODE_BUILTINS, 'better-sqlite3', '**/electron/**', '**/renderer/**'],
    'shared/ is imported by every layer and imports none of them: no Electron, React, Node built-ins or other layers.',
  ),
  layer(
    ['electron/core/**'],
    ['electron', 'electron/*', ...REACT, '**/renderer/**', '**/host/**', '**/main/**', '**/preload/**', '**/cli/**'],
    'electron/core is plain Node: no Electron, React, DOM or transport imports (DESIGN.md, Architecture).',
  ),
  layer(
    ['electron/host/**', 'electron/cli/**'],
    ['electron', 'electron/*', ...REACT, '**/renderer/**', '**/main/**', '**/preload/**'],
    'The browser-mode host and the command line run without Electron and never import the renderer.',
  ),
  layer(
    ['electron/main/**'],
    [...REACT, '**/renderer/**', '**/host/**', '**/cli/**', '**/preload/**'],
    'Electron main talks to core and shared only.',
  ),
  layer(
    ['electron/preload/**'],
    [...REACT, ...NODE_BUILTINS, '**/renderer/**', '**/core/**', '**/host/**', '**/main/**', '**/cli/**', 'better-sqlite3'],
    'The preload exposes the contract and nothing else: only electron and shared/.',
  ),
  layer(
    ['renderer/**'],
    ['electron', 'electron/*', ...NODE_BUILTINS, 'better-sqlite3', '**/electron/**'],
    'The renderer never touches files or SQL: it reaches core only through the api client (renderer/api).',
    ['renderer/vite.config.ts'],
  ),
);
