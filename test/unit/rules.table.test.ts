import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, type Answers } from '../../src/rules/index.js';
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
});
