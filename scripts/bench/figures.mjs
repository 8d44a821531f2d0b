// Small helpers for scripts/bench-page.mjs: a Chromium trace's longest task,
// and medians and percentiles.

// Chromium nests ThreadControllerImpl::RunTask in RunTask: count only the outer one.
const TASK = new Set(['RunTask']);

/**
 * The tasks at the load of the page at `url`: on the main thread of the
 * renderer that parsed it (found by its ParseHTML event), from the task that
 * parsed it to the page's `bench:end` performance mark. Returns, in ms, the
 * longest task's wall time, the most thread (CPU) time one task took, and
 * the thread time of all of them. Thread time leaves out the time the thread
 * was waiting for a core (a busy machine); Chromium's CPU throttle counts in it.
 */
export function loadTasks(trace, url) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.endsWith(url));
  if (!parse) throw new Error(`bench: no ParseHTML for ${url} in the trace`);
  const end = events.find((e) => e.name === 'bench:end' && e.pid === parse.pid && e.ts > parse.ts);
  if (!end) throw new Error(`bench: no bench:end mark for ${url} in the trace`);
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
