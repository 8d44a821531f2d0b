import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { scriptLanguage } from './scripts/script-language.js';

/**
 * Two builds into dist/:
 * - `vite build`: `exosome-quiz.js`, ESM for bundlers (src/index.ts), and
 *   `rules.js`, the DOM-free rules module (src/rules/index.ts), sharing chunks
 *   and importing the package's dependencies (see `isDependency`);
 * - `vite build --mode script`: `exosome-quiz.iife.js`, one self-contained
 *   file for a script tag (src/embed.ts, which exports nothing: no global).
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const { version } = pkg;

/**
 * The ESM build imports the package's dependencies (Lit, XState, zod, and any
 * added later) instead of bundling them: an app gets one Lit for its own
 * elements and the quiz, and a server resolves Lit's server build, which
 * stands in for the DOM. A dependency's subpaths (`lit/decorators.js`,
 * `zod/mini`) are external too. The script-tag file keeps everything inside.
 */
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ mode }) => {
  const script = mode === 'script';
  return {
    define: {
      // Lit reads this to drop its dev-mode warnings in production builds.
      'process.env.NODE_ENV': JSON.stringify('production'),
      // src/element/version.ts: the version a second copy on a page names.
      __EXOSOME_QUIZ_VERSION__: JSON.stringify(version),
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
      // The script-tag file carries its words as plain text, with no lookup at run time (as lit-localize's
      // transform mode builds it): each msg(<English>, { id }) of src/messages becomes its English.
      ...(script ? [scriptLanguage('en', null)] : []),
    ],
    build: {
      target: 'es2022',
      emptyOutDir: !script,
      lib: {
        entry: script ? 'src/embed.ts' : { 'exosome-quiz': 'src/index.ts', rules: 'src/rules/index.ts', react: 'src/react/index.ts' },
        formats: [script ? 'iife' : 'es'],
        fileName: (_format, name) => (script ? 'exosome-quiz.iife.js' : `${name}.js`),
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
        external: script ? [] : isDependency,
        // Terser is a JavaScript plugin: Rolldown would warn on every build that it is slow.
        checks: { pluginTimings: false },
        // Stable names for the chunk the ESM entries share (no content hash in a package).
        output: { chunkFileNames: '[name].js' },
      },
    },
  };
});
