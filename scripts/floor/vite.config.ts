import { defineConfig } from 'vite';

/**
 * Builds scripts/floor/libs.ts exactly as the script-tag file is built
 * (same minifier and options), for `npm run size`'s floor: what Lit, XState
 * and zod/mini cost before a byte of ours.
 */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'node_modules/.cache/exosome-quiz/floor',
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: { entry: 'scripts/floor/libs.ts', formats: ['iife'], name: 'floor', fileName: () => 'libs.js' },
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, format: { comments: false } },
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});
