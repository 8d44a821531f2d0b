import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, type Answers } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const answers = (change: Partial<Answers>): Answers => ({ ...BASE_ANSWERS, ...change });

/**
 * Each part of the words, one answer changed at a time from the plainest
 * reader: which reasons, expectations, routine steps and patch test a reader
 * gets, written out by hand from docs/rules.md (items 3 to 5, version 4).
 * Each test here was written for a Stryker survivor of recommend.ts,
 * expectations.ts or routine.ts (issue 26): it fails on that mutant.
 */

describe('reasons, each said once where it applies (docs/rules.md item 3; v4)', () => {
  const reasons = (change: Partial<Answers>) => recommend(answers(change)).reasons.map((x) => [x.rule, x.option, x.text]);

  it('skin that often reacts: the whole-formula reason, then what a support serum is for, and nothing else', () => {
    expect(reasons({ sensitivity: 'often' })).toEqual([
      [8, 'often', 'Skin that often reacts responds to the whole formula, not one ingredient.'],
      [9, 'dehydration', 'You chose dehydration: that is what a support serum is for.'],
    ]);
  });

  it('a targeted concern beside a supportive one: its own reason only, since the summary already names what the serum is for', () => {
    expect(reasons({ concerns: ['dullness', 'acne-scars'] })).toEqual([[8, 'acne-scars', 'For your acne scars, a serum can support treatment, not replace it.']]);
  });

  it('a diagnosed condition keeps its reason where no serum is offered (after a procedure), unlike the whole-formula one', () => {
    expect(reasons({ skinNow: 'recent-procedure', sensitivity: 'diagnosed-controlled' })).toEqual([
      [1, 'recent-procedure', 'Products pushed into treated or broken skin have caused granulomas (firm lumps under the skin).'],
      [8, 'diagnosed-controlled', 'Fragrance and some preservatives often trigger rosacea, and eczema care advises against harsh products.'],
    ]);
  });
});

describe('what to expect, by concern (docs/rules.md item 4; v4)', () => {
  const expectations = (change: Partial<Answers>) => recommend(answers(change)).expectations.map((e) => [e.topic, e.timeframe, e.text]);

  it('just curious: how it feels, and how early the evidence is', () => {
    expect(expectations({ concerns: ['just-curious'] })).toEqual([
      ['feel', null, 'Mostly, you notice how it feels.'],
      ['evidence', null, expect.stringMatching(/^Early and small: 6 to 56 people/)],
    ]);
  });

  it("a diagnosed reader's redness has no serum time frame, and the other concerns keep theirs", () => {
    expect(expectations({ concerns: ['dullness', 'redness', 'dehydration'], sensitivity: 'diagnosed-controlled' })).toEqual([
      ['hydration', '2 to 4 weeks', 'May measurably improve.'],
      ['tone', '4 to 6 weeks', 'May even out, if at all.'],
      ['redness', null, 'A dermatologist treats redness from your condition; a serum may only support comfort.'],
      ['evidence', null, expect.stringMatching(/^Early and small/)],
    ]);
  });

  it('each supportive concern alone under its own topic and time frame', () => {
    const topics: Array<[Answers['concerns'][number], string, string]> = [
      ['dullness', 'tone', '4 to 6 weeks'],
      ['dehydration', 'hydration', '2 to 4 weeks'],
      ['slow-recovery', 'hydration', '2 to 4 weeks'],
      ['post-blemish-marks', 'marks', '4 to 8 weeks'],
      ['mild-texture', 'texture', 'about 12 weeks'],
      ['fine-lines', 'texture', 'about 12 weeks'],
      ['redness', 'redness', '4 to 6 weeks'],
    ];
    for (const [concern, topic, time] of topics) {
      const shown = recommend(answers({ concerns: [concern] })).expectations.map((e) => [e.topic, e.concerns, e.timeframe]);
      expect(shown, concern).toEqual([
        [topic, [concern], time],
        ['evidence', [], null],
      ]);
    }
  });

  it('each source in the copied list with its address where it has one', () => {
    const text = toPlainText(recommend(answers({})));
    expect(text).toContain('\n- EU Cosmetics Regulation: eur-lex.europa.eu/eli/reg/2009/1223/oj\n- Luna Jade article\n');
    expect(recommend(answers({})).sources.find((s) => s.id === 'eu-cosmetics')).toMatchObject({ link: 'eur-lex.europa.eu/eli/reg/2009/1223/oj' });
  });
});

