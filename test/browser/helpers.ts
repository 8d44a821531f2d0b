import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import type { Answers } from '../../src/rules/answers.js';

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
  await click(el, button(el, 'See my result'));
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
