// The widget's cost on a blogger's page, in headless Chromium: a plain
// article (scripts/bench/article.html) loaded bare, with the built script
// (`defer`, as README's embed), and with the SurveyJS peer asking the same
// five questions, each load at full speed and at a 4x CPU slowdown
// (Emulation.setCPUThrottlingRate, Lighthouse's mobile setting). Prints
// medians with min and max; asserts nothing. Needs `npm run build` first.
//
//   npm run bench:page                    (npm run bench builds first)
//   node scripts/bench-page.mjs --runs 5  a quick look
//   node scripts/bench-page.mjs --script /path/to/other.iife.js   another build, same article
//   node scripts/bench-page.mjs --compare /path/to/old.iife.js    adds an older build's column (no interactions)
//
// Wall times on a shared 2-core machine are noisy: read each figure beside
// the bare page's, measured in the same run.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { clickTasks, loadTasks, percentile, ratioInterval, scriptTasks, stats } from './bench/figures.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 20));
const port = Number(arg('--port', process.env.BENCH_PORT ?? 4292));
const scriptFile = arg('--script', 'dist/exosome-quiz.iife.js');
const compareFile = arg('--compare', null);
/** --save file: every round's figures as JSON, to read again without a rerun. */
const saveFile = arg('--save', null);
const VIEWPORT = { width: 412, height: 2400 };
/**
 * The reserve line a blogger adds (README, "Embed it"), word for
 * word, so the page does not move when the element upgrades.
 */
const RESERVE = /^exosome-quiz.*$/m.exec(readFileSync('demo/reserve.css', 'utf8'))[0];

const survey = {
  core: 'node_modules/survey-core/survey.core.min.js',
  ui: 'node_modules/survey-js-ui/survey-js-ui.min.js',
  // Fontless: the default theme's font would be a request to Google's CDN.
  css: 'node_modules/survey-core/survey-core.fontless.min.css',
};
const surveyInit = `new Survey.Model(${readFileSync('scripts/bench/survey.json', 'utf8')}).render(document.getElementById('survey'));`;

const article = readFileSync('scripts/bench/article.html', 'utf8');
const page = (head, widget) => article.replace('<!--head-->', head).replace('<!--widget-->', widget);
const PAGES = {
  bare: page('', ''),
  widget: page(
    `<style>${RESERVE}</style>\n    <script src="/widget.js" defer></script>`,
    '<exosome-quiz></exosome-quiz>',
  ),
  // skip-intro: the first question is the first screen.
  question: page(
    `<style>${RESERVE}</style>\n    <script src="/widget.js" defer></script>`,
    '<exosome-quiz skip-intro></exosome-quiz>',
  ),
  compare: page(
    `<style>${RESERVE}</style>\n    <script src="/compare.js" defer></script>`,
    '<exosome-quiz></exosome-quiz>',
  ),
  // The script alone, no element on the page: the cost of evaluating it.
  scriptOnly: page('<script src="/widget.js" defer></script>', ''),
  survey: page(
    `<link rel="stylesheet" href="/survey.css" />
    <script src="/survey-core.js" defer></script>
    <script src="/survey-ui.js" defer></script>
    <script src="/survey-init.js" defer></script>`,
    '<div id="survey"></div>',
  ),
};
const FILES = {
  '/bench/article.css': ['text/css', readFileSync('scripts/bench/article.css')],
  '/widget.js': ['text/javascript', readFileSync(scriptFile)],
  ...(compareFile ? { '/compare.js': ['text/javascript', readFileSync(compareFile)] } : {}),
  '/survey-core.js': ['text/javascript', readFileSync(survey.core)],
  '/survey-ui.js': ['text/javascript', readFileSync(survey.ui)],
  '/survey.css': ['text/css', readFileSync(survey.css)],
  '/survey-init.js': ['text/javascript', Buffer.from(surveyInit)],
};
for (const [name, html] of Object.entries(PAGES)) FILES[`/${name}.html`] = ['text/html', Buffer.from(html)];

