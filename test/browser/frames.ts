import './fresh-reader.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';

/** A fixture page (test/browser/fixtures/) in an iframe that fills the test page's viewport. */
export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Everything the page printed on the console, and its uncaught errors. */
  console: Array<{ level: 'info' | 'warn' | 'error' | 'log'; text: string }>;
  errors: string[];
}

export async function openFrame(src: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0; background: #fff';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const result: Frame = { frame, win, doc: frame.contentDocument!, console: [], errors: [] };
  for (const level of ['info', 'warn', 'error', 'log'] as const) {
    win.console[level] = (...args: unknown[]) => void result.console.push({ level, text: args.map(String).join(' ') });
  }
  win.addEventListener('error', (event) => void result.errors.push(event.message));
  return result;
}

/** Adds a script to the frame's page, as a second `<script>` tag in a blog template would. */
export function loadScript({ doc }: Frame, src: string, type = 'text/javascript'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load: run npm run build`));
    doc.head.append(script);
  });
}

export async function quizIn({ doc }: Frame): Promise<ExosomeQuiz> {
  let el = doc.querySelector('exosome-quiz') as ExosomeQuiz | null;
  if (!el) {
    el = doc.createElement('exosome-quiz') as ExosomeQuiz;
    doc.body.append(el);
  }
  await el.updateComplete;
  return el;
}

export const closeFrames = () => document.querySelectorAll('iframe').forEach((frame) => frame.remove());
