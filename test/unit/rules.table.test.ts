import { describe, expect, it } from 'vitest';
import { recommend, type Answers } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const base = BASE_ANSWERS;
const answers = (change: Partial<Answers>): Answers => ({ ...base, ...change });

/** One hand-written case per row of docs/rules.md, "Verdicts and precedence". */
describe('precedence table (docs/rules.md)', () => {
  const rows: Array<[string, Partial<Answers>, string, string, string, string]> = [
    // [name, answers, verdict, referral, reason field, reason option]
    ['1 recent procedure', { skinNow: 'recent-procedure' }, 'not-now', 'practitioner', 'skinNow', 'recent-procedure'],
    ['2 diagnosed, flaring', { sensitivity: 'diagnosed-flaring' }, 'not-now', 'dermatologist', 'sensitivity', 'diagnosed-flaring'],
    ['3 irritated', { skinNow: 'irritated' }, 'not-now', 'none', 'skinNow', 'irritated'],
    ['4 reacts to most products', { sensitivity: 'most-products' }, 'not-now', 'none', 'sensitivity', 'most-products'],
    ['5 wants results in days', { expectations: 'days' }, 'not-the-right-tool', 'none', 'expectations', 'days'],
    ['6 only targeted concerns', { concerns: ['active-breakouts', 'acne-scars'] }, 'not-the-right-tool', 'dermatologist', 'concerns', 'active-breakouts'],
    ['7 just curious', { concerns: ['just-curious'] }, 'optional', 'none', 'concerns', 'just-curious'],
    ['8 often reacts', { sensitivity: 'often' }, 'fits-with-care', 'none', 'sensitivity', 'often'],
    ['8 diagnosed, controlled', { sensitivity: 'diagnosed-controlled' }, 'fits-with-care', 'dermatologist', 'sensitivity', 'diagnosed-controlled'],
    ['8 tight or flaky', { skinNow: 'tight-or-flaky' }, 'fits-with-care', 'none', 'skinNow', 'tight-or-flaky'],
    ['8 targeted beside supportive', { concerns: ['dullness', 'stubborn-pigmentation'] }, 'fits-with-care', 'dermatologist', 'concerns', 'stubborn-pigmentation'],
    // v2: the supportive concerns share one reason ("each thing said once"), tied to the first.
    ['9 otherwise', { concerns: ['dullness', 'redness'] }, 'good-fit', 'none', 'concerns', 'dullness'],
  ];

  for (const [name, change, verdict, referral, field, option] of rows) {
    it(`row ${name}: ${verdict}, referral ${referral}`, () => {
      const r = recommend(answers(change));
      expect(r.verdict).toBe(verdict);
      expect(r.referral).toBe(referral);
      const row = Number(name.split(' ')[0]);
      expect(r.reasons).toContainEqual(expect.objectContaining({ rule: row, field, option }));
    });
  }

  it('takes the verdict from the first matching row and the referral from the first row that has one', () => {
    // The example of docs/rules.md: controlled rosacea, wants results in days.
    const r = recommend(answers({ sensitivity: 'diagnosed-controlled', expectations: 'days' }));
    expect(r.verdict).toBe('not-the-right-tool');
    expect(r.referral).toBe('dermatologist');
    expect(r.ifPatient).toBe('fits-with-care');
    expect(r.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining([5, 8]));
  });

  it('every matching row adds its reasons, not only the first', () => {
    const r = recommend(answers({ skinNow: 'recent-procedure', sensitivity: 'most-products', expectations: 'days' }));
    expect(r.reasons.map((x) => x.rule)).toEqual([1, 4, 5]);
  });

  it('says what the verdict would be with patience only when row 5 decides', () => {
    expect(recommend(answers({ expectations: 'days' })).ifPatient).toBe('good-fit');
    expect(recommend(answers({ expectations: 'days', concerns: ['just-curious'] })).ifPatient).toBe('optional');
    expect(recommend(answers({ expectations: 'days', skinNow: 'irritated' }))).not.toHaveProperty('ifPatient');
    expect(recommend(answers({}))).not.toHaveProperty('ifPatient');
  });

  it('does not lower the verdict for strong actives alone, but changes the routine', () => {
    const r = recommend(answers({ actives: ['retinoid', 'exfoliating-acids'] }));
    expect(r.verdict).toBe('good-fit');
    expect(r.routine.evening.map((s) => s.id)).toEqual(['cleanse', 'active-nights', 'exosome-serum', 'moisturizer']);
    expect(r.pairings.withCare.map((x) => x.actives)).toEqual([['retinoid', 'exfoliating-acids']]);
    expect(r.pairings.conflicts.map((x) => x.actives)).toEqual([['retinoid', 'exfoliating-acids']]);
  });

  it('gives strong actives with tight or flaky skin the care verdict and lowers their frequency first', () => {
    const r = recommend(answers({ actives: ['retinoid'], skinNow: 'tight-or-flaky' }));
    expect(r.verdict).toBe('fits-with-care');
    expect(r.nextSteps[0]).toMatch(/^Use your retinoid less often/);
  });
});

