/**
 * The words, by id, as the rules and the element read them: the questions
 * and options (src/messages/quiz.ts), the result's sentences
 * (src/messages/result.ts) and the sources each rests on (sources.ts). Kept
 * as one import for the element's views and the public `content` export.
 */
export { QUESTIONS, OPTION_TEXT, CONCERN_TEXT, ACTIVE_TEXT, SENSITIVITY_TEXT, SKIN_NOW_TEXT, EXPECTATION_TEXT, type OptionText } from '../messages/quiz.js';
export { RESULT, SECTION as PLAIN_TEXT, type MessageId } from '../messages/result.js';
export { SOURCE_SHORT } from '../messages/sources.js';
export { ACTIVE_NAME, CONCERN_NAME } from '../messages/names.js';
export { CITES, REFERENCES, SOURCE_IDS, type SourceId } from './sources.js';
