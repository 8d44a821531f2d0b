/**
 * Progress saved as the reader goes: the screen they are on and their
 * answers so far, as a share code (src/rules/share-code.ts), whose first
 * character is its version. What is read back comes from outside (storage
 * any script on the page can write), so it is parsed with zod and anything
 * stale or corrupt is refused with one readable problem. Pure: no DOM.
 */
import * as z from 'zod/mini';
import type { SnapshotFrom } from 'xstate';
import { ANSWER_FIELDS, parseAnswers, type AnswerField } from '../rules/answers.js';
import { decodePartial, encodeAnswers } from '../rules/share-code.js';
import { quizMachine, type DraftAnswers, type QuizMachine } from './machine.js';
import { currentField } from './progress.js';

/** `persist="local"` keeps progress this long after the last answer. */
export const LOCAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type Screen = 'intro' | AnswerField | 'result';

/** What storage holds, as JSON. */
export interface StoredProgress {
  /** When it was saved, in ms since 1970. */
  at: number;
  screen: Screen;
  /** The answers so far (share-code.ts, partial answers allowed). */
  code: string;
}

export interface SavedProgress {
  at: number;
  screen: Screen;
  draft: DraftAnswers;
}

let schema: z.ZodMiniType<StoredProgress> | undefined;
const storedSchema = () =>
  (schema ??= z.strictObject({
    at: z.number(),
    screen: z.enum(['intro', ...ANSWER_FIELDS, 'result']),
    code: z.string(),
  }));

const answered = (draft: DraftAnswers, field: AnswerField) => {
  const value = draft[field];
  return Array.isArray(value) ? value.length > 0 : value !== null;
};

export type ReadProgress =
  | { kind: 'none' }
  | { kind: 'saved'; progress: SavedProgress }
  | { kind: 'bad'; problem: string };

/**
 * Parses what storage held. `maxAgeMs` drops progress older than that
 * silently: expiry is the promise of `persist="local"`, not a fault.
 */
export function readProgress(raw: string | null, now: number, maxAgeMs = Infinity): ReadProgress {
  if (raw === null) return { kind: 'none' };
  const bad = (problem: string) => ({ kind: 'bad', problem }) as const;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return bad('it is not JSON');
  }
  const parsed = z.safeParse(storedSchema(), json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return bad(`${issue.path.map(String).join('.') || 'value'}: ${issue.message}`);
  }
  const { at, screen, code } = parsed.data;
  if (!(at >= 0) || at > now) return bad('its date is impossible');
  if (now - at > maxAgeMs) return { kind: 'none' };
  const decoded = decodePartial(code);
  if (!decoded.ok) return bad(decoded.problem);
  const draft = decoded.answers;
  // The quiz only moves on with an answer: every field before this screen is answered.
  const upTo = screen === 'result' ? ANSWER_FIELDS.length : ANSWER_FIELDS.indexOf(screen as AnswerField);
  const gap = ANSWER_FIELDS.slice(0, Math.max(upTo, 0)).find((f) => !answered(draft, f));
  if (gap) return bad(`it is on "${screen}" but "${gap}" is not answered`);
  return { kind: 'saved', progress: { at, screen, draft } };
}

/** What to store for a snapshot; null when there is nothing worth keeping (a fresh intro). */
export function progressOf(snapshot: SnapshotFrom<QuizMachine>, now: number): StoredProgress | null {
  const { value, context } = snapshot;
  const screen: Screen = currentField(value) ?? (value === 'result' ? 'result' : 'intro');
  const draft = screen === 'result' && context.answers ? context.answers : context.draft;
  if (screen === 'intro' && !ANSWER_FIELDS.some((f) => answered(draft, f))) return null;
  return { at: now, screen, code: encodeAnswers(draft) };
}

/** The machine's snapshot for saved progress, to start the actor from. */
export function snapshotOf({ screen, draft }: Pick<SavedProgress, 'screen' | 'draft'>): SnapshotFrom<QuizMachine> {
  const parsed = parseAnswers(draft);
  return quizMachine.resolveState({
    value: screen === 'intro' || screen === 'result' ? screen : { question: screen },
    context: { draft, missing: false, answers: screen === 'result' && parsed.ok ? parsed.answers : null },
  });
}
