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
