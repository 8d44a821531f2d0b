import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const cache = (path) => fileURLToPath(new URL(`../../../node_modules/.cache/exosome-quiz/${path}`, import.meta.url));

// docs/frameworks.md, Astro: a static site. frameworks.test.ts runs `astro build` and serves the output.
export default defineConfig({
  outDir: cache('astro'),
  cacheDir: cache('astro-cache'),
  vite: { cacheDir: cache('astro-vite') },
});