const server = createServer((request, response) => {
  const file = FILES[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!file) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

/** Runs in every page before its own scripts: paint, layout shift and interaction observers. */
function observe() {
  const seen = (window.__bench = { painted: null, cls: 0, events: [], clicks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) seen.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) seen.events.push({ id: e.interactionId, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  addEventListener('pointerdown', (e) => seen.clicks.push({ t: e.timeStamp, kind: window.__kind }), true);
  // The frame in which the first question or intro heading exists is the one that paints it; on the
  // bare page, the article's heading (measured the same way, so the figures can be subtracted).
  const shown = () =>
    document.querySelector('exosome-quiz')?.shadowRoot?.querySelector('h2') ??
    document.querySelector('#survey .sd-question') ??
    (document.querySelector('exosome-quiz, #survey') ? null : document.querySelector('article h1'));
  const poll = (t) => {
    if (shown()) seen.painted = t;
    else if (t < 20000) requestAnimationFrame(poll);
  };
  // The bare page's heading exists at once: its poll is one frame callback, not a loop.
  addEventListener('DOMContentLoaded', () => requestAnimationFrame(poll));
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // Every load is a reader's first visit: V8 may not reuse code it compiled for an earlier load.
    '--js-flags=--no-compilation-cache',
  ],
});

const chromiumVersion = (await browser.version()).replace(/^\D+/, '');
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new browser context per load, so no load finds the script (or V8's code cache for it) from an earlier one. */
async function freshContext() {
  const context = await browser.createBrowserContext();
  await context.overridePermissions(`http://127.0.0.1:${port}`, ['clipboard-read', 'clipboard-write']);
  return context;
}

/**
 * The whole browser's trace for a round (every context and page in it), as
 * CDP's Tracing domain gives it on the browser's own session.
 */
async function startTracing(categories) {
  const session = await browser.target().createCDPSession();
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } });
  return async () => {
    await session.send('Tracing.end');
    const { stream } = await complete;
    const chunks = [];
    for (let eof = false; !eof; ) {
      const read = await session.send('IO.read', { handle: stream });
      chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
      eof = read.eof;
    }
    await session.send('IO.close', { handle: stream });
    await session.detach();
    return JSON.parse(Buffer.concat(chunks).toString());
  };
}

const TRACE = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'];
const METRICS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/** One page load: main-thread time, longest task, time to painted content, CLS, requests after the script. */
async function load(name, rate, walk) {
  const context = await freshContext();
  const tab = await context.newPage();
  await tab.setViewport(VIEWPORT);
  await tab.evaluateOnNewDocument(observe);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const requests = [];
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const url = `/${name}.html?${rate}x`;
  await tab.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: 'load' });
  if (name !== 'scriptOnly') {
    await tab.waitForFunction(() => window.__bench.painted !== null, { timeout: 20000 });
  }
  // Let deferred work (idle callbacks, an actor started after the first paint) run inside the window.
  await pause(1500 + 250 * rate);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seen = await tab.evaluate(() => ({
    ...window.__bench,
    end: performance.mark('bench:end').startTime,
  }));
  const lastScript = Math.max(...['/widget.js', '/compare.js', '/survey-init.js'].map((p) => requests.lastIndexOf(p)));
  const figures = {
    mainThread: METRICS.reduce((sum, m) => sum + metrics.find((x) => x.name === m).value * 1000, 0),
    url,
    rate,
    painted: seen.painted,
    cls: seen.cls,
    after: lastScript < 0 ? 0 : requests.slice(lastScript + 1).filter((p) => p !== '/favicon.ico').length,
  };
  if (walk) Object.assign(figures, await interact(tab));
  await context.close();
  return figures;
}

const ANSWERS = ['dullness', 'niacinamide', 'rarely', 'calm', 'weeks'];

/** Answers the quiz with real clicks; returns Event Timing durations per kind of interaction, and the kinds in order. */
async function interact(tab) {
  const click = async (kind, selector) => {
    await tab.evaluate((k) => (window.__kind = k), kind);
    await tab.locator(selector).click();
    await pause(60);
  };
  const primary = 'exosome-quiz >>> [part~="button-primary"]';
  await click('start', primary);
  for (const [i, option] of ANSWERS.entries()) {
    await click('option', `exosome-quiz >>> input[value="${option}"]`);
    await click(i < ANSWERS.length - 1 ? 'step' : 'result', primary);
  }
  await tab.waitForSelector('exosome-quiz >>> [part~="result"]');
  await click('copy', primary);
  await pause(200);
  const { events, clicks } = await tab.evaluate(() => window.__bench);
  const out = {};
  for (const { t, kind } of clicks) {
    const id = events.find((e) => Math.abs(e.start - t) < 1)?.id;
    // Under 16 ms, Event Timing reports nothing: count it as 16, the floor it can tell.
    const duration = id ? Math.max(...events.filter((e) => e.id === id).map((e) => e.duration)) : 16;
    (out[kind] ??= []).push(duration);
  }
  return { interactions: out, clicked: clicks.map((c) => c.kind) };
}

