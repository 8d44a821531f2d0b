import { defineConfig } from 'vitest/config';
import { shared, unit } from './vitest.config.js';

/**
 * The unit project alone, for `npm run mutation` (stryker.config.mjs): the
 * dist tests need a build and test no rules. Test files stay isolated:
 * without isolation Stryker's per-test coverage misses most tests (a mutant
 * of situation.ts ran against 14 tests instead of the readers' that kill
 * it). The warm-up builds the cached statechart and schemas outside any test.
 */
export default defineConfig({
  test: {
    ...shared,
    projects: [{ ...unit, test: { ...unit.test, setupFiles: [...shared.setupFiles, 'test/support/mutation-warmup.ts'] } }],
  },
});
