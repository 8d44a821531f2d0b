import type { AnswerField, Answers } from '../rules/answers.js';

/**
 * Answers while the reader is still choosing: lists may be empty, singles
 * not yet answered (null). The quiz's context holds one; saved progress and
 * share codes (src/persistence/) store it.
 */
export interface DraftAnswers {
  concerns: Answers['concerns'];
  actives: Answers['actives'];
  sensitivity: Answers['sensitivity'] | null;
  skinNow: Answers['skinNow'] | null;
  expectations: Answers['expectations'] | null;
}

/** Nothing answered yet. */
export const EMPTY_DRAFT: DraftAnswers = { concerns: [], actives: [], sensitivity: null, skinNow: null, expectations: null };

/** The screen the quiz shows: the intro, a question (by its answer field) or the result. */
export type Screen = 'intro' | AnswerField | 'result';

/** Where a quiz picks up again (saved progress, a share link): the machine's `input.resume`. */
export interface Resume {
  screen: Screen;
  draft: DraftAnswers;
}
