import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Two Vitest projects (the build's own config is vite.config.ts):
 * - `unit`: test/unit, Node, no build needed: `npm run test:unit` on a fresh
 *   clone (about 20 s on 2 idle cores; README, "Testing");
 * - `dist`: test/dist, the tests that read what `npm run build` writes
 *   (dist/, custom-elements.json); `npm test` runs them after the build;
 * - `frameworks`: test/frameworks, the framework fixture apps built against
 *   dist/ and driven in Chromium (README, Frameworks), also after the build.
 *
 * The timeouts are hang guards, not speed checks: the slowest unit test (the
 * decision table against the reference model) takes about 3 s on an idle
 * machine and 8 s while a mutation run and other builds share the 2 cores;
 * 120 s is 15 times that. fast-check runs with one fixed seed
 * (test/support/fast-check.ts) so a run is the same on every machine.
 */
export const unit = { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } } as const;
export const dist = { extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } } as const;
export const frameworks = { extends: true, test: { name: 'frameworks', include: ['test/frameworks/**/*.test.ts'] } } as const;

export const shared = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 120_000,
  setupFiles: ['test/support/fast-check.ts'],
} as const;

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The element's version comes from package.json at build time (vite.config.ts); the same here.
  define: { __EXOSOME_QUIZ_VERSION__: JSON.stringify(version) },
  test: { ...shared, projects: [unit, dist, frameworks] },
});
