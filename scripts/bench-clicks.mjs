// What each of the reader's clicks costs the page's main thread, timed inside
// the page: from the click to the end of the update it causes, which holds
// the statechart's work, the render and the layout that the focus move
// forces. Unlike Event Timing it leaves out waiting for a frame and its
// paint, so it moves less from run to run on a shared machine. Each round
// loads every build fresh (new browser context, V8's compilation cache off),
// builds interleaved. Prints medians with min and max; asserts nothing.
//
//   node scripts/bench-clicks.mjs                                  dist/exosome-quiz.iife.js, 12 rounds
//   node scripts/bench-clicks.mjs --runs 8 dist/exosome-quiz.iife.js /path/to/old.iife.js
//   node scripts/bench-clicks.mjs --rate 4 ...                     at a 4x CPU slowdown
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { stats } from './bench/figures.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args.splice(i, 2)[1]);
};
const runs = option('--runs', 12);
const rate = option('--rate', 1);
const files = args.length ? args : ['dist/exosome-quiz.iife.js'];
const scripts = files.map((file) => readFileSync(file, 'utf8'));
const page = readFileSync('scripts/bench/article.html', 'utf8')
  .replace('<!--head-->', '<script src="/widget.js" defer></script>')
  .replace('<!--widget-->', '<exosome-quiz></exosome-quiz>');
let current = 0;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/widget.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[current]);
  if (path.startsWith('/bench/')) return response.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync('scripts/bench/article.css'));
  response.writeHead(200, { 'content-type': 'text/html' }).end(page);
}).listen(0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--no-compilation-cache'],
});

/** In the page: answers the quiz with element clicks, timing each click to the end of its update. */
async function walk() {
  const el = document.querySelector('exosome-quiz');
  const $ = (selector) => el.shadowRoot.querySelector(selector);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
  const time = async (target) => {
    const t0 = performance.now();
    target.click();
    await el.updateComplete;
    const spent = performance.now() - t0;
    await pause();
    return spent;
  };
  const next = () => $('[part~="button-primary"]');
  const start = await time(next());
  const steps = [];
  for (const option of ['dullness', 'niacinamide', 'rarely', 'calm']) {
    await time($(`input[value="${option}"]`));
    steps.push(await time(next()));
  }
  await time($('input[value="weeks"]'));
  const result = await time(next());
  await time($('[part~="button-secondary"]'));
  const again = await time(next());
  return { start, step: Math.max(...steps), result, again };
}

const figures = files.map(() => ({ start: [], step: [], result: [], again: [] }));
try {
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < files.length; i++) {
      current = i;
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 412, height: 900 });
      if (rate !== 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate });
      await tab.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const [kind, ms] of Object.entries(await tab.evaluate(walk))) figures[i][kind].push(ms);
      await context.close();
    }
    process.stderr.write(`\rbench:clicks: ${run + 1}/${runs} rounds`);
  }
} finally {
  process.stderr.write('\n');
  await browser.close();
  server.close();
}

const cell = (values) => {
  const { median, min, max } = stats(values);
  return `${median.toFixed(1)} (${min.toFixed(1)}–${max.toFixed(1)})`.padEnd(20);
};
console.log(`\nbench:clicks: ${runs} rounds, ${rate === 1 ? 'full speed' : `${rate}x CPU slowdown`}; ms from the click to the end of its update, median (min–max)`);
console.log(`  ${'build'.padEnd(40)}${['Start', 'slowest step', 'first result', 'result again'].map((h) => h.padEnd(20)).join('')}`);
files.forEach((file, i) => {
  const f = figures[i];
  console.log(`  ${file.slice(-40).padEnd(40)}${[f.start, f.step, f.result, f.again].map(cell).join('')}`);
});
console.log('  Start: the first question (its statechart is built after the frame that paints it, not counted here).');
console.log('  result again: Back, then See my result a second time; what the first costs above it is first-time work.');
