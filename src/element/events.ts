/**
 * The element's events in the DOM's typings, for TypeScript users of the
 * page. The statechart emits them (src/quiz/events.ts, where their details
 * are typed); the actor controller dispatches each on the element, bubbling
 * and composed.
 */
import type {
  ExosomeQuizCompleteDetail,
  ExosomeQuizCopyDetail,
  ExosomeQuizShareDetail,
  ExosomeQuizStepDetail,
} from '../quiz/events.js';

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
