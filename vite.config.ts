/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { minifyTemplates, moduleStats } from './scripts/build-plugins.js';

/**
 * Two builds into dist/:
 * - `vite build`: `exosome-quiz.js`, ESM for bundlers (src/index.ts);
 * - `vite build --mode script`: `exosome-quiz.iife.js`, one self-contained
 *   file for a script tag (src/embed.ts, which exports nothing: no global).
 */
export default defineConfig(({ mode }) => {
  const script = mode === 'script';
  const minifier = process.env.MINIFIER ?? 'terser';
  return {
    define: {
      // Lit reads this to drop its dev-mode warnings in production builds.
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    plugins: [
      ...(process.env.NO_TEMPLATES ? [] : [minifyTemplates()]),
      moduleStats(`node_modules/.cache/exosome-quiz/modules-${script ? 'iife' : 'es'}.json`),
    ],
    build: {
      target: 'es2022',
      emptyOutDir: !script,
      lib: {
        entry: script ? 'src/embed.ts' : 'src/index.ts',
        formats: [script ? 'iife' : 'es'],
        fileName: () => (script ? 'exosome-quiz.iife.js' : 'exosome-quiz.js'),
        ...(script ? { name: 'exosomeQuizEmbed' } : {}),
      },
      minify: minifier as 'terser',
      terserOptions: { compress: { passes: Number(process.env.PASSES ?? 3) }, format: { comments: false } },
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
  };
});
