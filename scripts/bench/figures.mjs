// Small helpers for scripts/bench-page.mjs: a Chromium trace's longest task,
// and medians and percentiles.

// Chromium nests ThreadControllerImpl::RunTask in RunTask: count only the outer one.
const TASK = new Set(['RunTask']);

/** A trace's events, and the ParseHTML event and `bench:end` mark that bound the load of the page at `url`. */
function pageEvents(trace, url) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.endsWith(url));
  if (!parse) throw new Error(`bench: no ParseHTML for ${url} in the trace`);
  const end = events.find((e) => e.name === 'bench:end' && e.pid === parse.pid && e.ts > parse.ts);
  if (!end) throw new Error(`bench: no bench:end mark for ${url} in the trace`);
  return { events, parse, end };
}

/**
 * The tasks at the load of the page at `url`: on the main thread of the
 * renderer that parsed it (found by its ParseHTML event), from the task that
 * parsed it to the page's `bench:end` performance mark. Returns, in ms, the
 * longest task's wall time, the most thread (CPU) time one task took, and
 * the thread time of all of them. Thread time leaves out the time the thread
 * was waiting for a core (a busy machine); Chromium's CPU throttle counts in it.
 */
export function loadTasks(trace, url) {
  const { events, parse, end } = pageEvents(trace, url);
  const tasks = { wall: 0, cpu: 0, cpuTotal: 0 };
  for (const e of events) {
    const thread = e.pid === parse.pid && e.tid === parse.tid;
    if (thread && e.ph === 'X' && TASK.has(e.name) && e.ts + e.dur >= parse.ts && e.ts <= end.ts) {
      tasks.wall = Math.max(tasks.wall, e.dur / 1000);
      tasks.cpu = Math.max(tasks.cpu, (e.tdur ?? e.dur) / 1000);
      tasks.cpuTotal += (e.tdur ?? e.dur) / 1000;
    }
  }
  return tasks;
}

/** Script events that name the script they run: `args.data.url`. */
const SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall']);
/** Callbacks the page's event loop runs: the widget's when a script event of its script runs inside. */
const DISPATCH = new Set(['TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch']);
/** What a script leaves to the end of its task: its promises, and the style and layout its DOM changes need. */
const TRIGGERED = new Set(['RunMicrotasks', 'UpdateLayoutTree', 'Layout']);

/**
 * The tasks of the page at `url` that run the scripts at `scripts` (paths,
 * such as ["/widget.js"]), and how much of each is those scripts'.
 *
 * What counts as the script's, in each task: (1) its script events, whose
 * args.data.url is the script (evaluating it, compiling it, calling one of
 * its functions: a Lit update, an element callback, a listener); (2) a
 * timer, idle callback, animation frame or event dispatch that calls one of
 * its functions, whole (the browser's dispatch of the script's callback);
 * (3) from the first of those on, the microtask checkpoints, style
 * recalculations and layouts in the same task (its promises, and what its
 * DOM changes cost at once), unless the page's parser ran earlier in the
 * task: a deferred script runs at the end of parsing, and the layout that
 * follows is the page's first. Nested events count once. Work the script
 * causes in a later task (the frame that paints it) is not counted, and a
 * task that runs the script shares its thread time with whoever else ran
 * in it (the parser, when a deferred script runs at the end of parsing):
 * hence the task's thread time and the script's part of it, both.
 *
 * Returns, in ms of thread time: `longest`, the longest such task; `own`,
 * the script's part of it; `ownMax`, the most of the script's time one task
 * held; `total`, the script's time in all tasks; `count`, how many tasks;
 * `tasks`, each task's thread time and the script's part, in order;
 * `after`, the longest task of any kind from the script's first task on
 * (it holds the frames that lay out and paint what the script rendered).
 */
