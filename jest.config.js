/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Prints which Node runs dist/index.js (the `node` devDependency, Node 24) and gives the run its own
  // temp dir; the teardown fails the run if a test left anything in it.
  globalSetup: '<rootDir>/__tests__/support/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/support/global-teardown.js',
  // Two workers on a 2-core machine (jest's default would be one): many files wait on child processes.
  maxWorkers: 2,
  testTimeout: 30000
}
