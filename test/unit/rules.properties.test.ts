import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVES,
  CONCERNS,
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  parseAnswers,
  recommend,
  type Active,
  type Answers,
  type Concern,
} from '../../src/rules/index.js';
import { ALL_ACTIVE_SETS, ALL_CONCERN_SETS, COVERING_ACTIVE_SETS } from '../support/answer-space.js';
import { brokenInvariants } from '../support/invariants.js';

/** Any valid answer set of the full 37,748,736. */
const anyAnswers: fc.Arbitrary<Answers> = fc.record({
  concerns: fc.oneof(
    fc.constant<Concern[]>(['just-curious']),
    fc.subarray<Concern>(CONCERNS.filter((c) => c !== 'just-curious'), { minLength: 1 }),
  ),
  actives: fc.oneof(
    fc.constant<Active[]>(['none']),
    fc.subarray<Active>(ACTIVES.filter((x) => x !== 'none'), { minLength: 1 }),
  ),
  sensitivity: fc.constantFrom(...SENSITIVITIES),
  skinNow: fc.constantFrom(...SKIN_NOW),
  expectations: fc.constantFrom(...EXPECTATIONS),
});

describe('the answer space', () => {
  it('has the size docs/rules.md implies', () => {
    expect(ALL_CONCERN_SETS.length).toBe(1024);
    expect(ALL_ACTIVE_SETS.length).toBe(512);
    expect(COVERING_ACTIVE_SETS.length).toBe(1 + 9 + 36 + 1);
    expect(ALL_CONCERN_SETS.length * ALL_ACTIVE_SETS.length * 6 * 4 * 3).toBe(37_748_736);
  });

  it('accepts every generated answer set and nothing else', () => {
    fc.assert(fc.property(anyAnswers, (a) => parseAnswers(a).ok));
  });
});

describe('invariants over the full space (fast-check)', () => {
  it('hold for any valid answers', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(brokenInvariants(a, recommend(a))).toEqual([]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('recommend is deterministic and does not change the answers it is given', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const copy = structuredClone(a);
        expect(recommend(a)).toEqual(recommend(copy));
        expect(a).toEqual(copy);
      }),
    );
  });
});

describe('the invariant checker', () => {
  const a: Answers = {
    concerns: ['dullness'],
    actives: ['niacinamide'],
    sensitivity: 'sometimes',
    skinNow: 'calm',
    expectations: 'weeks',
  };

  it('notices results that break the rules', () => {
    const good = recommend(a);
    expect(brokenInvariants(a, good)).toEqual([]);
    const cases: Array<[string, object]> = [
      ['verdict', { verdict: 'optional' }],
      ['patch test', { patchTest: null }],
      ['parse', { disclaimer: '' }],
      ['conflict', { pairings: { ...good.pairings, conflicts: [{ actives: ['retinoid', 'exfoliating-acids'], text: 'x' }] } }],
      ['reason', { reasons: [{ rule: 9, field: 'concerns', option: 'redness', text: 'x' }] }],
      ['promise', { headline: 'A miracle in a bottle.' }],
    ];
    for (const [name, change] of cases) {
      expect(brokenInvariants(a, { ...good, ...change } as never), name).not.toEqual([]);
    }
  });

  it('notices a strong active suggested to a reader who is told not now', () => {
    const notNow = { ...a, skinNow: 'irritated' as const };
    const r = recommend(notNow);
    const bad = { ...r, routine: { ...r.routine, notes: ['Start a retinol at night.'] } };
    expect(brokenInvariants(notNow, bad)).toContainEqual(expect.stringMatching(/strong active the reader does not use/));
  });
});
