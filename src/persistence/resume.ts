/**
 * Between the statechart and saved progress (saved-progress.ts): what to
 * store for a snapshot. Stored progress comes back as the machine's input
 * (`QuizInput.resume`).
 */
import type { Resume, Screen } from '../quiz/draft.js';
import type { QuizView } from '../quiz/machine.js';
import { currentField } from '../quiz/progress.js';
import { ANSWER_FIELDS, answered } from '../rules/answers.js';
import type { StoredProgress } from './saved-progress.js';
import { encodeAnswers } from './share-code.js';

/** What to store for a snapshot; null when there is nothing worth keeping (a fresh intro). */
export function progressOf({ value, context }: QuizView, now: number): StoredProgress | null {
  const screen: Screen = currentField(value) ?? (value === 'result' ? 'result' : 'intro');
  return storedProgress({ screen, draft: screen === 'result' && context.answers ? context.answers : context.draft }, now);
}

/** What to store for progress on `screen`; null when there is nothing worth keeping (a fresh intro). */
export function storedProgress({ screen, draft }: Resume, now: number): StoredProgress | null {
  if (screen === 'intro' && !ANSWER_FIELDS.some((f) => answered(draft, f))) return null;
  return { at: now, screen, code: encodeAnswers(draft) };
}
