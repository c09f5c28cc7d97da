/** API tests: unit tests next to the code (src/**\/*.spec.ts), integration and e2e tests in test/ on a real PostgreSQL. */
const swc = JSON.parse(require('node:fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swc, swcrc: false }] },
  // ESM-only packages (Nest 12, content-disposition 3 under @fastify/static) are transformed; the last node_modules segment decides.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|content-disposition)/)(?!.*/node_modules/)'],
  moduleNameMapper: { '^@lalaland/shared$': '<rootDir>/../../packages/shared/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  maxWorkers: 2,
  testTimeout: 30000,
};