/** The scripts whose tasks are attributed to each page (bench/figures.mjs, scriptTasks). */
const SCRIPTS = {
  widget: ['/widget.js'],
  question: ['/widget.js'],
  compare: ['/compare.js'],
  scriptOnly: ['/widget.js'],
  survey: ['/survey-core.js', '/survey-ui.js', '/survey-init.js'],
};

const VARIANTS = [
  ['bare', 1],
  ['widget', 1, true],
  ['question', 1],
  ...(compareFile ? [['compare', 1]] : []),
  ['survey', 1],
  ['bare', 4],
  ['widget', 4, true],
  ['question', 4],
  ...(compareFile ? [['compare', 4]] : []),
  ['scriptOnly', 4],
  ['survey', 4],
];
const results = Object.fromEntries(VARIANTS.map(([n, r]) => [`${n}@${r}`, []]));
const started = Date.now();
try {
  await load('widget', 1); // warm-up, not counted
  for (let run = 0; run < runs; run++) {
    // One trace per round, cut into pages by their URL and a bench:end mark (a trace per page costs seconds).
    const stopTracing = await startTracing(TRACE);
    const round = [];
    // Each round starts one page later, so that no page always follows the same one (SurveyJS, say).
    for (const [name, rate, walk] of VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length])) {
      const t0 = Date.now();
      // The quiz is answered at full speed in even rounds and at 4x in odd ones.
      const figures = await load(name, rate, walk && (rate === 1) === (run % 2 === 0));
      round.push(figures);
      results[`${name}@${rate}`].push(figures);
      if (process.env.BENCH_DEBUG) console.error(name, rate, Date.now() - t0);
    }
    const trace = await stopTracing();
    for (const figures of round) {
      const tasks = loadTasks(trace, figures.url);
      Object.assign(figures, { longest: tasks.wall, longestCpu: tasks.cpu, cpu: tasks.cpuTotal });
      const own = SCRIPTS[figures.url.slice(1).split('.')[0]];
      if (own) figures.own = scriptTasks(trace, figures.url, own);
      if (figures.clicked) {
        figures.clickTasks = clickTasks(trace, figures.url, figures.clicked);
        if (!figures.clickTasks) console.error(`\nbench: the trace's clicks on ${figures.url} do not match the walk's; left out`);
      }
      // BENCH_TASKS=1: each task that ran the script, as [thread time, the script's part], in ms.
      if (own && process.env.BENCH_TASKS) console.error(figures.url, JSON.stringify(figures.own.tasks.map((t) => t.map((v) => +v.toFixed(1)))));
    }
    process.stderr.write(`\rbench:page: ${run + 1}/${runs} rounds`);
  }
} finally {
  process.stderr.write('\n');
  await browser.close();
  server.close();
}

