// Screenshots of the demo at 320, 375 and 1280 px, light and dark, at the
// intro, a question and a result, and (at 375 and 1280 px) a good-fit, a
// not-now and a row-6 not-the-right-tool result and a print view, into
// screenshots/; and of the hostile-theme page (demo/hostile.html) at 375 and
// 1280 px, as hostile-*.png. Serves the demo itself on port 4174
// (SCREENSHOTS_PORT for another).
//
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';

const port = Number(process.env.SCREENSHOTS_PORT ?? 4174);
const PAGES = [
  { prefix: '', path: '/demo/', widths: [320, 375, 1280], schemes: ['light', 'dark'] },
  { prefix: 'hostile-', path: '/demo/hostile.html', widths: [375, 1280], schemes: ['light'] },
];
// The demo's own server (demo/vite.config.ts), in this process: listening once `preview` resolves.
const server = await preview({ configFile: 'demo/vite.config.ts', logLevel: 'warn', preview: { port } });
mkdirSync('screenshots', { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
const RESULTS = {
  'good-fit': { concerns: ['dullness', 'dehydration'], actives: ['retinoid', 'niacinamide'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' },
  'not-now': { concerns: ['dullness'], actives: ['retinoid', 'exfoliating-acids'], sensitivity: 'sometimes', skinNow: 'irritated', expectations: 'weeks' },
  'wrong-tool': { concerns: ['active-breakouts'], actives: ['benzoyl-peroxide', 'prescription-retinoid'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' },
};
try {
  for (const { prefix, path, widths, schemes } of PAGES) {
  for (const width of widths) {
    for (const scheme of schemes) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.evaluateOnNewDocument(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} (${e.blockedURI})`),
        ),
      );
      await page.goto(`http://localhost:${port}${path}`);
      const quiz = await page.waitForSelector('exosome-quiz');
      // Real clicks, found as a reader finds them: a button by its name, an option by its value.
      const press = (name) => page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
      const choose = (field, option) => page.locator(`exosome-quiz >>> input[name="${field}"][value="${option}"]`).click();
      // After the whole render: a result renders its verdict first and the rest a task later.
      const shot = async (name) => {
        await page.evaluate(() => document.querySelector('exosome-quiz').updateComplete);
        await quiz.screenshot({ path: `screenshots/${prefix}${name}-${width}-${scheme}.png` });
      };
      await shot('intro');
      await press('Start the quiz');
      await choose('concerns', 'dullness');
      await choose('concerns', 'redness');
      await shot('question');
      await press('Next');
      await choose('actives', 'retinoid');
      await choose('actives', 'niacinamide');
      await press('Next');
      await press('Next');
      await shot('error');
      await choose('sensitivity', 'sometimes');
      await press('Next');
      await choose('skinNow', 'calm');
      await press('Next');
      await choose('expectations', 'weeks');
      await press('See my result');
      await shot('result');
      await page.screenshot({ path: `screenshots/${prefix}result-top-${width}-${scheme}.png` });
      // Three results of docs/rules.md, reached through the quiz itself.
      for (const [name, answers] of Object.entries(RESULTS)) {
        if (width === 320 || prefix) continue;
        await press('Start over');
        await press('Start the quiz');
        for (const field of ['concerns', 'actives', 'sensitivity', 'skinNow', 'expectations']) {
          for (const option of [answers[field]].flat()) await choose(field, option);
          await press(field === 'expectations' ? 'See my result' : 'Next');
        }
        await shot(`result-${name}`);
      }
      if (!prefix) {
        await page.emulateMediaType('print');
        await shot('result-print');
      }
      await page.emulateMediaType('screen');
      const overflow = await page.evaluate(() => {
        const card = document.querySelector('exosome-quiz').shadowRoot.querySelector('.card');
        return document.documentElement.scrollWidth > window.innerWidth || card.scrollWidth > card.clientWidth;
      });
      if (overflow) errors.push(`horizontal overflow on ${path} at ${width}px ${scheme}`);
      await page.close();
    }
  }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(errors.length ? `problems:\n${errors.join('\n')}` : 'screenshots written to screenshots/, no console errors, no overflow');
process.exitCode = errors.length ? 1 : 0;
