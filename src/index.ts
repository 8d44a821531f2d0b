/**
 * exosome-quiz: importing this module defines `<exosome-quiz>`, which
 * follows the page's `lang`. The script-tag files (src/embed.ts) are the
 * same element, each built in one language.
 */
import { ExosomeQuiz } from './element/define.js';
import { LanguageController } from './element/language.js';

// The `lang` attribute: each quiz follows the nearest `lang` on the page (src/element/language.ts).
ExosomeQuiz.addInitializer((quiz) => void new LanguageController(quiz as ExosomeQuiz));

export { ExosomeQuiz };
export { LANGUAGES, languageOf, useLanguage, type Language } from './messages/languages.js';
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