// ---- report ----
if (saveFile) writeFileSync(saveFile, `${JSON.stringify({ chromium: chromiumVersion, runs, script: scriptFile, results })}\n`);
const size = (file) => {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (list) => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
const widgetBytes = size(scriptFile);
const surveyBytes = sum([size(survey.core), size(survey.ui), size(survey.css)]);
const compareBytes = compareFile ? size(compareFile) : null;
const names = ['bare', 'widget', 'question', ...(compareFile ? ['compare'] : []), 'survey'];

const fmt = (s, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const col = (text, width = 24) => String(text).padEnd(width);
const pick = (r, field) => field.split('.').reduce((o, k) => o?.[k], r);
const of = (key, field, digits = 0) =>
  results[key]?.[0] && pick(results[key][0], field) !== undefined ? fmt(stats(results[key].map((r) => pick(r, field))), digits) : '';
/** Each round's figure of `key` less the bare page's of the same round. */
const diffs = (key, bareKey, field) => results[key].map((r, i) => r[field] - results[bareKey][i][field]);
const added = (key, bareKey, field = 'mainThread') => (results[key] ? fmt(stats(diffs(key, bareKey, field))) : '');
const row = (label, ...cells) => console.log(`  ${col(label, 34)}${cells.map((c) => col(c)).join('')}`);
/** The tasks that run the page's own script (the widget's, SurveyJS's): bench/figures.mjs, scriptTasks. */
const ownRows = (cells) => {
  row('longest task running the script⁴', ...cells('own.longest', 1));
  row('  of it the script\'s own⁴', ...cells('own.own', 1));
  row('most script time in one task⁴', ...cells('own.ownMax', 1));
  row('script time in all its tasks⁴', ...cells('own.total', 1));
  row('tasks running the script⁴', ...cells('own.count'));
  row('longest task from its first on⁴', ...cells('own.after', 1));
};

console.log(`\nbench:page: ${runs} rounds in headless Chromium ${chromiumVersion}, ${VIEWPORT.width}x${VIEWPORT.height}, ` +
  `${Math.round((Date.now() - started) / 1000)} s; median (min–max); ms unless marked`);
console.log(`  script: ${scriptFile}; reserve line on the widget page: ${RESERVE}\n`);
if (compareFile) console.log(`  older build (column "older widget"): ${compareFile}`);
const bytes = (b) => `${b.gzip} (${b.brotli})`;
row('', 'bare article', 'with the widget', 'widget, skip-intro', ...(compareFile ? ['older widget'] : []), 'with SurveyJS');
row('bytes, gzip -9 (brotli -11)', '0', bytes(widgetBytes), bytes(widgetBytes), ...(compareFile ? [bytes(compareBytes)] : []), bytes(surveyBytes));
for (const rate of [1, 4]) {
  console.log(`  -- ${rate === 1 ? 'full speed' : '4x CPU slowdown'}`);
  const cells = (field, digits) => names.map((n) => of(`${n}@${rate}`, field, digits));
  const after = (field) => (n) => (n === 'bare' ? '' : added(`${n}@${rate}`, `bare@${rate}`, field));
  row('main-thread time¹', ...cells('mainThread'));
  row('  added to the bare page', ...names.map(after('mainThread')));
  row('longest task at load, wall', ...cells('longest', 1));
  row('longest task, thread time³', ...cells('longestCpu', 1));
  row('main-thread CPU at load³', ...cells('cpu'));
  row('  added to the bare page', ...names.map(after('cpu')));
  ownRows((field, digits) => names.map((n) => of(`${n}@${rate}`, field, digits)));
  row('painted²', ...cells('painted'));
  row('  later than the bare page\'s²', ...names.map(after('painted')));
  row('CLS', ...cells('cls', 3));
  row('requests after the script', ...names.map((n) => (n === 'bare' ? '' : of(`${n}@${rate}`, 'after'))));
}
console.log(`  -- the script alone, no <exosome-quiz> on the page, 4x CPU slowdown`);
row('main-thread time added', '', added('scriptOnly@4', 'bare@4'));
row('main-thread CPU added³', '', added('scriptOnly@4', 'bare@4', 'cpu'));
row('longest task at load, wall', '', of('scriptOnly@4', 'longest', 1));
row('longest task, thread time³', '', of('scriptOnly@4', 'longestCpu', 1));
ownRows((field, digits) => ['', of('scriptOnly@4', field, digits)]);
console.log('  ¹ CDP Performance.getMetrics ScriptDuration + LayoutDuration + RecalcStyleDuration, to 1.5 s after the paint');
console.log('  ² ms from navigation to the frame that paints the intro (skip-intro and SurveyJS: the first question; bare:');
console.log('    the article\'s heading), found the same way on every page: the first animation frame in which it exists');
console.log('  ³ from the trace: thread (CPU) time of the main-thread tasks (the throttle counts in it). Unlike wall');
console.log('    time it leaves out waiting for a core, so it holds better on a busy machine; wall time is what a reader waits.');
console.log("  ⁴ thread time of the tasks that run the page's own script (the widget; SurveyJS's three files), and the part");
console.log("    of it that is the script's: its evaluation and calls, the callbacks that call it, and the microtasks, style");
console.log("    and layout in the same task after it, unless the parser ran before it in that task (the page's first layout).");
console.log('    Not counted: the later frame that lays out and paints what it rendered; the last row, any task from the');
console.log("    script's first task on, holds those frames (and whatever else the page ran then). bench/figures.mjs, scriptTasks.");
// The issue 17 goals, as ratios of medians of the per-round differences from the bare page, each with the
// interval that resampling the rounds gives it (bench/figures.mjs, ratioInterval): a goal inside it is not told apart.
console.log('\n  against SurveyJS (median of per-round differences from the bare page; goals: issue 17)');
console.log('  [in brackets: 95% of the ratios over 2,000 resamplings of the rounds]');
for (const rate of [1, 4]) {
  const at = (n, f) => stats(diffs(`${n}@${rate}`, `bare@${rate}`, f)).median;
  const x = (v) => (Number.isFinite(v) ? `${v.toFixed(1)}x` : 'no ratio');
  const ratio = (peer, ours, f) => {
    if (at(ours, f) <= 0) return 'n/a (the widget adds nothing measurable)';
    const [low, high] = ratioInterval(diffs(`${peer}@${rate}`, `bare@${rate}`, f), diffs(`${ours}@${rate}`, `bare@${rate}`, f));
    return `${x(at(peer, f) / at(ours, f))} [${x(low)} to ${x(high)}]`;
  };
  console.log(`  ${rate === 1 ? 'full speed ' : '4x slowdown'}  first question painted, later than bare: widget (skip-intro) ${at('question', 'painted').toFixed(0)} ms, ` +
    `SurveyJS ${at('survey', 'painted').toFixed(0)} ms: ${ratio('survey', 'question', 'painted')} (goal 5x)`);
  console.log(`               main-thread time added at load: widget ${at('widget', 'mainThread').toFixed(0)} ms, ` +
    `SurveyJS ${at('survey', 'mainThread').toFixed(0)} ms: ${ratio('survey', 'widget', 'mainThread')} (goal 15x); ` +
    `skip-intro ${at('question', 'mainThread').toFixed(0)} ms`);
  console.log(`               the same as thread time³: widget ${at('widget', 'cpu').toFixed(0)} ms, ` +
    `SurveyJS ${at('survey', 'cpu').toFixed(0)} ms: ${ratio('survey', 'widget', 'cpu')}; ` +
    `skip-intro ${at('question', 'cpu').toFixed(0)} ms`);
}
// The goal for tasks at load: no task that runs the widget's code over 50 ms at 4x (each round's most).
const over = (key) => results[key].filter((r) => r.own?.ownMax > 50).length;
console.log(`  4x slowdown  rounds whose most script time in one task was over 50 ms: widget ${over('widget@4')} of ${runs}, ` +
  `skip-intro ${over('question@4')} of ${runs}`);
/** One line per speed: a figure of the walk's clicks (`interactions` or `clickTasks`), pooled over the rounds by kind of click. */
function perClick(figure, cell) {
  for (const rate of [1, 4]) {
    const kinds = {};
    for (const r of results[`widget@${rate}`]) for (const [k, v] of Object.entries(r[figure] ?? {})) (kinds[k] ??= []).push(...v);
    const line = Object.entries(kinds).map(([k, v]) => `${k} ${cell(v)}`);
    console.log(`  ${rate === 1 ? 'full speed ' : '4x slowdown'}  ${line.join('; ')}`);
  }
}
console.log('\n  interaction latency (Event Timing: input to next paint; 16 = under its 16 ms floor), p50 / p95 (max)');
perClick('interactions', (v) => `${percentile(v, 0.5)} / ${percentile(v, 0.95)} (${Math.max(...v)}) n=${v.length}`);
console.log('\n  the task that runs each click (trace thread time, the whole task), p50 / p95 (max), and how many over 50 ms');
const ms = (v) => v.toFixed(0);
perClick('clickTasks', (v) => `${ms(percentile(v, 0.5))} / ${ms(percentile(v, 0.95))} (${ms(Math.max(...v))}) ${v.filter((x) => x > 50).length} of ${v.length}`);
