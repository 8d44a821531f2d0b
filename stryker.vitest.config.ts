import { defineConfig } from 'vitest/config';
import { shared, unit } from './vitest.config.js';

/**
 * The unit project alone, for `npm run mutation` (stryker.config.mjs): the
 * dist tests need a build and test no rules. Each mutant reruns the tests
 * that reach it; without isolation a runner imports the mutated modules once
 * instead of once per test file (the tests keep no state between files).
 */
export default defineConfig({ test: { ...shared, isolate: false, projects: [{ ...unit, test: { ...unit.test, isolate: false } }] } });
