/**
 * Between the statechart and saved progress (src/rules/saved-progress.ts):
 * what to store for a snapshot, and the snapshot to start from.
 */
import type { SnapshotFrom } from 'xstate';
import { ANSWER_FIELDS, answered, checkAnswers } from '../rules/answers.js';
import { type SavedProgress, type Screen, type StoredProgress } from '../rules/saved-progress.js';
import { encodeAnswers } from '../rules/share-code.js';
import { quizMachine, type QuizMachine } from './machine.js';
import { currentField } from './progress.js';

/** What to store for a snapshot; null when there is nothing worth keeping (a fresh intro). */
export function progressOf(snapshot: Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'>, now: number): StoredProgress | null {
  const { value, context } = snapshot;
  const screen: Screen = currentField(value) ?? (value === 'result' ? 'result' : 'intro');
  const draft = screen === 'result' && context.answers ? context.answers : context.draft;
  if (screen === 'intro' && !ANSWER_FIELDS.some((f) => answered(draft, f))) return null;
  return { at: now, screen, code: encodeAnswers(draft) };
}

/** The machine's snapshot for saved progress, to start the actor from. */
export function snapshotOf({ screen, draft }: Pick<SavedProgress, 'screen' | 'draft'>): SnapshotFrom<QuizMachine> {
  return quizMachine().resolveState({
    value: screen === 'intro' || screen === 'result' ? screen : { question: screen },
    context: { draft, missing: false, answers: screen === 'result' ? checkAnswers(draft) : null },
  });
}
