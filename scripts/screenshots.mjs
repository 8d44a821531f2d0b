// Screenshots of the demo at 320, 375 and 1280 px, light and dark, at the
// intro, a question and a result, into screenshots/. Needs the demo served
// (npm start) or serves it itself on port 4174.
//
//   npm run screenshots
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const port = Number(process.env.SCREENSHOTS_PORT ?? 4174);
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
try {
  for (const width of [320, 375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} (${e.blockedURI})`),
        ),
      );
      await page.goto(`http://localhost:${port}/demo/`);
      const quiz = page.locator('exosome-quiz');
      await quiz.waitFor();
      const shot = (name) => quiz.screenshot({ path: `screenshots/${name}-${width}-${scheme}.png` });
      await shot('intro');
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      await quiz.getByLabel('Dullness').check();
      await quiz.getByLabel('Redness').check();
      await shot('question');
      await quiz.getByRole('button', { name: 'Next' }).click();
      await quiz.getByLabel('A retinoid', { exact: true }).check();
      await quiz.getByLabel('Niacinamide').check();
      await quiz.getByRole('button', { name: 'Next' }).click();
      await quiz.getByRole('button', { name: 'Next' }).click();
      await shot('error');
      await quiz.getByLabel('Sometimes').check();
      await quiz.getByRole('button', { name: 'Next' }).click();
      await quiz.getByLabel('Calm and comfortable').check();
      await quiz.getByRole('button', { name: 'Next' }).click();
      await quiz.getByLabel('A subtle change over 1 to 3 months is fine').check();
      await quiz.getByRole('button', { name: 'See my result' }).click();
      await shot('result');
      await page.screenshot({ path: `screenshots/result-top-${width}-${scheme}.png` });
      const overflow = await page.evaluate(() => {
        const card = document.querySelector('exosome-quiz').shadowRoot.querySelector('.card');
        return document.documentElement.scrollWidth > window.innerWidth || card.scrollWidth > card.clientWidth;
      });
      if (overflow) errors.push(`horizontal overflow at ${width}px ${scheme}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(errors.length ? `problems:\n${errors.join('\n')}` : 'screenshots written to screenshots/, no console errors, no overflow');
process.exitCode = errors.length ? 1 : 0;
