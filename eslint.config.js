// One linter for TypeScript, scripts and Astro pages; formatting is Prettier's (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const TYPED = ['src/**/*.ts', 'scripts/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-preview/**',
      '.astro/**',
      'node_modules/**',
      'test-results/**',
      'public/**',
      'test/golden/**',
      'test/fixtures/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Rules that read the types (a promise left floating, a needless `!`, an `any` passed on) for the code
  // that ships and the commands. Each file is read with the tsconfig that checks it, so a `!` that
  // noUncheckedIndexedAccess needs (tsconfig.checked-index.json) is not called needless. Tests are not
  // included yet: they would double the lint time for rules aimed at the product.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPED, ignores: ['**/*.test.ts'] })),
  {
    files: TYPED,
    ignores: ['**/*.test.ts'],
    languageOptions: {
      parserOptions: {
        project: ['tsconfig.checked-index.json', 'tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Lines stay readable; long strings (Chinese messages) and URLs are left whole.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          ignoreComments: false,
        },
      ],
      // The validator's whole point is to find control characters, so its patterns name them.
      'no-control-regex': 'off',
      // Full-width spaces inside Chinese strings and templates are text, not layout.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
