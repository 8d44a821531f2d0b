import type { Answers } from './answers.js';
import {
  type Active,
  type Concern,
  type Verdict,
  STRONG_ACTIVES,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
} from './options.js';

/** What the parts of a result need to know about the reader and the verdict. */
export interface Situation {
  a: Answers;
  verdict: Verdict;
  /** The row of docs/rules.md that set the verdict (9: "otherwise"). */
  deciding: number;
  /** Every row that matched, in order. */
  rows: number[];
  ifPatient?: Verdict;
  /** A serum is on the table: docs/rules.md items 5 and 8. */
  serum: boolean;
}

export const SERUM_VERDICTS: readonly Verdict[] = ['good-fit', 'fits-with-care', 'optional'];

export const has = <T>(list: readonly T[], item: T) => list.includes(item);
export const supportiveConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(SUPPORTIVE_CONCERNS, c));
export const targetedConcerns = (a: Answers): Concern[] => a.concerns.filter((c) => has(TARGETED_CONCERNS, c));
export const strongActives = (a: Answers): Active[] => a.actives.filter((x) => has(STRONG_ACTIVES, x));

/** Strong actives that take an evening of their own, one a night (docs/rules.md item 5). */
export const NIGHT_ACTIVES: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids'];
export const nightActives = (a: Answers): Active[] => a.actives.filter((x) => has(NIGHT_ACTIVES, x));