export function scriptTasks(trace, url, scripts) {
  const { events, parse, end } = pageEvents(trace, url);
  const thread = events
    .filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && e.ts + e.dur >= parse.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = { longest: 0, own: 0, ownMax: 0, total: 0, count: 0, tasks: [], after: 0 };
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  for (let i = 0; i < thread.length; ) {
    const task = thread[i++];
    if (!TASK.has(task.name)) continue;
    const inside = [];
    while (i < thread.length && thread[i].ts <= task.ts + task.dur) inside.push(thread[i++]);
    const own = ownTime(inside, scripts, cpu);
    if (out.count > 0) out.after = Math.max(out.after, cpu(task));
    if (own === 0) continue;
    if (out.count === 0) out.after = cpu(task);
    out.count++;
    out.tasks.push([cpu(task), own]);
    out.total += own;
    out.ownMax = Math.max(out.ownMax, own);
    if (cpu(task) > out.longest) Object.assign(out, { longest: cpu(task), own });
  }
  return out;
}

/** The script's thread time among a task's events (sorted by start, parents first). */
function ownTime(inside, scripts, cpu) {
  const ran = (e) => SCRIPT.has(e.name) && scripts.some((s) => e.args?.data?.url?.endsWith(s));
  const within = (outer, e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
  const first = inside.find((e) => ran(e) || (DISPATCH.has(e.name) && inside.some((s) => ran(s) && within(e, s))));
  if (!first) return 0;
  const parsed = inside.some((e) => e.name === 'ParseHTML' && e.ts < first.ts);
  let sum = 0;
  let until = 0;
  for (const e of inside) {
    if (e.ts < until) continue;
    const counts = ran(e) || e === first || (!parsed && e.ts >= first.ts && TRIGGERED.has(e.name)) ||
      (DISPATCH.has(e.name) && e.ts >= first.ts && inside.some((s) => ran(s) && within(e, s)));
    if (!counts) continue;
    sum += cpu(e);
    until = e.ts + e.dur;
  }
  return sum;
}

/**
 * The task of each click a walk made on the page at `url` (after its
 * `bench:end` mark): the thread time of the task that dispatched the click,
 * whole. It holds the widget's handler and render, and what the browser does
 * around a click in the same task (hit tests, the layout they need).
 * `kinds` names the clicks in order. Returns { kind: [ms, ...] }, or null
 * when the trace's clicks do not match them one for one.
 */
export function clickTasks(trace, url, kinds) {
  const { events, parse, end } = pageEvents(trace, url);
  const thread = events.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && e.ts > end.ts);
  const clicks = thread.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click').sort((a, b) => a.ts - b.ts);
  if (clicks.length !== kinds.length) return null;
  const out = {};
  clicks.forEach((click, i) => {
    const task = thread.find((t) => TASK.has(t.name) && t.ts <= click.ts && t.ts + t.dur >= click.ts + click.dur);
    if (task) (out[kinds[i]] ??= []).push((task.tdur ?? task.dur) / 1000);
  });
  return out;
}

/** Median, min and max of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The nearest-rank percentile (p in 0..1) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/**
 * How far a ratio of medians can be trusted: the 2.5th and 97.5th
 * percentiles of median(num) / median(den) over `draws` resamplings of the
 * rounds (the same rounds for both lists: each holds one figure per round,
 * less the same round's bare page). A fixed seed, so a run's report is
 * repeatable. A resampling whose denominator is 0 or less counts as no ratio
 * (Infinity): the widget added nothing measurable there.
 */
export function ratioInterval(num, den, draws = 2000) {
  let seed = 0x9e3779b9;
  // mulberry32: a small, well-mixed 32-bit generator.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const ratios = [];
  for (let d = 0; d < draws; d++) {
    const rounds = num.map(() => Math.floor(random() * num.length));
    const median = (list) => stats(rounds.map((i) => list[i])).median;
    const below = median(den);
    ratios.push(below > 0 ? median(num) / below : Infinity);
  }
  return [percentile(ratios, 0.025), percentile(ratios, 0.975)];
}
