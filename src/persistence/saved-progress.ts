/**
 * Progress saved as the reader goes: the screen they are on and their
 * answers so far, as a share code (src/persistence/share-code.ts), whose first
 * character is its version. What is read back comes from outside (storage
 * any script on the page can write), so it is parsed with zod and anything
 * stale or corrupt is refused with one readable problem. Pure: no DOM, no
 * XState (resume.ts turns a snapshot into progress; progress comes back as
 * the machine's input).
 */
import * as z from 'zod/mini';
import { ANSWER_FIELDS, answered, type AnswerField } from '../rules/answers.js';
import type { Resume, Screen } from '../quiz/draft.js';
import { decodePartial } from './share-code.js';

/** `persist="local"` keeps progress this long after the last answer. */
export const LOCAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** What storage holds, as JSON. */
export interface StoredProgress {
  /** When it was saved, in ms since 1970. */
  at: number;
  screen: Screen;
  /** The answers so far (share-code.ts, partial answers allowed). */
  code: string;
}

export interface SavedProgress extends Resume {
  at: number;
}

let schema: z.ZodMiniType<StoredProgress> | undefined;
const storedSchema = () =>
  (schema ??= z.strictObject({
    at: z.number(),
    screen: z.enum(['intro', ...ANSWER_FIELDS, 'result']),
    code: z.string(),
  }));

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

