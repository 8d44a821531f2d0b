// @web/test-runner in the engines found on this machine (Debian's browsers, no
// downloads): Chromium over CDP, Firefox over WebDriver BiDi (both through
// puppeteer-core) and WebKitGTK's MiniBrowser through WebKitWebDriver.
// `npm run test:browser` (scripts/test-browser.mjs) finds the engines, starts
// Xvfb and WebKitWebDriver, and passes them here in EXOSOME_ENGINES; a bare
// `npx wtr` runs in Chromium and Firefox where they are installed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { findEngines } from './scripts/engines.mjs';
import { fixturesMiddleware, fixturesPlugin } from './test/browser/fixtures/server.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const engines = process.env.EXOSOME_ENGINES
  ? JSON.parse(process.env.EXOSOME_ENGINES)
  : (({ chromium, firefox }) => ({ chromium, firefox }))((await findEngines()).found);

// How long puppeteer waits for a browser to say it is up (its default is 30 s). On a busy 2-core
// machine Firefox once took longer in a CI run, and every Firefox file failed to start.
const LAUNCH_TIMEOUT = 120000;
const launchers = {
  chromium: ({ executablePath }) =>
    chromeLauncher({
      launchOptions: {
        executablePath,
        timeout: LAUNCH_TIMEOUT,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  firefox: ({ executablePath }) =>
    chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true, timeout: LAUNCH_TIMEOUT } }),
  webkit: ({ port, miniBrowser }) =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
};
const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
/** The launchers for the engines found, each shown under its engine's name in the report. */
const browsers = (names) =>
  names
    .filter((name) => engines[name])
    .map((name) => {
      const launcher = launchers[name](engines[name]);
      launcher.name = LABELS[name];
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (...args) => {
        await initialize(...args);
        launcher.name = LABELS[name];
      };
      return launcher;
    });

// Files that cannot run in every engine, and why (README, "Security and robustness"):
// - switching prefers-color-scheme, prefers-reduced-motion or the print medium
//   during a run needs CDP, which only Chromium offers here;
// - WebKitWebDriver cannot set the viewport, and WebKit allows a page only 100
//   history.replaceState calls per 10 s, which the fuzzed share links exceed.
const CHROMIUM_ONLY = ['media', 'theme', 'result-screen'].map((name) => `test/browser/${name}.test.ts`);
const NOT_WEBKIT = ['layout', 'robustness'].map((name) => `test/browser/${name}.test.ts`);
const focused = process.argv.includes('--files');
const groups = [
  { name: 'chromium-only', files: CHROMIUM_ONLY, browsers: browsers(['chromium']) },
  { name: 'chromium-firefox', files: NOT_WEBKIT, browsers: browsers(['chromium', 'firefox']) },
].filter((group) => group.browsers.length);

/** `import text from './x.css?inline'`, as Vite builds it: the stylesheet's text as the module's default export. */
const cssInline = {
  name: 'css-inline',
  resolveMimeType: ({ path, URL }) => (path.endsWith('.css') && URL.searchParams.has('inline') ? 'js' : undefined),
  transform: ({ path, URL, body }) =>
    path.endsWith('.css') && URL.searchParams.has('inline') ? { body: `export default ${JSON.stringify(body)};` } : undefined,
};

export default {
  files: ['test/browser/**/*.test.ts', ...[...CHROMIUM_ONLY, ...NOT_WEBKIT].map((file) => `!${file}`)],
  groups: focused ? [] : groups,
  // Lit's production build, as the app builds and the script-tag file use: since the ESM build imports
  // Lit (issue 28), its development build's console notice would otherwise reach tests that read the console.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [fixturesMiddleware],
  plugins: [
    cssInline,
    // As vite.config.ts defines it for the build.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __EXOSOME_QUIZ_VERSION__: JSON.stringify(version) } }),
    fixturesPlugin(),
  ],
  browsers: browsers(['chromium', 'firefox', 'webkit']),
  // One test page at a time per engine: WebKitWebDriver's launcher drives a
  // single window (mouse coordinates are the page's), and the machine has 2 cores.
  concurrency: 1,
  // A hang guard, not a speed check: three engines share 2 cores, and a test that walks
  // the whole quiz with axe at each state can pass 20 s when the machine is busy.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 300000,
  // A busy 2-core machine can take longer than the default 30 s to open a page in Firefox.
  browserStartTimeout: 120000,
};
