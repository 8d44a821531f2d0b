import type { QuizEvent } from '../../src/quiz/index.js';
import type { Answers } from '../../src/rules/index.js';

/** The events a reader sends to answer every step with `a`, from the intro to the result. */
export function answerAll(a: Answers): QuizEvent[] {
  return [
    { type: 'quiz.start' },
    ...a.concerns.map((option) => ({ type: 'answer.toggle', field: 'concerns', option }) as const),
    { type: 'nav.next' },
    ...a.actives.map((option) => ({ type: 'answer.toggle', field: 'actives', option }) as const),
    { type: 'nav.next' },
    { type: 'answer.select', field: 'sensitivity', option: a.sensitivity },
    { type: 'nav.next' },
    { type: 'answer.select', field: 'skinNow', option: a.skinNow },
    { type: 'nav.next' },
    { type: 'answer.select', field: 'expectations', option: a.expectations },
    { type: 'nav.next' },
  ];
}
