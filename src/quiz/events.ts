/**
 * What the host page hears: the statechart emits each of these (XState
 * `emit`), and the element relays it as the DOM event of the same name.
 */
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

/** An event the statechart emits: the DOM event's name and its `detail`. */
export type QuizEmitted = {
  [K in keyof ExosomeQuizEventDetails]: { type: K; detail: ExosomeQuizEventDetails[K] };
}[keyof ExosomeQuizEventDetails];
