import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, recommend, type Answers } from '../../src/rules/index.js';
import { anyAnswers, invalidAnswers } from '../support/arbitraries.js';
import { runs } from '../support/budget.js';
import { ALL_ACTIVE_SETS, ALL_CONCERN_SETS } from '../support/answer-space.js';
import { brokenInvariants } from '../support/invariants.js';

describe('the answer space', () => {
  it('has the size docs/rules.md implies', () => {
    expect(ALL_CONCERN_SETS.length).toBe(1024);
    expect(ALL_ACTIVE_SETS.length).toBe(512);
    expect(ALL_CONCERN_SETS.length * ALL_ACTIVE_SETS.length * 6 * 4 * 3).toBe(37_748_736);
  });

  it('accepts every generated answer set', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(parseAnswers(a)).toEqual({ ok: true, answers: a });
      }),
      { numRuns: runs(1_000) },
    );
  });

  it('and nothing else: every answer set broken in one way is refused, naming the field that is wrong', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(invalidAnswers, ({ how, field, input }) => {
        seen.set(how, (seen.get(how) ?? 0) + 1);
        const parsed = parseAnswers(input);
        expect(parsed.ok, how).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((p) => p.field.split('.')[0]), how).toContain(field);
      }),
      { numRuns: runs(2_000) },
    );
    // Every way of breaking an answer set was tried.
    expect(seen.size).toBe(11);
  });
});

describe('invariants over the full space (fast-check)', () => {
  it('hold for any valid answers', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(brokenInvariants(a, recommend(a))).toEqual([]);
      }),
      { numRuns: runs(3_000) },
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

  it('notices each version 2 invariant broken (docs/rules.md v2)', () => {
    const melasma: Answers = { ...a, concerns: ['stubborn-pigmentation'], sensitivity: 'rarely' };
    const wrongTool = recommend(melasma);
    const busy: Answers = { ...a, actives: ['benzoyl-peroxide', 'prescription-retinoid', 'vitamin-c'] };
    const good = recommend(busy);
    expect(brokenInvariants(melasma, wrongTool)).toEqual([]);
    expect(brokenInvariants(busy, good)).toEqual([]);
    const serumStep = { id: 'exosome-serum', text: 'Apply the exosome serum.', actives: [] };
    const cases: Array<[string, Answers, object, RegExp]> = [
      ['serum step without a serum', melasma, { routine: { ...wrongTool.routine, morning: [...wrongTool.routine.morning, serumStep] } }, /serum step/],
      ['buying without a serum', melasma, { buying: good.buying }, /buying/],
      ['no what helps instead', melasma, { helpsInstead: [] }, /helps instead/],
      ['time frame for melasma', melasma, { expectations: wrongTool.expectations.map((e) => (e.topic === 'targeted' ? { ...e, timeframe: '4 to 8 weeks', sources: ['Cho 2020'] } : e)) }, /targeted concern/],
      ['time frame without source', busy, { expectations: good.expectations.map((e) => ({ ...e, sources: [] })) }, /without a source/],
      ['active without a place', busy, { routine: { ...good.routine, morning: good.routine.morning.filter((s) => s.id !== 'other-serums') } }, /no step for vitamin-c/],
      ['peroxide meets tretinoin', busy, { routine: { ...good.routine, evening: [...good.routine.evening, { id: 'bp', text: 'Your benzoyl peroxide.', actives: ['benzoyl-peroxide'] }], morning: good.routine.morning.filter((s) => s.id !== 'benzoyl-peroxide') } }, /share the evening/],
      ['four next steps', busy, { nextSteps: ['One.', 'Two.', 'Three.', 'Four.'] }, /next steps|parse/],
      ['a repeated sentence', busy, { nextSteps: [good.summary.split('. ')[0]!.replace(/\.?$/, '.')] }, /repeated/],
      ['too long', busy, { reasons: [{ ...good.reasons[0]!, text: 'word '.repeat(400).trim() + '.' }] }, /words/],
      ['with care twice', busy, { pairings: { ...good.pairings, withCare: [{ active: 'benzoyl-peroxide', actives: [], text: 'x' }, { active: 'benzoyl-peroxide', actives: [], text: 'y' }] } }, /parse|more than once/],
    ];
    for (const [name, answers, change, message] of cases) {
      const base = answers === melasma ? wrongTool : good;
      expect(brokenInvariants(answers, { ...base, ...change } as never), name).toContainEqual(expect.stringMatching(message));
    }
  });

  it('notices a calm reader told to settle, and a care summary that names the wrong reason', () => {
    const calm: Answers = { ...a, sensitivity: 'most-products' };
    const r = recommend(calm);
    expect(brokenInvariants(calm, { ...r, headline: 'Hold off and let your skin settle.' })).toContainEqual(expect.stringMatching(/settle/));
    const scars: Answers = { ...a, concerns: ['dullness', 'acne-scars'], sensitivity: 'rarely' };
    const care = recommend(scars);
    expect(brokenInvariants(scars, { ...care, summary: 'Pick a gentle formula, since your skin reacts.' })).toContainEqual(expect.stringMatching(/sensitivity/));
  });

  it('notices a strong active suggested to a reader who is told not now', () => {
    const notNow = { ...a, skinNow: 'irritated' as const };
    const r = recommend(notNow);
    const bad = { ...r, routine: { ...r.routine, notes: ['Start a retinol at night.'] } };
    expect(brokenInvariants(notNow, bad)).toContainEqual(expect.stringMatching(/strong active the reader does not use/));
  });
});
