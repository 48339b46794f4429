// `npm run mutate`: Stryker on src/core with the jest runner (README "Mutation testing"), one
// folder per Stryker run (scripts/mutate.mjs sets STRYKER_FOLDER). Only the tests that import
// the core run: the flow tests drive dist/Code.js, a separate build that Stryker's mutants never
// reach. Incremental, one results file per folder (stryker/incremental/<folder>.json,
// committed), so a rerun tests only mutants whose code or tests changed, and work on two
// folders never touches the same file. Equivalent mutants carry a
// `// Stryker disable next-line <mutator>: <reason>`.
const folder = process.env.STRYKER_FOLDER;
// '.' is the files directly in src/core (a1.ts, dates.ts, ...), without the subfolders.
const mutate = !folder ? ['src/core/**/*.ts', '!src/core/messages/**'] : folder === '.' ? ['src/core/*.ts'] : [`src/core/${folder}/**/*.ts`];
const name = !folder ? 'all' : folder === '.' ? 'top' : folder;

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
  mutate,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `stryker/incremental/${name}.json`,
  tempDirName: `build/stryker-tmp-${name}`,
  ignorePatterns: ['dist', 'build', 'out', 'coverage', 'reports', 'stryker/incremental'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  concurrency: 1,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 80, break: null },
};