describe('strong actives and the patch test, as the plan has them (docs/rules.md v4)', () => {
  const strongReason = (change: Partial<Answers>) => recommend(answers(change)).reasons.filter((x) => x.field === 'actives');

  it('"strong actives do not rule it out" where the plan keeps them all, a choice of retinoid included, and not once one is used less often', () => {
    expect(strongReason({ actives: ['retinoid', 'prescription-retinoid'] })).toEqual([
      { rule: 9, field: 'actives', option: 'retinoid', text: 'Strong actives do not rule it out; a repair-minded serum may help.' },
    ]);
    const tight = recommend(answers({ actives: ['retinoid', 'prescription-retinoid', 'exfoliating-acids'], skinNow: 'tight-or-flaky' }));
    expect(tight.plan.actives.find((x) => x.active === 'exfoliating-acids')!.action).toBe('reduce');
    expect(tight.reasons.filter((x) => x.field === 'actives')).toEqual([]);
  });

  it('the patch test is of the serum where one is offered', () => {
    expect(recommend(answers({ sensitivity: 'sometimes' })).patchTest).toEqual({
      text: 'Patch test at home: try the serum on your inner arm twice a day for 7 to 10 days; skip it if it itches or reddens.',
    });
  });
});

describe('the routine, step by step (docs/rules.md item 5; v4)', () => {
  const steps = (list: Array<{ id: string; text: string; actives: string[] }>) => list.map((s) => [s.id, s.text, s.actives]);

  it('no actives: a plain moisturizer step, naming nothing', () => {
    const r = recommend(answers({}));
    expect(steps(r.routine.morning)).toEqual([
      ['cleanse', 'Rinse, or cleanse gently.', []],
      ['exosome-serum', 'Apply the exosome serum.', []],
      ['moisturizer', 'Moisturize.', []],
      ['sunscreen', 'Finish with sunscreen, SPF 30+.', []],
    ]);
  });

  it('in the morning, only water-based serums after the exosome serum; benzoyl peroxide its own step; hyaluronic acid in the moisturizer', () => {
    const r = recommend(answers({ actives: ['niacinamide', 'hyaluronic-acid', 'benzoyl-peroxide'] }));
    expect(steps(r.routine.morning)).toEqual([
      ['cleanse', 'Rinse, or cleanse gently.', []],
      ['exosome-serum', 'Apply the exosome serum.', []],
      ['other-serums', 'Apply your niacinamide.', ['niacinamide']],
      ['benzoyl-peroxide', 'Apply your benzoyl peroxide where needed.', ['benzoyl-peroxide']],
      ['moisturizer', 'Moisturize, with your hyaluronic acid.', ['hyaluronic-acid']],
      ['sunscreen', 'Finish with sunscreen, SPF 30+.', []],
    ]);
  });

  it('tight or flaky skin on a retinoid: its nights, and to use it less often, in the evening routine', () => {
    const r = recommend(answers({ actives: ['retinoid'], skinNow: 'tight-or-flaky' }));
    expect(steps(r.routine.evening)[1]).toEqual([
      'active-nights',
      'On your retinoid nights, use it instead of the serum. Use your retinoid less often than now, until your skin is comfortable.',
      ['retinoid'],
    ]);
  });

  it('no serum offered, a retinoid and acids: one a night, with no serum named', () => {
    const r = recommend(answers({ concerns: ['acne-scars'], actives: ['retinoid', 'exfoliating-acids'] }));
    expect(steps(r.routine.evening)).toEqual([
      ['cleanse', 'Cleanse gently.', []],
      ['active-nights', 'On your retinoid or acid nights, apply one a night.', ['retinoid', 'exfoliating-acids']],
      ['moisturizer', 'Moisturize to finish.', []],
    ]);
  });

  it('benzoyl peroxide in the morning: less often on tight skin, as the dermatologist advises with a diagnosed condition', () => {
    const peroxide = (change: Partial<Answers>) => recommend(answers({ actives: ['benzoyl-peroxide'], ...change })).routine.morning.find((s) => s.id === 'benzoyl-peroxide')!.text;
    expect(peroxide({})).toBe('Apply your benzoyl peroxide where needed.');
    expect(peroxide({ skinNow: 'tight-or-flaky' })).toBe('Apply your benzoyl peroxide where needed, less often than now.');
    expect(peroxide({ sensitivity: 'diagnosed-controlled' })).toBe('Apply your benzoyl peroxide only as your dermatologist advises.');
  });

  it('notes only for not now: when to come back, and a restart line only when something was paused', () => {
    expect(recommend(answers({})).routine.notes).toEqual([]);
    expect(recommend(answers({ skinNow: 'irritated' })).routine.notes).toEqual(['Come back to this quiz once your skin no longer burns or stings.']);
  });
});

describe('what helps instead with breakouts (docs/rules.md v3 "What helps instead, safely"; v4)', () => {
  const breakouts = (change: Partial<Answers>) => recommend(answers({ concerns: ['active-breakouts'], ...change })).helpsInstead;

  it('calm skin with no acne treatment: which products to ask a pharmacist about', () => {
    expect(breakouts({})).toEqual([
      { concern: 'active-breakouts', text: 'Breakouts: ask a pharmacist or dermatologist about benzoyl peroxide or adapalene (a retinoid sold without a prescription).' },
    ]);
  });

  it('already on a retinoid, either kind: no second product named', () => {
    for (const active of ['retinoid', 'prescription-retinoid'] as const) {
      expect(breakouts({ actives: [active] }), active).toEqual([{ concern: 'active-breakouts', text: 'Breakouts: a dermatologist can find a treatment that suits your skin.' }]);
    }
  });
});
