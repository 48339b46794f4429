/** Jest runs TypeScript through a tiny esbuild transform (no type-check: `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  testTimeout: 60000,
  // `npm run coverage` (scripts/coverage.mjs) only.
  collectCoverageFrom: ['src/**/*.ts', 'emulator/**/*.ts'],
  coverageDirectory: 'coverage',
};