describe('result contents (docs/rules.md)', () => {
  it('puts the serum after cleansing and before moisturizer, with sunscreen last in the morning', () => {
    const r = recommend(answers({ actives: ['vitamin-c'] }));
    expect(r.routine.morning.map((s) => s.id)).toEqual(['cleanse', 'exosome-serum', 'other-serums', 'moisturizer', 'sunscreen']);
    expect(r.routine.morning[2]!.text).toMatch(/vitamin C/);
    expect(r.routine.evening.map((s) => s.id)).toEqual(['cleanse', 'exosome-serum', 'moisturizer']);
  });

  it('gives the calm basics instead of the serum when the answer is not now, and pauses strong actives', () => {
    const r = recommend(answers({ skinNow: 'irritated', actives: ['retinoid'] }));
    expect(r.routine.kind).toBe('basics');
    expect(r.routine.morning.concat(r.routine.evening).map((s) => s.id)).not.toContain('exosome-serum');
    expect(r.nextSteps).toContain('Pause your retinoid.');
    expect(r.routine.notes).toContain('Come back to this quiz once your skin no longer burns or stings.');
  });

  it('names the gentle partners the reader already uses, and offers none they do not (v4, "One product")', () => {
    const r = recommend(answers({ actives: ['niacinamide', 'ceramides'] }));
    expect(r.pairings.pairsWell).toEqual({ actives: ['niacinamide', 'ceramides'], text: 'Pairs well with the serum: your niacinamide and ceramides.' });
    expect(recommend(answers({ actives: ['none'] })).pairings.pairsWell).toEqual({
      actives: [],
      text: 'Beside the serum, a plain moisturizer and sunscreen are enough.',
    });
  });

  it('names each conflict the reader has, and only those', () => {
    const r = recommend(answers({ actives: ['benzoyl-peroxide', 'prescription-retinoid', 'vitamin-c'] }));
    // v2: vitamin C's morning place is part of the routine, not a conflict line.
    expect(r.pairings.conflicts.map((c) => c.actives)).toEqual([['benzoyl-peroxide', 'prescription-retinoid']]);
    expect(recommend(answers({ actives: ['benzoyl-peroxide', 'retinoid'] })).pairings.conflicts).toEqual([]);
  });

  it('gives time frames by concern, always with a word on how early the evidence is', () => {
    const r = recommend(answers({ concerns: ['dehydration', 'post-blemish-marks', 'fine-lines'] }));
    expect(r.expectations.map((e) => [e.topic, e.timeframe])).toEqual([
      ['hydration', '2 to 4 weeks'],
      ['marks', '4 to 8 weeks'],
      ['texture', 'about 12 weeks'],
      ['evidence', null],
    ]);
    expect(r.expectations[1]!.text).toMatch(/sunscreen/);
  });

  it('asks for a patch test and stresses fragrance-free only when skin reacts', () => {
    expect(recommend(answers({})).patchTest).toBeNull();
    expect(recommend(answers({})).buying.find((b) => b.id === 'fragrance-free')!.stressed).toBe(false);
    const sensitive = recommend(answers({ sensitivity: 'sometimes' }));
    expect(sensitive.patchTest!.text).toMatch(/inner arm.*twice a day.*7 to 10 days/);
    expect(sensitive.buying.find((b) => b.id === 'fragrance-free')!.stressed).toBe(true);
  });
});

describe('headline and summary by deciding row (docs/rules.md item 1)', () => {
  it('each verdict has its own headline; row 4 its own', () => {
    const headline = (change: Partial<Answers>) => recommend(answers(change)).headline;
    expect(headline({ concerns: ['dullness'] })).toBe('An exosome serum suits what you want.');
    expect(headline({ skinNow: 'tight-or-flaky' })).toBe('An exosome serum can work for you if you start carefully.');
    expect(headline({ concerns: ['just-curious'] })).toBe('Nice to have if you enjoy it; your skin does not need it.');
    expect(headline({ skinNow: 'irritated' })).toBe('Hold off for now: let your skin settle first.');
    expect(headline({ sensitivity: 'most-products' })).toBe('Hold off: first find a short routine your skin tolerates.');
    expect(headline({ expectations: 'days' })).toBe('An exosome serum is unlikely to give you what you want.');
  });

  it('a fit with care names its reasons, and both parts with a targeted concern', () => {
    const summary = (change: Partial<Answers>) => recommend(answers(change)).summary;
    expect(summary({ concerns: ['dullness'], skinNow: 'tight-or-flaky' })).toBe('Start with care: you have skin that feels tight and flaky.');
    expect(summary({ concerns: ['dullness'], sensitivity: 'often', skinNow: 'tight-or-flaky' })).toBe(
      'Start with care: you have skin that reacts easily and skin that feels tight and flaky.',
    );
    expect(summary({ concerns: ['dullness', 'acne-scars'] })).toBe('A support serum is for your dullness; for your acne scars, you need targeted treatment.');
    expect(summary({ concerns: ['dullness', 'acne-scars'], sensitivity: 'often' })).toBe(
      'A support serum is for your dullness; for your acne scars, you need targeted treatment. Start with care: you have skin that reacts easily.',
    );
    // A diagnosed reader's redness is the dermatologist's: only the targeted part is named (v4).
    expect(summary({ concerns: ['redness', 'acne-scars'], sensitivity: 'diagnosed-controlled' })).toBe(
      'For your acne scars, you need targeted treatment; a serum can only support it. Start with care: you have a diagnosed condition that makes your skin react.',
    );
  });
});
