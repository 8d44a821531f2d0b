import { expect, it } from 'vitest';
import { recommend, type Answers, type Recommendation } from '../../src/rules/index.js';
import { BASE_ANSWERS } from './answer-space.js';
import { brokenInvariants } from './invariants.js';

/** A reader (changes to the base answers), a way to break their correct result, and what the checker must then say. */
export type BreakCase = [name: string, change: Partial<Answers>, breakIt: (r: Recommendation) => void, message: RegExp];

/**
 * One test per case: the reader's result holds every invariant, and the same
 * result broken as the case says is named by the checker. Shared by the
 * version 3 and version 4 mutation checks.
 */
export function itFailsWhenBroken(cases: readonly BreakCase[], base: Answers = BASE_ANSWERS): void {
  for (const [name, change, breakIt, message] of cases) {
    it(name, () => {
      const a = { ...base, ...change };
      const r = recommend(a);
      expect(brokenInvariants(a, r)).toEqual([]);
      const broken = structuredClone(r);
      breakIt(broken);
      expect(brokenInvariants(a, broken).join('\n')).toMatch(message);
    });
  }
}
