// `npm run mutate`: Stryker on src/core with the jest runner (README "Mutation testing").
// Only the tests that import the core run: the flow tests drive dist/Code.js, a separate
// build that Stryker's mutants never reach. Incremental: results are kept in
// stryker/incremental.json (committed), so a rerun tests only mutants whose code or tests
// changed. Equivalent mutants carry a `// Stryker disable next-line <mutator>: <reason>`.
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.cjs',
    // Example-based core tests only: the property tests run hundreds of random workbooks and the
    // 28,000-row sanity test every rule, for each mutant that they cover (all of them).
    config: {
      roots: ['<rootDir>/test/core', '<rootDir>/test/gas'],
      testPathIgnorePatterns: ['/node_modules/', '\\.property\\.test\\.ts$'],
      setupFilesAfterEnv: ['<rootDir>/stryker/jest-skip-slow.cjs'],
      testTimeout: 120000,
    },
    enableFindRelatedTests: true,
  },
  mutate: ['src/core/**/*.ts', '!src/core/messages/**'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  tempDirName: 'build/stryker-tmp',
  ignorePatterns: ['dist', 'build', 'out', 'coverage', 'reports', 'stryker/incremental.json'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 1,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 80, break: null },
};
