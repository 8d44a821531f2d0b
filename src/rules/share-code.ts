/**
 * Share codes: a complete answer set as seven URL-safe characters, for the
 * fragment of a share link (never the query string, so no server sees it).
 *
 *   1 AAAAA c     version "1", 30 bits of answers in base64url, a check character
 *
 * The 30 bits, lowest first: concerns (11 bits, one per id of CONCERNS),
 * actives (10 bits, one per id of ACTIVES), the index of sensitivity (3 bits),
 * of skinNow (2 bits) and of expectations (2 bits); the top 2 bits are 0.
 * The ids' order in options.ts is public, so a code stays valid as long as
 * the version does. The check character catches every single changed
 * character and most other edits. Pure: no DOM, runs in Node.
 */
import { parseAnswers, describeProblems, type Answers } from './answers.js';
import { ACTIVES, CONCERNS, EXPECTATIONS, SENSITIVITIES, SKIN_NOW } from './options.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const SHARE_VERSION = '1';
/** Length of a share code of this version. */
export const SHARE_CODE_LENGTH = 7;

export type DecodedShare = { ok: true; answers: Answers } | { ok: false; problem: string };

const mask = (ids: readonly string[], chosen: readonly string[]) =>
  ids.reduce((bits, id, i) => (chosen.includes(id) ? bits | (1 << i) : bits), 0);
const unmask = <T extends string>(ids: readonly T[], bits: number) => ids.filter((_, i) => bits & (1 << i));

/** Weighted sum of the characters' values, odd weights: any one changed character changes it. */
function check(chars: string): string {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += (2 * i + 1) * ALPHABET.indexOf(chars[i]!);
  return ALPHABET[sum % 64]!;
}

/** The share code of a complete, valid answer set. */
export function encodeAnswers(a: Answers): string {
  let n =
    mask(CONCERNS, a.concerns) |
    (mask(ACTIVES, a.actives) << 11) |
    (SENSITIVITIES.indexOf(a.sensitivity) << 21) |
    (SKIN_NOW.indexOf(a.skinNow) << 24) |
    (EXPECTATIONS.indexOf(a.expectations) << 26);
  let body = SHARE_VERSION;
  for (let i = 0; i < 5; i++, n >>>= 6) body += ALPHABET[n & 63];
  return body + check(body);
}

/** Reads a share code back. Never throws: anything wrong comes back as one readable problem. */
export function decodeAnswers(code: string): DecodedShare {
  const fail = (problem: string): DecodedShare => ({ ok: false, problem });
  if (typeof code !== 'string' || code.length === 0) return fail('the code is empty');
  if (code[0] !== SHARE_VERSION) return fail(`the code is not of version ${SHARE_VERSION} (an old or foreign link)`);
  if (code.length !== SHARE_CODE_LENGTH) return fail(`the code should be ${SHARE_CODE_LENGTH} characters long, not ${code.length}`);
  let n = 0;
  for (let i = 5; i >= 1; i--) {
    const digit = ALPHABET.indexOf(code[i]!);
    if (digit < 0) return fail(`the code holds a character that is not allowed (${JSON.stringify(code[i])})`);
    n = n * 64 + digit;
  }
  if (check(code.slice(0, 6)) !== code[6]) return fail('the code does not check out (it was changed or cut)');
  const sensitivity = SENSITIVITIES[(n >>> 21) & 7];
  const expectations = EXPECTATIONS[(n >>> 26) & 3];
  if (n >>> 28 || !sensitivity || !expectations) return fail('the code holds answers that do not exist');
  const parsed = parseAnswers({
    concerns: unmask(CONCERNS, n & 0x7ff),
    actives: unmask(ACTIVES, (n >>> 11) & 0x3ff),
    sensitivity,
    skinNow: SKIN_NOW[(n >>> 24) & 3],
    expectations,
  });
  return parsed.ok ? parsed : fail(`the code holds answers that do not fit together (${describeProblems(parsed.problems)})`);
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
