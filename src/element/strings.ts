/**
 * The widget's own words: buttons, progress, status messages, keyed by id in
 * src/messages/quiz.ts (one file for every sentence, with what it says about
 * skin and the result's section titles, so an editor or a translator works
 * in one place).
 */
export { UI } from '../messages/quiz.js';
