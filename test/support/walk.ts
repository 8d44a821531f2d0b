import { createActor } from 'xstate';
import type { SavedProgress } from '../../src/persistence/saved-progress.js';
import { quizMachine, type QuizEvent } from '../../src/quiz/index.js';
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

/**
 * The snapshot an actor starts in when progress is restored: stored progress
 * or a share link comes back as the machine's input (src/quiz/machine.ts).
 */
export function resumedSnapshot(resume: Pick<SavedProgress, 'screen' | 'draft'>) {
  return createActor(quizMachine, { input: { resume } }).start().getSnapshot();
}
