import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Domain folders hold pure logic with an injected clock: no browser, database or UI code.
const PURE_DOMAIN = ['lib/focus/**', 'lib/sla/**', 'lib/capture/**', 'lib/digest/**', 'lib/queue/**', 'lib/sites/**', 'lib/time/**', 'lib/hold/**', 'lib/alarms/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: PURE_DOMAIN,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'dexie', 'dexie-react-hooks', 'react', 'webextension-polyfill'].map((name) => ({
            name,
            message: 'Domain logic stays pure: pass data and a clock in, keep browser, database and UI out.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'No extension APIs in domain logic.' },
        { name: 'chrome', message: 'No extension APIs in domain logic.' },
      ],
    },
  },
  {
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { self: 'readonly', window: 'readonly', navigator: 'readonly', Notification: 'readonly' } },
  },
  {
    files: ['tests/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    // The e2e tests and the bench evaluate code inside the extension and the fixture pages, where
    // chrome.* and untyped page globals are the point.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**', 'tests/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
