import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, preview, type PreviewServer } from 'vite';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findEngines } from '../../scripts/engines.mjs';

/**
 * The framework recipes of docs/frameworks.md, each a small app in
 * test/frameworks/ that imports the built package by its name, built as that
 * framework builds an app (Vite, `astro build`, `next build`), its output
 * served as static files and driven in Chromium as a reader would (needs
 * `npm run build` first; npm test runs it).
 */
const run = promisify(execFile);
const node = (script: string, args: string[]) => async () => {
  // No telemetry: the builds run on machines that reach only the npm registry.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };
  await run(process.execPath, [script, ...args], { env }).catch((error: Error & { stdout?: string }) => {
    // Next prints a failed type check on stdout; the error message has only stderr.
    throw new Error(`${error.message}\n${error.stdout ?? ''}`);
  });
};

interface App {
  build: () => Promise<unknown>;
  /** Where the build writes the static site (the configs name the same folders). */
  out: string;
  /** Each page by its test name: its path, and whether a server step imported the package while building it. */
  pages: Record<string, { path: string; serverImport?: true }>;
}

const APPS: Record<string, App> = {
  vite: {
    build: () => build({ configFile: 'test/frameworks/vite.config.ts' }),
    out: 'node_modules/.cache/exosome-quiz/frameworks',
    pages: {
      'Vite, vanilla TypeScript': { path: 'vanilla/index.html' },
      'React 19, no wrapper': { path: 'react/index.html' },
      'React 19, exosome-quiz/react': { path: 'react/wrapper.html' },
      'Vue 3': { path: 'vue/index.html' },
      'Svelte 5': { path: 'svelte/index.html' },
    },
  },
  astro: {
    build: node('node_modules/astro/astro.js', ['build', '--root', 'test/frameworks/astro', '--silent']),
    out: 'node_modules/.cache/exosome-quiz/astro',
    pages: { 'Astro 5, static build': { path: '', serverImport: true } },
  },
  next: {
    build: node('node_modules/next/dist/bin/next', ['build', 'test/frameworks/next']),
    out: 'test/frameworks/next/out',
    pages: {
      'Next 16, bare tag rendered on the client only': { path: '', serverImport: true },
      'Next 16, exosome-quiz/react rendered on the server and hydrated': { path: 'hydrated', serverImport: true },
    },
  },
};
/** A reader the verdict "good-fit" answers: the product link shows. */
const ANSWERS = ['dehydration', 'none', 'rarely', 'calm', 'weeks'];
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const servers: PreviewServer[] = [];
const bases: Record<string, string> = {};
let browser: Browser;

beforeAll(async () => {
  // One build at a time: CI has two shared cores.
  for (const [name, app] of Object.entries(APPS)) {
    await app.build();
    const server = await preview({
      configFile: false,
      logLevel: 'warn',
      build: { outDir: app.out },
      preview: { host: '127.0.0.1', port: 0 },
    });
    servers.push(server);
    bases[name] = server.resolvedUrls!.local[0]!;
  }
  const { chromium: engine } = (await findEngines({ env: { ...process.env, ENGINES: 'chromium' } })).found;
  if (!engine) throw new Error('No Chromium: apt-get install chromium, or set CHROME_PATH');
  browser = await puppeteer.launch({
    executablePath: engine.executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

describe('<exosome-quiz> in the framework fixtures', () => {
  for (const [appName, app] of Object.entries(APPS)) {
    for (const [name, { path, serverImport }] of Object.entries(app.pages)) {
      it(`${name}: a reader completes the quiz, the app hears the complete event, the product link shows`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await page.goto(bases[appName] + path);

        if (serverImport) {
          // The page's server step (Astro frontmatter, Next's root layout) imported the package and read from it.
          expect(await page.$eval('#built-with', (p) => p.textContent)).toBe(`Built with exosome-quiz ${version}`);
        }
        // The quiz's first screen. A locator rechecks on changes to the page's DOM, not to a shadow root's:
        // where the element is added once and nothing follows (Next's client-only render), its first
        // render would go unseen, so this waits frame by frame.
        await page.waitForFunction(() => document.querySelector('exosome-quiz')?.shadowRoot?.querySelector('[part~="button-primary"]'));
        // `>>>` reaches into the quiz's shadow root; each locator waits until its element can be clicked.
        const primary = page.locator('exosome-quiz >>> [part~="button-primary"]');
        await primary.click();
        for (const option of ANSWERS) {
          await page.locator(`exosome-quiz >>> input[value="${option}"]`).click();
          await primary.click();
        }
        await page.waitForFunction(() => document.querySelector('#heard')?.textContent === 'good-fit');
        const link = await page.waitForSelector('exosome-quiz >>> [part~="product-link"]');
        expect(await link!.evaluate((a) => a.getAttribute('href'))).toBe('https://shop.example/calm-serum');
        // The name the app set (the default is "See the suggested serum").
        expect(await link!.evaluate((a) => a.textContent)).toContain('Calm Repair Serum');
        // One Lit on the page: the app's bundle imported the package's dependencies, not a second copy.
        expect(await page.evaluate(() => (window as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
