import './fresh-reader.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import type { Answers } from '../../src/rules/answers.js';
import { decodePartial } from '../../src/persistence/share-code.js';

export const shadow = (el: ExosomeQuiz) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ExosomeQuiz, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ExosomeQuiz, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

export const heading = (el: ExosomeQuiz) => $(el, '#heading')!.textContent!.trim();
export const focused = (el: ExosomeQuiz) => shadow(el).activeElement as HTMLElement | null;
export const input = (el: ExosomeQuiz, field: string, option: string) =>
  $<HTMLInputElement>(el, `input[name="${field}"][value="${option}"]`)!;
export const button = (el: ExosomeQuiz, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
export const liveText = (el: ExosomeQuiz) => $(el, '[aria-live]')!.textContent!.trim();

/** A real mouse click in the middle of an element, also inside a fixture page's iframe. */
export async function click(el: ExosomeQuiz, target: Element) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  let [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  for (let frame = target.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const place = frame.getBoundingClientRect();
    x += place.x + frame.clientLeft;
    y += place.y + frame.clientTop;
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
  await el.updateComplete;
}

/** Presses Tab until the focused element inside the widget matches, as a keyboard user would. */
export async function tabTo(el: ExosomeQuiz, matches: (focused: HTMLElement) => boolean) {
  for (let presses = 0; presses < 30; presses++) {
    const now = focused(el);
    if (now && matches(now)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the expected control');
}

export async function press(el: ExosomeQuiz, key: string) {
  // WebDriver BiDi (Firefox) knows the space bar only as ' ', which every engine accepts.
  await sendKeys({ press: key === 'Space' ? ' ' : key });
  await el.updateComplete;
}

const isValue = (field: string, option: string) => (f: HTMLElement) =>
  f instanceof HTMLInputElement && f.name === field && f.value === option;
const isButton = (name: string) => (f: HTMLElement) => f.tagName === 'BUTTON' && f.textContent!.trim() === name;

/** Completes the quiz with the mouse alone. */
export async function answerWithMouse(el: ExosomeQuiz, a: Answers) {
  await answerAllWithMouse(el, a);
  await click(el, button(el, 'See my result'));
}

/** Answers every question with real clicks, up to (not including) "See my result". */
export async function answerAllWithMouse(el: ExosomeQuiz, a: Answers) {
  await click(el, button(el, 'Start the quiz'));
  for (const option of a.concerns) await click(el, input(el, 'concerns', option).closest('label')!);
  await click(el, button(el, 'Next'));
  for (const option of a.actives) await click(el, input(el, 'actives', option).closest('label')!);
  await click(el, button(el, 'Next'));
  await click(el, input(el, 'sensitivity', a.sensitivity).closest('label')!);
  await click(el, button(el, 'Next'));
  await click(el, input(el, 'skinNow', a.skinNow).closest('label')!);
  await click(el, button(el, 'Next'));
  await click(el, input(el, 'expectations', a.expectations).closest('label')!);
}

/**
 * Completes the quiz with the keyboard alone: Tab to a control, Space to
 * tick a checkbox, arrow keys within a radio group, Enter on a button.
 */
export async function answerWithKeyboard(el: ExosomeQuiz, a: Answers) {
  await tabTo(el, isButton('Start the quiz'));
  await press(el, 'Enter');
  for (const field of ['concerns', 'actives'] as const) {
    for (const option of a[field]) {
      await tabTo(el, isValue(field, option));
      await press(el, 'Space');
    }
    await tabTo(el, isButton('Next'));
    await press(el, 'Enter');
  }
  for (const field of ['sensitivity', 'skinNow', 'expectations'] as const) {
    const options = $$<HTMLInputElement>(el, `input[name="${field}"]`).map((i) => i.value);
    await tabTo(el, (f) => f instanceof HTMLInputElement && f.name === field);
    await press(el, 'Space');
    for (let i = 0; i < options.indexOf(a[field]); i++) await press(el, 'ArrowDown');
    await tabTo(el, isButton(field === 'expectations' ? 'See my result' : 'Next'));
    await press(el, 'Enter');
  }
}

/** Puts a quiz on the page as a host's HTML would, attributes first; removed by `cleanPage`. */
export async function mount(attributes: Record<string, string> = {}, parent: HTMLElement = document.body) {
  const el = document.createElement('exosome-quiz');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** A new visit: no quizzes, no stored progress, no fragment. */
export function cleanPage() {
  for (const el of document.querySelectorAll('exosome-quiz')) el.remove();
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
}

/** The intro's default title, as the reader sees it. */
export const INTRO = 'Would an exosome serum suit your skin?';
/** The first question's title, as the reader sees it. */
export const STEP1 = 'What would you like to change about your skin?';

/** The answers a quiz keeps in storage under `key`, as the reader would get them back. */
export function storedAnswers(storage: Storage, key = 'exosome-quiz'): string[] {
  const raw = storage.getItem(key);
  if (raw === null) return [];
  const decoded = decodePartial((JSON.parse(raw) as { code: string }).code);
  if (!decoded.ok) throw new Error(`stored progress does not decode: ${decoded.problem}`);
  return Object.values(decoded.answers).flat().filter((x): x is string => typeof x === 'string');
}

/**
 * For a suite whose every test starts on a clean page (no quiz, no storage,
 * no fragment) and watches the console: returns the current test's
 * warnings and errors, and leaves the page clean after each test.
 */
export function cleanPageWatchingConsole() {
  let watcher!: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    cleanPage();
    watcher = watchConsole();
  });
  afterEach(() => {
    watcher.stop();
    cleanPage();
  });
  return {
    get warnings() {
      return watcher.warnings;
    },
    get errors() {
      return watcher.errors;
    },
  };
}

/** Collects console warnings (and page errors) until `stop()`. */
export function watchConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    errors,
    stop() {
      console.warn = warn;
      console.error = error;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Replaces navigator.clipboard.writeText; returns what was written. Undo with `restoreClipboard`. */
export function stubClipboard() {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: async (text: string) => void written.push(text) },
    configurable: true,
  });
  return written;
}
export const restoreClipboard = () => delete (navigator as { clipboard?: unknown }).clipboard;

/**
 * What a reader can see, to check no raw error or markup leaks out: the
 * widget's text, without the hidden copy field.
 */
export const visibleText = (el: ExosomeQuiz) =>
  [...shadow(el).querySelectorAll('.card, .status')].map((n) => (n as HTMLElement).innerText).join('\n');

/** The widget works: it shows a titled screen, and its main button moves it on (or it is a result). */
export async function expectWorking(el: ExosomeQuiz) {
  const title = heading(el);
  if (!title) throw new Error('no heading');
  if (/\b(undefined|null|NaN|Error|Invalid|\[object)\b/.test(visibleText(el))) throw new Error(`raw error text shown: ${visibleText(el).slice(0, 200)}`);
  const primary = $<HTMLButtonElement>(el, 'button.primary')!;
  if (primary.textContent!.trim() === 'Start the quiz') {
    primary.click();
    await el.updateComplete;
    if (heading(el) !== STEP1) throw new Error('Start did not start');
  }
}

/** Resolves at the next animation frame, before it paints. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves in a task of its own: after every task queued before it (the widget's, too). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
/**
 * Resolves in idle time (or a second later on a busy machine, as the widget's
 * own), after any idle callback the widget asked for before it (WebKit has
 * none: a task).
 */
export const idleTime = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve),
  );

/**
 * The one way a test waits a fixed time: to check that something does NOT
 * happen (a request, a payload running) that nothing announces. `why` says
 * what it waits for; the suite has at most two such waits.
 */
export const quietFor = (ms: number, why: string) => {
  void why;
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
};
