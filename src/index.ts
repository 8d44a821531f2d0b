/**
 * exosome-quiz: importing this module defines `<exosome-quiz>` in a browser
 * (on a server it defines nothing: src/element/define.ts). The
 * script-tag build is this same entry.
 */
export { ExosomeQuiz } from './element/define.js';
// Named files rather than rules/index.js, so the result schema (used by
// tests) stays out of the script-tag build.
export { parseAnswers, type Answers } from './rules/answers.js';
export { recommend } from './rules/recommend.js';
export { toPlainText } from './rules/plain-text.js';
export type { Recommendation } from './rules/result.js';
export type { Verdict } from './rules/options.js';
export type {
  CopyMethod,
  ExosomeQuizCompleteDetail,
  ExosomeQuizCopyDetail,
  ExosomeQuizEventDetails,
  ExosomeQuizShareDetail,
  ExosomeQuizStepDetail,
} from './quiz/events.js';
// The events' DOM typings (GlobalEventHandlersEventMap) for the page's TypeScript.
import './element/events.js';
