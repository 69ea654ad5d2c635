// Three tiers (see README): unit (pure, no I/O), int (real Postgres), e2e (real HTTP, Postgres, Redis, worker processes).
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
  // a few CommonJS dependencies require ES-only packages, which Node 20 can load but Jest's runtime cannot
  '^.+\\.js$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const ESM_ONLY_DEPENDENCIES = ['content-disposition'];
const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_DEPENDENCIES.join('|')})/)`],
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@mendao/(platform|splitting)/testing$': '<rootDir>/libs/$1/src/testing',
    '^@mendao/(.*)$': '<rootDir>/libs/$1/src',
  },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  // slow only where processes start or recover; unit tests finish in milliseconds
  testTimeout: 90_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/src/testing/global-setup.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/platform/src/testing/global-setup.ts',
    },
  ],
};
