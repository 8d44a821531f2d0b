import {
  ACTIVES,
  CONCERNS,
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  type Active,
  type Answers,
  type Concern,
} from '../../src/rules/index.js';

function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    all.push(items.filter((_, i) => mask & (1 << i)));
  }
  return all;
}

/** The plainest reader, for tests that change one answer at a time: a good fit. */
export const BASE_ANSWERS: Answers = {
  concerns: ['dehydration'],
  actives: ['none'],
  sensitivity: 'rarely',
  skinNow: 'calm',
  expectations: 'weeks',
};

/** Every valid concern set: 1,023 non-empty sets of concerns, plus `just-curious` alone. */
export const ALL_CONCERN_SETS: Concern[][] = [
  ...subsets(CONCERNS.filter((c) => c !== 'just-curious')),
  ['just-curious'],
];

/** Every valid active set: 511 non-empty sets, plus `none` alone. */
export const ALL_ACTIVE_SETS: Active[][] = [
  ...subsets(ACTIVES.filter((x) => x !== 'none')),
  ['none'],
];

const REAL_ACTIVES = ACTIVES.filter((x) => x !== 'none');

/** A covering set of actives: none, each single active, every pair, and all of them. */
export const COVERING_ACTIVE_SETS: Active[][] = [
  ['none'],
  ...REAL_ACTIVES.map((x) => [x]),
  ...REAL_ACTIVES.flatMap((x, i) => REAL_ACTIVES.slice(i + 1).map((y) => [x, y])),
  REAL_ACTIVES,
];

/** Every answer set built from the given concern and active sets. */
export function* answerSpace(
  concernSets: readonly Concern[][],
  activeSets: readonly Active[][],
): Generator<Answers> {
  for (const concerns of concernSets)
    for (const actives of activeSets)
      for (const sensitivity of SENSITIVITIES)
        for (const skinNow of SKIN_NOW)
          for (const expectations of EXPECTATIONS)
            yield { concerns, actives, sensitivity, skinNow, expectations };
}

/** A fixed, evenly drawn sample of the whole answer space (same seed, same sample). */
export function sampleAnswers(count: number, seed = 20_261_125): Answers[] {
  let state = seed >>> 0;
  // mulberry32: small, seedable, good enough to spread a sample.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => ({
    concerns: pick(ALL_CONCERN_SETS),
    actives: pick(ALL_ACTIVE_SETS),
    sensitivity: pick(SENSITIVITIES),
    skinNow: pick(SKIN_NOW),
    expectations: pick(EXPECTATIONS),
  }));
}

/**
 * Words as a reader counts them: runs of non-space holding a letter or a
 * digit. A plain loop: verify:all counts 37.7 million texts.
 */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      counted = false;
    } else if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(text[i]!)))) {
      count++;
      counted = true;
    }
  }
  return count;
}
