let now = false;

/**
 * The script-tag build defines the element in a task of its own
 * (src/embed.ts): from then on a quiz renders in the task that connects it.
 */
export const renderAtUpgrade = () => void (now = true);

/**
 * When the element's first render may run. With the ESM build (defined when
 * the module is imported): at the next task or the next frame, whichever
 * comes first. A page's load then upgrades the element and renders it in
 * separate tasks (issue 9: no long task at load), and no frame paints the
 * upgraded element empty, which would shift the page: a frame runs the
 * render before it paints. Asked for at connection, before the first update
 * is queued, so the frame runs it before any other callback. After
 * `renderAtUpgrade()`: at once (the update's own microtask).
 */
export function nextTaskOrFrame(): Promise<void> {
  // Whichever comes second resolves a settled promise: nothing happens.
  return new Promise((go) => {
    if (now) return go();
    requestAnimationFrame(() => go());
    setTimeout(go);
  });
}
