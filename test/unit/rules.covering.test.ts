import { beforeAll, describe, expect, it } from 'vitest';
import { recommend, type Answers } from '../../src/rules/index.js';
import { coveringDesign, feasibleTupleCount, uncoveredTuples } from '../support/covering-design.js';
import { checkInvariants } from '../support/invariants.js';

/**
 * Breadth in seconds (README, "Testing"): every triple of option values that
 * a valid answer set can hold (each concern and each active chosen or not,
 * every sensitivity, skin state and expectation) occurs in at least one
 * answer set of the design, and every one of those results holds every
 * invariant. The whole space, 37.7 million sets, is `npm run verify:all`.
 */
describe('invariants over a 3-wise covering design of the answer space', () => {
  let design: Answers[] = [];
  let built = 0;
  beforeAll(() => {
    const started = performance.now();
    design = coveringDesign(3);
    built = performance.now() - started;
  });

  it('holds every feasible triple of option values (checked from the answer sets themselves)', () => {
    expect(uncoveredTuples(design, 3)).toEqual([]);
    expect(uncoveredTuples(design, 2)).toEqual([]);
    console.log(`covering design: ${design.length} answer sets hold all ${feasibleTupleCount(3).toLocaleString('en')} feasible triples (built in ${built.toFixed(0)} ms)`);
  });

  it('would notice a triple left out', () => {
    const missing = uncoveredTuples(design.slice(1), 3);
    expect(missing.length).toBeGreaterThan(0);
  });

  it('every result holds every invariant', () => {
    const failures: string[] = [];
    for (const a of design) {
      const { broken } = checkInvariants(a, recommend(a));
      if (broken.length && failures.length < 5) failures.push(`${JSON.stringify(a)}: ${broken.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
