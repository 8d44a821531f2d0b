import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, preview, type PreviewServer } from 'vite';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findEngines } from '../../scripts/engines.mjs';

/**
 * The framework recipes of README (Frameworks), each a small app in
 * test/frameworks/ that imports the built package by its name: built with
 * Vite as the app's own build would, served by `vite preview`, and driven in
 * Chromium as a reader would (needs `npm run build` first; npm test runs it).
 */
const CONFIG = 'test/frameworks/vite.config.ts';
const PAGES = {
  'Vite, vanilla TypeScript': 'vanilla/index.html',
  'React 19, no wrapper': 'react/index.html',
  'React 19, exosome-quiz/react': 'react/wrapper.html',
  'Vue 3': 'vue/index.html',
  'Svelte 5': 'svelte/index.html',
};
/** A reader the verdict "good-fit" answers: the product link shows. */
const ANSWERS = ['dehydration', 'none', 'rarely', 'calm', 'weeks'];

let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  await build({ configFile: CONFIG });
  server = await preview({ configFile: CONFIG, preview: { host: '127.0.0.1', port: 0 } });
  base = server.resolvedUrls!.local[0]!;
  const { chromium: engine } = (await findEngines({ env: { ...process.env, ENGINES: 'chromium' } })).found;
  if (!engine) throw new Error('No Chromium: apt-get install chromium, or set CHROME_PATH');
  browser = await puppeteer.launch({
    executablePath: engine.executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('<exosome-quiz> in the framework fixtures', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name}: a reader completes the quiz, the app hears the complete event, the product link shows`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(base + path);

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
});
