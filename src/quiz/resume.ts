/**
 * Between the statechart and saved progress (src/persistence/saved-progress.ts):
 * what to store for a snapshot. Stored progress comes back as the
 * machine's input (`QuizInput.resume`).
 */
import type { SnapshotFrom } from 'xstate';
import type { SavedProgress, Screen, StoredProgress } from '../persistence/saved-progress.js';
import { encodeAnswers } from '../persistence/share-code.js';
import { ANSWER_FIELDS, answered } from '../rules/answers.js';
import type { QuizMachine } from './machine.js';
import { currentField } from './progress.js';

/** What to store for a snapshot; null when there is nothing worth keeping (a fresh intro). */
export function progressOf(snapshot: Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'>, now: number): StoredProgress | null {
  const { value, context } = snapshot;
  const screen: Screen = currentField(value) ?? (value === 'result' ? 'result' : 'intro');
  return storedProgress({ screen, draft: screen === 'result' && context.answers ? context.answers : context.draft }, now);
}

/** What to store for progress on `screen`; null when there is nothing worth keeping (a fresh intro). */
export function storedProgress({ screen, draft }: Pick<SavedProgress, 'screen' | 'draft'>, now: number): StoredProgress | null {
  if (screen === 'intro' && !ANSWER_FIELDS.some((f) => answered(draft, f))) return null;
  return { at: now, screen, code: encodeAnswers(draft) };
}
