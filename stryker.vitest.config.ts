import { defineConfig } from 'vitest/config';
import { shared, unit } from './vitest.config.js';

/** The unit project alone, for `npm run mutation` (stryker.config.mjs): the dist tests need a build and test no rules. */
export default defineConfig({ test: { ...shared, projects: [unit] } });
