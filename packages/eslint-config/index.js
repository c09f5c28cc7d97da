// Shared flat ESLint presets: `node` for the API and packages, `react` for the portal.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

const common = [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/src/gql/**', '**/test/gql/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tests read untyped JSON from the API; `any` there is honest.
    files: ['**/*.spec.ts', '**/*.e2e.ts', '**/test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];

export const node = [
  ...common,
  { languageOptions: { globals: { ...globals.node, ...globals.jest } } },
];

export const react = [
  ...common,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  // Browser tests run in Node and pass callbacks into the page.
  { files: ['e2e/**/*.mjs', '*.config.*'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
];

/**
 * Module boundaries: `zones` for import-x's no-restricted-paths (each app builds them from its list of modules) and no
 * import cycles.
 */
export function boundaries(files, zones) {
  return {
    files,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}

/**
 * Sizes that mean something: no hand-written file — source, tests, browser tests, benchmarks, scripts — over 300 lines of
 * code at Prettier width 140 (blank lines and comments not counted). Generated files are ignored by each app.
 */
export function sizes(files) {
  return { files, rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] } };
}
