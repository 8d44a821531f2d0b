/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * One entry, two files: `exosome-quiz.js` (ESM, for bundlers) and
 * `exosome-quiz.iife.js` (one self-contained file for a script tag).
 */
export default defineConfig({
  define: {
    // Lit reads this to drop its dev-mode warnings in production builds.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      name: 'ExosomeQuiz',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'exosome-quiz.js' : `exosome-quiz.${format}.js`),
    },
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    // The two invariant suites are CPU-bound; give each its own core.
    maxWorkers: 2,
  },
});
