import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { moduleStats } from './scripts/module-stats.js';
import { scriptLanguage } from './scripts/script-language.js';
import { templates as de } from './src/locales/de.js';
import { templates as es } from './src/locales/es.js';

/**
 * Two builds into dist/:
 * - `vite build`: `exosome-quiz.js`, ESM for bundlers (src/index.ts), and
 *   `rules.js`, the DOM-free rules module (src/rules/index.ts), sharing chunks;
 * - `vite build --mode script`: `exosome-quiz.iife.js`, one self-contained
 *   file for a script tag (src/embed.ts, which exports nothing: no global);
 *   `--mode script-es` and `--mode script-de`: the same file in Spanish and
 *   German, `exosome-quiz.es.iife.js` and `exosome-quiz.de.iife.js`, each
 *   with only its own language's words (scripts/script-language.ts).
 */
const LANGUAGES = { es, de };
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const script = mode.startsWith('script');
  const language = mode.match(/^script-(es|de)$/)?.[1] as keyof typeof LANGUAGES | undefined;
  return {
    define: {
      // Lit reads this to drop its dev-mode warnings in production builds.
      'process.env.NODE_ENV': JSON.stringify('production'),
      // src/element/version.ts: the version a second copy on a page names.
      __EXOSOME_QUIZ_VERSION__: JSON.stringify(version),
      // src/messages/locale.ts: the language of a script-tag file other than English.
      ...(language ? { __EXOSOME_QUIZ_LOCALE__: JSON.stringify(language) } : {}),
    },
    plugins: [
      // The text of our css`` and html`` templates, minified (about 360 B gzipped).
      // The text of our html`` templates, minified by minify-literals (html-minifier-next):
      // 12 B gzipped under the home-made whitespace collapser it replaced. The
      // stylesheets are .css files, which Vite minifies itself.
      {
        name: 'minify-html-literals',
        transform: (code, id) =>
          /\/src\/.*\.ts$/.test(id) && code.includes('html`') ? minifyHTMLLiterals(code, { fileName: id, css: false, htmlTags: ['html'] }) : null,
      },
      // Per-module code for the breakdown of `npm run size`.
      moduleStats(`node_modules/.cache/exosome-quiz/modules-${script ? `iife${language ? `-${language}` : ''}` : 'es'}.json`),
      ...(language ? [scriptLanguage(language, LANGUAGES[language])] : []),
    ],
    build: {
      target: 'es2022',
      emptyOutDir: !script,
      lib: {
        entry: script ? 'src/embed.ts' : { 'exosome-quiz': 'src/index.ts', rules: 'src/rules/index.ts' },
        formats: [script ? 'iife' : 'es'],
        fileName: (_format, name) => (script ? `exosome-quiz${language ? `.${language}` : ''}.iife.js` : `${name}.js`),
        ...(script ? { name: 'exosomeQuizEmbed' } : {}),
      },
      // Terser with three compress passes: about 500 B gzipped under Oxc's
      // default, for a slower build (seconds, not milliseconds).
      minify: 'terser',
      terserOptions: {
        compress: { passes: 3 },
        // The magic comment has V8 compile every function of the script-tag
        // file while it streams in, off the main thread, instead of lazily on
        // the main thread at first call: the page's load task is shorter (issue 9).
        // ascii_only: a page that declares no charset (its scripts then read as windows-1252) still
        // shows the reader's "−", "…" and quotes right; 16 B smaller too (issue 17).
        format: { comments: false, ascii_only: true, preamble: script ? '//# allFunctionsCalledOnLoad' : undefined },
      },
      // The IIFE's map would double what a CDN user downloads to debug
      // minified Lit, XState and zod they did not write; the ESM maps stay.
      sourcemap: !script,
      reportCompressedSize: false,
      rolldownOptions: {
        // Terser is a JavaScript plugin: Rolldown would warn on every build that it is slow.
        checks: { pluginTimings: false },
        // Stable names for the chunk the ESM entries share (no content hash in a package).
        output: { chunkFileNames: '[name].js' },
      },
    },
  };
});
