// Type-checked lint rules plus the layout rules of STYLE.md: libs meet only through @mendao/<lib>,
// platform knows no domain lib, and process.env is read by the config loader alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint/boundaries.mjs';

const LIBS = ['platform', 'cutting', 'splitting', 'warehouse', 'equipment', 'production', 'packing'];

// what a lib's domain/ may not import: it is pure (no framework, no database, no I/O); the cutting kernel is pure too
const IMPURE = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'exceljs', 'fs', 'node:fs', 'node:http', 'node:net'];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'coverage/**', 'node_modules/**', '.test-results/**', '**/*.mjs', '**/*.js'] },
  // the web app has its own config (apps/web/eslint.config.js), run by `npm run lint` after this one
  { ignores: ['apps/web/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { boundaries },
    rules: {
      'boundaries/no-relative-import-outside-package': 'error',
      // a refusal names a catalogued code through its context's *_ERRORS object, never a loose string
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DomainError'][arguments.0.type='Literal']",
          message: "Name the code through its catalogue: new DomainError(WAREHOUSE_ERRORS['stock.insufficient'], …).",
        },
        {
          // IsOptional skips every check for null too, and services then meet a null they never expected (a 500)
          selector: "ImportDeclaration[source.value='class-validator'] ImportSpecifier[imported.name='IsOptional']",
          message: 'Use Optional() from @mendao/platform: only undefined is "left out"; null is checked (400).',
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      eqeqeq: ['error', 'always'],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through AppConfig (libs/platform/src/config).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/libs/*/src/**', '**/libs/*/src'], message: 'Import another lib through @mendao/<lib>.' },
            { group: ['@mendao/*/src/**'], message: 'Import a lib through its index: @mendao/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: LIBS.filter((l) => l !== 'platform').map((l) => `@mendao/${l}`),
              message: 'platform is plumbing: it never imports a domain lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/cutting/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'bullmq',
                'ioredis',
                '@mendao/*',
                'fs',
                'node:fs',
                'node:http',
                'node:net',
              ],
              message: 'libs/cutting is framework-free and does no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'boundaries/domain-imports-stay-in-domain': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...IMPURE, ...LIBS.filter((l) => l !== 'cutting').map((l) => `@mendao/${l}`)],
              message:
                'domain/ is pure: no framework, no database, no I/O, no plumbing (the cutting kernel is allowed).',
            },
            { group: ['**/libs/*/src/**', '**/libs/*/src'], message: 'Import another lib through @mendao/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/*/src/index.ts'],
    rules: { 'boundaries/index-exports-public-only': 'error' },
  },
  {
    files: ['libs/platform/src/config/app-config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'test/**/*.ts',
      '**/testing/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
