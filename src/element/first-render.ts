/**
 * When the element's first render may run: at the next task or the next
 * frame, whichever comes first. A page's load then upgrades the element and
 * renders it in separate tasks (issue 9: no long task at load), and no frame
 * paints the upgraded element empty, which would shift the page: a frame
 * runs the render before it paints. Asked for at connection, before the
 * first update is queued, so the frame runs it before any other callback.
 */
export function nextTaskOrFrame(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go);
  });
}
