/**
 * Progress saved as the reader goes: the answers so far and the screen they
 * are on, versioned. What is read back comes from outside (storage any
 * script on the page can write), so it is parsed with zod and anything
 * stale or corrupt is refused with one readable problem. Pure: no DOM.
 */
import * as z from 'zod/mini';
import type { SnapshotFrom } from 'xstate';
import { ANSWER_FIELDS, parseAnswers } from '../rules/answers.js';
import { ACTIVES, CONCERNS, EXCLUSIVE, EXPECTATIONS, SENSITIVITIES, SKIN_NOW } from '../rules/options.js';
import { quizMachine, type DraftAnswers, type QuizMachine } from './machine.js';
import { currentField } from './progress.js';

export const SAVED_VERSION = 1;
/** `persist="local"` keeps progress this long after the last answer. */
export const LOCAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type Screen = 'intro' | (typeof ANSWER_FIELDS)[number] | 'result';

export interface SavedProgress {
  v: typeof SAVED_VERSION;
  /** When it was saved, in ms since 1970. */
  at: number;
  screen: Screen;
  draft: DraftAnswers;
}

const list = <T extends readonly [string, ...string[]]>(ids: T, exclusive: string) =>
  z.array(z.enum(ids)).check(
    z.refine((l) => new Set(l).size === l.length, 'lists an option twice'),
    z.refine((l) => !l.includes(exclusive as T[number]) || l.length === 1, `"${exclusive}" stands alone`),
  );

let schema: z.ZodMiniType<SavedProgress> | undefined;
const savedSchema = () =>
  (schema ??= z.strictObject({
    // Checked below rather than with z.literal and z.nonnegative: each zod
    // check added to the script-tag file costs bytes every reader downloads.
    v: z.number(),
    at: z.number(),
    screen: z.enum(['intro', ...ANSWER_FIELDS, 'result']),
    draft: z.strictObject({
      concerns: list(CONCERNS, EXCLUSIVE.concerns),
      actives: list(ACTIVES, EXCLUSIVE.actives),
      sensitivity: z.nullable(z.enum(SENSITIVITIES)),
      skinNow: z.nullable(z.enum(SKIN_NOW)),
      expectations: z.nullable(z.enum(EXPECTATIONS)),
    }),
  }) as unknown as z.ZodMiniType<SavedProgress>);

const answered = (draft: DraftAnswers, field: (typeof ANSWER_FIELDS)[number]) => {
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
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'bad', problem: 'it is not JSON' };
  }
  const parsed = z.safeParse(savedSchema(), json);
  if (!parsed.success) {
    const version = (json as { v?: unknown } | null)?.v;
    if (version !== SAVED_VERSION && version !== undefined) {
      return { kind: 'bad', problem: `it was saved by another version (${JSON.stringify(version)})` };
    }
    const issue = parsed.error.issues[0]!;
    return { kind: 'bad', problem: `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` };
  }
  const progress = parsed.data;
  if (progress.v !== SAVED_VERSION) return { kind: 'bad', problem: `it was saved by another version (${progress.v})` };
  if (!(progress.at >= 0) || progress.at > now) return { kind: 'bad', problem: 'its date is impossible' };
  if (now - progress.at > maxAgeMs) return { kind: 'none' };
  // The quiz only moves on with an answer: every field before this screen is answered.
  const upTo = progress.screen === 'result' ? ANSWER_FIELDS.length : ANSWER_FIELDS.indexOf(progress.screen as never);
  const gap = ANSWER_FIELDS.slice(0, Math.max(upTo, 0)).find((f) => !answered(progress.draft, f));
  if (gap) return { kind: 'bad', problem: `it is on "${progress.screen}" but "${gap}" is not answered` };
  return { kind: 'saved', progress };
}

/** What to save for a snapshot; null when there is nothing worth keeping (a fresh intro). */
export function progressOf(snapshot: SnapshotFrom<QuizMachine>, now: number): SavedProgress | null {
  const { value, context } = snapshot;
  const screen: Screen = currentField(value) ?? (value === 'result' ? 'result' : 'intro');
  const draft = screen === 'result' && context.answers ? { ...context.answers } : context.draft;
  if (screen === 'intro' && !ANSWER_FIELDS.some((f) => answered(draft, f))) return null;
  return { v: SAVED_VERSION, at: now, screen, draft };
}

/** The machine's snapshot for saved progress, to start the actor from. */
export function snapshotOf(progress: SavedProgress): SnapshotFrom<QuizMachine> {
  const { screen, draft } = progress;
  const parsed = parseAnswers(draft);
  return quizMachine.resolveState({
    value: screen === 'intro' || screen === 'result' ? screen : { question: screen },
    context: { draft, missing: false, answers: screen === 'result' && parsed.ok ? parsed.answers : null },
  });
}
