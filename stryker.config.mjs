// @ts-check
/**
 * `npm run mutation`: Stryker mutates src/rules, src/quiz (and
 * src/persistence, where the share code and saved progress may move) and
 * runs the Vitest unit project against each mutant. Not part of `npm test`:
 * see README, "Testing", for the score, the run time and the surviving
 * mutants judged equivalent.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker/sentences.mjs'],
  ignorers: ['sentences'],
  mutate: ['src/rules/**/*.ts', 'src/quiz/**/*.ts', 'src/persistence/**/*.ts', '!src/**/index.ts'],
  // Stryker rewrites tsconfig.json's extends and references with TypeScript's
  // JS API, which TypeScript 7 (the Go compiler) does not have; ours has
  // neither, so it is left as it is (a file that does not exist: skipped).
  tsconfigFile: 'tsconfig.stryker-skip.json',
  // Two cores: one test runner per core.
  concurrency: 2,
  // Only the tests that run a mutant's code run against it.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values, and the statechart and schemas,
  // which test/support/mutation-warmup.ts builds at load) run against every
  // test: slower, but a mutant of the machine's transitions is judged by the
  // tests that walk them. `npm run mutation -- --ignoreStatic` skips them.
  ignoreStatic: false,
  // A rerun tests only mutants whose code or tests changed (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // A slow machine is not a surviving mutant: a mutant gets 3x the tests' own time plus 10 s.
  timeoutFactor: 3,
  timeoutMS: 10_000,
  // event-recorder: each mutant's result as it comes (reports/mutation/events), readable before the run ends.
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'event-recorder'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: 'node_modules/.cache/stryker-tmp',
  cleanTempDir: 'always',
};
