// How fast the widget is in a real page: time from navigation to a rendered
// intro (script included), and how long a step change and the result take to
// render, in headless Chromium on the demo page. Prints medians; asserts
// nothing. Needs `npm run build` first.
//
//   npm run bench:element
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const port = 4175;
const runs = 15;
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figures = { ready: [], script: [], step: [], result: [] };

try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/demo/`);
    const timing = await page.evaluate(async () => {
      await customElements.whenDefined('exosome-quiz');
      const el = document.querySelector('exosome-quiz');
      await el.updateComplete;
      const ready = performance.now();
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.iife.js'));
      const root = el.shadowRoot;
      const press = async (selector) => {
        const started = performance.now();
        root.querySelector(selector).click();
        await el.updateComplete;
        return performance.now() - started;
      };
      const steps = [await press('button.primary')];
      const answers = [['concerns', 'dullness'], ['actives', 'retinoid'], ['sensitivity', 'sometimes'], ['skinNow', 'calm']];
      for (const [field, option] of answers) {
        root.querySelector(`input[name="${field}"][value="${option}"]`).click();
        await el.updateComplete;
        steps.push(await press('button[type="submit"]'));
      }
      root.querySelector('input[name="expectations"][value="weeks"]').click();
      await el.updateComplete;
      const result = await press('button[type="submit"]');
      return { ready, script: script ? script.responseEnd - script.startTime : NaN, steps, result };
    });
    figures.ready.push(timing.ready);
    figures.script.push(timing.script);
    figures.step.push(...timing.steps);
    figures.result.push(timing.result);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`bench:element: ${runs} page loads of the demo in headless Chromium (localhost, no throttling)`);
console.log(`  intro rendered, ms after navigation start   ${median(figures.ready).toFixed(1)}`);
console.log(`  script file fetched, ms                      ${median(figures.script).toFixed(1)}`);
console.log(`  step change (click to rendered), ms          ${median(figures.step).toFixed(2)}`);
console.log(`  result (recommend + render), ms              ${median(figures.result).toFixed(2)}`);
