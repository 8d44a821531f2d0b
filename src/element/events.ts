import { QUESTIONS, currentField, stepNumber, type QuizContext } from '../quiz/index.js';
import type { AnswerField, Answers } from '../rules/answers.js';
import type { Recommendation } from '../rules/result.js';

/** How text reached the reader's clipboard. */
export type CopyMethod =
  /** The async Clipboard API. */
  | 'clipboard'
  /** A selected text field and `document.execCommand('copy')`. */
  | 'selection'
  /** Both were refused: the text is shown, selected, for the reader to copy by hand. */
  | 'manual';

export interface ExosomeQuizStepDetail {
  /** The answer field asked on this step: `concerns`, `actives`, `sensitivity`, `skinNow`, `expectations`. */
  step: AnswerField;
  /** 0-based position of the step. */
  index: number;
  /** Number of steps (5). */
  total: number;
}
export interface ExosomeQuizCompleteDetail {
  answers: Answers;
  recommendation: Recommendation;
}
export interface ExosomeQuizCopyDetail {
  method: CopyMethod;
}
export interface ExosomeQuizShareDetail {
  method: CopyMethod;
  /** The share link: the page's address with the answers in the fragment. */
  url: string;
}

/** Every event the element fires, with its `detail`. All bubble and cross shadow roots. */
export interface ExosomeQuizEventDetails {
  'exosome-quiz-start': null;
  'exosome-quiz-step': ExosomeQuizStepDetail;
  'exosome-quiz-complete': ExosomeQuizCompleteDetail;
  'exosome-quiz-copy': ExosomeQuizCopyDetail;
  'exosome-quiz-share': ExosomeQuizShareDetail;
  'exosome-quiz-restart': null;
}

export function emit<K extends keyof ExosomeQuizEventDetails>(
  host: HTMLElement,
  name: K,
  detail: ExosomeQuizEventDetails[K],
): void {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * After a reader's action moved the quiz from one screen to another: the
 * start, the step now shown, or the completed result.
 */
export function emitProgress(
  host: HTMLElement,
  before: string,
  now: { value: unknown; context: QuizContext },
  recommendation: (a: Answers) => Recommendation,
): void {
  const field = currentField(now.value as never);
  if (before === 'intro' && field) emit(host, 'exosome-quiz-start', null);
  if (field) emit(host, 'exosome-quiz-step', { step: field, index: stepNumber(field) - 1, total: QUESTIONS.length });
  const { answers } = now.context;
  if (now.value === 'result' && answers) emit(host, 'exosome-quiz-complete', { answers, recommendation: recommendation(answers) });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'exosome-quiz-start': CustomEvent<null>;
    'exosome-quiz-step': CustomEvent<ExosomeQuizStepDetail>;
    'exosome-quiz-complete': CustomEvent<ExosomeQuizCompleteDetail>;
    'exosome-quiz-copy': CustomEvent<ExosomeQuizCopyDetail>;
    'exosome-quiz-share': CustomEvent<ExosomeQuizShareDetail>;
    'exosome-quiz-restart': CustomEvent<null>;
  }
}
