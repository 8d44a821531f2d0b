/**
 * The rules module: the reader's answers in, an honest recommendation out
 * (docs/rules.md). Pure: no DOM, no Lit, no XState; runs in Node.
 */
export * from './options.js';
export {
  ANSWER_FIELDS,
  answersSchema,
  parseAnswers,
  describeProblems,
  type AnswerField,
  type AnswerProblem,
  type Answers,
  type ParsedAnswers,
} from './answers.js';
export { recommend } from './recommend.js';
export { recommendIn } from './in-language.js';
export { LANGUAGES, languageOf, useLanguage, type Language } from '../messages/languages.js';
export { RecommendationSchema, type Recommendation, type Reason } from './result.js';
export type { Plan, ActivePlan } from './plan.js';
export { toPlainText, type PlainTextOptions } from './plain-text.js';
export * as content from './content.js';
export { encodeAnswers, decodeAnswers, type DecodedShare } from '../persistence/share-code.js';
