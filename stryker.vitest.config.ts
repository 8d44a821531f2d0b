import { defineConfig } from 'vitest/config';
import { shared, unit } from './vitest.config.js';

/**
 * The unit project alone, for `npm run mutation` (stryker.config.mjs): the
 * dist tests need a build and test no rules. Test files stay isolated:
 * without isolation Stryker's per-test coverage misses most tests (a mutant
 * of situation.ts ran against 14 tests instead of the readers' that kill
 * it). The warm-up builds the cached statechart and schemas outside any test.
 * The content sheet's test is left out: it runs every class of the answer
 * space (about 30 s) and only compares words with the committed sheet; the
 * readers, the invariants and the covering design judge each mutant.
 */
export default defineConfig({
  test: {
    ...shared,
    projects: [{ ...unit, test: { ...unit.test, exclude: ['test/unit/content-sheet.test.ts'], setupFiles: [...shared.setupFiles, 'test/support/mutation-warmup.ts'] } }],
  },
});
