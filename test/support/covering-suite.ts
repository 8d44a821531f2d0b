import { describe, expect, it } from 'vitest';
import { recommend, type Sensitivity } from '../../src/rules/index.js';
import { ALL_CONCERN_SETS, COVERING_ACTIVE_SETS, answerSpace } from './answer-space.js';
import { brokenInvariants } from './invariants.js';

/**
 * Every concern set, sensitivity, skin state and expectation against the
 * covering set of actives. Split over files by sensitivity so both cores work.
 */
export function coveringSuite(sensitivities: readonly Sensitivity[]) {
  describe(`invariants over every answer with sensitivity ${sensitivities.join(', ')}`, () => {
    // One test per sensitivity keeps each well inside the test timeout on a busy machine.
    for (const sensitivity of sensitivities) {
      it(`hold for sensitivity ${sensitivity}: each combination of concerns, state and expectations, against the covering actives`, () => {
        let checked = 0;
        const failures: string[] = [];
        for (const a of answerSpace(ALL_CONCERN_SETS, COVERING_ACTIVE_SETS)) {
          if (a.sensitivity !== sensitivity) continue;
          checked++;
          const broken = brokenInvariants(a, recommend(a));
          if (broken.length && failures.length < 5) failures.push(`${JSON.stringify(a)}: ${broken.join('; ')}`);
        }
        expect(failures).toEqual([]);
        expect(checked).toBe(ALL_CONCERN_SETS.length * COVERING_ACTIVE_SETS.length * 4 * 3);
      });
    }
  });
}
