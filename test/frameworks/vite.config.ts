import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The framework fixtures (README, Frameworks), built as an app builds them:
 * each page imports `exosome-quiz` by its package name (Vite resolves the
 * repository's own package.json `exports`, so dist/ must be built) and Lit,
 * XState and zod from node_modules. test/frameworks/frameworks.test.ts
 * builds them and drives each page in Chromium.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'exosome-quiz' } } }), svelte()],
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/exosome-quiz/frameworks', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        vanilla: page('vanilla/index.html'),
        react: page('react/index.html'),
        'react-wrapper': page('react/wrapper.html'),
        vue: page('vue/index.html'),
        svelte: page('svelte/index.html'),
      },
    },
  },
});
