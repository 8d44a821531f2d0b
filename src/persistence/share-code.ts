/**
 * Share codes: answers as seven URL-safe characters, for the fragment of a
 * share link (never the query string, so no server sees it) and for saved
 * progress.
 *
 *   1 AAAAA c     version "1", 30 bits of answers in base64url, a check character
 *
 * The 30 bits, lowest first: concerns (11 bits, one per id of CONCERNS),
 * actives (10 bits, one per id of ACTIVES), the index of sensitivity (3 bits,
 * 7 = not answered yet), of skinNow (3 bits, 7 = not yet) and of
 * expectations (2 bits, 3 = not yet); the top bit is 0. The ids' order in
 * options.ts is public, so a code stays valid as long as the version does.
 * The check character catches every single changed character and most
 * other edits. Pure: no DOM, runs in Node.
 */
import { ANSWER_FIELDS, answered, checkAnswers, type Answers } from '../rules/answers.js';
import { ACTIVES, CONCERNS, EXCLUSIVE, EXPECTATIONS, SENSITIVITIES, SKIN_NOW } from '../rules/options.js';
import type { DraftAnswers } from '../quiz/draft.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const SHARE_VERSION = '1';
/** Length of a share code of this version. */
export const SHARE_CODE_LENGTH = 7;

export type Decoded<T> = { ok: true; answers: T } | { ok: false; problem: string };
export type DecodedShare = Decoded<Answers>;

const mask = (ids: readonly string[], chosen: readonly string[]) =>
  ids.reduce((bits, id, i) => (chosen.includes(id) ? bits | (1 << i) : bits), 0);
const unmask = <T extends string>(ids: readonly T[], bits: number) => ids.filter((_, i) => bits & (1 << i));
/** [options, bit offset, bits] of the single-choice fields; the all-ones value means "not yet". */
const SINGLES = [
  ['sensitivity', SENSITIVITIES, 21, 7],
  ['skinNow', SKIN_NOW, 24, 7],
  ['expectations', EXPECTATIONS, 27, 3],
] as const;

/** Weighted sum of the characters' values, odd weights: any one changed character changes it. */
function check(chars: string): string {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (2 * i + 1) * ALPHABET.indexOf(chars[i]!);
  return ALPHABET[sum % 64]!;
}

/** The code of answers, complete or still partial. */
export function encodeAnswers(a: Answers | DraftAnswers): string {
  let n = mask(CONCERNS, a.concerns) | (mask(ACTIVES, a.actives) << 11);
  for (const [field, options, at, none] of SINGLES) {
    const value = a[field];
    n |= (value === null ? none : (options as readonly string[]).indexOf(value)) << at;
  }
  let body = SHARE_VERSION;
  for (let i = 0; i < 5; i++, n >>>= 6) body += ALPHABET[n & 63];
  return body + check(body);
}

/** Reads a code back as answers that may be partial. Never throws: anything wrong is one readable problem. */
export function decodePartial(code: string): Decoded<DraftAnswers> {
  const fail = (problem: string) => ({ ok: false, problem: `the code ${problem}` }) as const;
  if (typeof code !== 'string' || !code) return fail('is empty');
  if (code[0] !== SHARE_VERSION) return fail(`is not of version ${SHARE_VERSION} (an old or foreign link)`);
  if (code.length !== SHARE_CODE_LENGTH) return fail(`should be ${SHARE_CODE_LENGTH} characters long, not ${code.length}`);
  let n = 0;
  for (let i = 5; i >= 1; i--) {
    const digit = ALPHABET.indexOf(code[i]!);
    if (digit < 0) return fail(`holds a character that is not allowed (${JSON.stringify(code[i])})`);
    n = n * 64 + digit;
  }
  if (check(code.slice(0, 6)) !== code[6]) return fail('does not check out (it was changed or cut)');
  const a: DraftAnswers = {
    concerns: unmask(CONCERNS, n & 0x7ff),
    actives: unmask(ACTIVES, (n >>> 11) & 0x3ff),
    sensitivity: null,
    skinNow: null,
    expectations: null,
  };
  let known = n < 2 ** 29;
  for (const [field, options, at, none] of SINGLES) {
    const index = (n >>> at) & none;
    if (index !== none) (a as unknown as Record<string, unknown>)[field] = options[index];
    known &&= index === none || index < options.length;
  }
  known &&= [a.concerns.includes(EXCLUSIVE.concerns), a.actives.includes(EXCLUSIVE.actives)].every(
    (alone, i) => !alone || [a.concerns, a.actives][i]!.length === 1,
  );
  return known ? { ok: true, answers: a } : fail('holds answers that do not exist');
}

/** Reads a share code back as a complete answer set. Never throws. */
export function decodeAnswers(code: string): DecodedShare {
  const partial = decodePartial(code);
  if (!partial.ok) return partial;
  const answers = checkAnswers(partial.answers);
  if (answers) return { ok: true, answers };
  // decodePartial only lets through known options that stand alone where they must: what can be wrong is a gap.
  const gaps = ANSWER_FIELDS.filter((field) => !answered(partial.answers, field));
  return { ok: false, problem: `the code holds unfinished answers (${gaps.join(', ')} not answered)` };
}

/**
 * The fragment name of one quiz on a page: `exosome-quiz`, or
 * `exosome-quiz.<id>` for an element with an id, so several quizzes on one
 * page each read only their own entry.
 */
export const shareKey = (id: string) => (id ? `exosome-quiz.${encodeURIComponent(id)}` : 'exosome-quiz');

/** `key=code`, the fragment (without `#`) of a share link. */
export const shareFragment = (key: string, a: Answers) => `${key}=${encodeAnswers(a)}`;

export type FragmentRead =
  /** The fragment holds nothing for this key (empty, the host's own `#anchor`, another quiz's entry). */
  | { kind: 'none' }
  | { kind: 'answers'; answers: Answers; rest: string }
  | { kind: 'bad'; problem: string; rest: string };

/**
 * Reads this quiz's entry from a URL fragment (`#a=1&b=2` entries separated
 * by `&`). `rest` is the fragment without this entry, to write back once
 * the entry has been used.
 */
export function readShareFragment(hash: string, key: string): FragmentRead {
  const entries = hash.replace(/^#/, '').split('&');
  const index = entries.findIndex((entry) => entry.startsWith(`${key}=`));
  if (index < 0) return { kind: 'none' };
  let code = entries[index]!.slice(key.length + 1);
  try {
    code = decodeURIComponent(code);
  } catch {
    // Not valid percent-encoding: decodeAnswers reports the raw text.
  }
  const rest = entries.filter((_, i) => i !== index).join('&');
  const decoded = decodeAnswers(code);
  return decoded.ok ? { kind: 'answers', answers: decoded.answers, rest } : { kind: 'bad', problem: decoded.problem, rest };
}
