import { describe, expect, it } from 'vitest';
import { ACTIVES, CONCERNS, recommend, toPlainText, type Active, type Answers, type Recommendation } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const base = BASE_ANSWERS;
const reader = (change: Partial<Answers>) => recommend({ ...base, ...change });
const stepsOf = (r: Recommendation) => [...r.routine.morning, ...r.routine.evening];
const serumSteps = (r: Recommendation) => stepsOf(r).filter((s) => /exosome serum/i.test(s.text));
const timeOf = (r: Recommendation, active: Active) => [
  ...(r.routine.morning.some((s) => s.actives.includes(active)) ? ['morning'] : []),
  ...(r.routine.evening.some((s) => s.actives.includes(active)) ? ['evening'] : []),
];
const actions = (r: Recommendation) => Object.fromEntries(r.plan.actives.map((x) => [x.active, x.action]));
const everything = (r: Recommendation) => toPlainText(r);

/**
 * The readers of issue 13, against docs/rules.md version 3: the plan each
 * gets and the words it shows. Expected values are written out by hand from
 * the spec, never read from src/rules.
 */
describe('readers a dermatologist and an editor would check (docs/rules.md v3)', () => {
  it('rosacea under control, breakouts, acids, tight and flaky: acids paused until comfortable, the dermatologist asked, no product named (v4)', () => {
    const r = reader({
      concerns: ['active-breakouts'],
      actives: ['exfoliating-acids'],
      sensitivity: 'diagnosed-controlled',
      skinNow: 'tight-or-flaky',
    });
    expect([r.verdict, r.referral]).toEqual(['not-the-right-tool', 'dermatologist']);
    expect(r.plan.serum).toBe('none');
    expect(actions(r)).toEqual({ 'exfoliating-acids': 'pause' });
    expect(r.nextSteps).toContain('Pause your exfoliating acids until your skin is comfortable, and ask your dermatologist before you restart them.');
    expect(everything(r)).not.toMatch(/less often/i);
    expect(everything(r)).not.toMatch(/keep using/i);
    expect(r.helpsInstead).toHaveLength(1);
    expect(r.helpsInstead[0]!.text).toMatch(/see a dermatologist.*bumps may not be acne/);
    expect(r.helpsInstead[0]!.text).not.toMatch(/benzoyl|adapalene/i);
    expect(r.routine.evening.some((s) => s.id === 'active-nights')).toBe(false);
    // No serum anywhere: nothing about fitting a serum around the acids.
    expect(serumSteps(r)).toEqual([]);
    expect(r.pairings.withCare).toEqual([]);
    expect(r.pairings.pairsWell).toBeNull();
  });

  it('melasma on both retinoids and vitamin C: choose one retinoid, the pregnancy line once, no serum', () => {
    const r = reader({ concerns: ['stubborn-pigmentation'], actives: ['retinoid', 'prescription-retinoid', 'vitamin-c'] });
    expect(r.verdict).toBe('not-the-right-tool');
    expect(actions(r)).toEqual({ retinoid: 'choose-one', 'prescription-retinoid': 'choose-one', 'vitamin-c': 'keep' });
    expect(r.nextSteps).toContain('Ask your prescriber which one retinoid to keep.');
    expect(everything(r)).not.toMatch(/keep using your (retinoid|prescription)/i);
    expect(r.cautions).toEqual(['Retinoids are not for pregnancy or trying to conceive: ask a doctor.']);
    expect(everything(r).match(/pregnan/gi)).toHaveLength(2); // the line, and its source
    expect(r.routine.evening.find((s) => s.id === 'active-nights')!.text).toBe('On your retinoid nights, apply it.');
    expect(timeOf(r, 'vitamin-c')).toEqual(['morning']);
    expect(r.helpsInstead.map((h) => h.concern)).toEqual(['stubborn-pigmentation']);
    expect(r.expectations.filter((e) => e.timeframe)).toEqual([]);
    expect(serumSteps(r)).toEqual([]);
    expect(r.sources.map((s) => s.id)).toContain('aad-retinoids');
  });

  it('breakouts on benzoyl peroxide and tretinoin, in a hurry: both kept at different times of day, no serum', () => {
    const r = reader({ concerns: ['active-breakouts'], actives: ['benzoyl-peroxide', 'prescription-retinoid'], expectations: 'days' });
    expect([r.verdict, r.ifPatient]).toEqual(['not-the-right-tool', 'not-the-right-tool']);
    expect(r.plan.serum).toBe('none');
    expect(actions(r)).toEqual({ 'benzoyl-peroxide': 'keep', 'prescription-retinoid': 'keep' });
    expect(r.summary).toContain('More time would not change this answer.');
    expect(r.nextSteps).toEqual([
      'For now, a good moisturizer can help skin feel hydrated within days.',
      'Start with what helps instead, below.',
      'Keep using your benzoyl peroxide and prescription retinoid as directed.',
    ]);
    expect(timeOf(r, 'benzoyl-peroxide')).toEqual(['morning']);
    expect(timeOf(r, 'prescription-retinoid')).toEqual(['evening']);
    expect(r.pairings.conflicts.map((c) => c.actives)).toEqual([['benzoyl-peroxide', 'prescription-retinoid']]);
    // Already treated: what helps instead names no new product; "tolerates" only for skin that reacts often (v4).
    expect(r.helpsInstead[0]!.text).toBe('Breakouts: a dermatologist can find a treatment that suits your skin.');
    expect(serumSteps(r)).toEqual([]);
    expect(r.buying).toEqual([]);
  });

  it('dull and in a hurry: the serum only inside "if you give it time", never in the next steps', () => {
    const r = reader({ concerns: ['dullness'], expectations: 'days' });
    expect([r.verdict, r.ifPatient, r.plan.serum]).toEqual(['not-the-right-tool', 'good-fit', 'if-patient']);
    expect(r.summary).toContain('If you can give it 1 to 3 months, the answer is: A good fit.');
    expect(r.nextSteps).toEqual(['For now, a good moisturizer can help skin feel hydrated within days.']);
    expect(r.nextSteps.join(' ')).not.toMatch(/serum|patch|add it|once a day/i);
    expect(everything(r)).toContain('If you give it time: your routine');
    expect(r.routine.kind).toBe('serum');
    expect(r.expectations.map((e) => e.title)).toEqual(['Tone', 'Evidence']);
    expect(toPlainText(r)).toMatch(/Patch test|Pairings, for later/);
  });

  it('after a procedure, eczema flaring, on a retinoid and vitamin C: everything paused, both come-back conditions, restart one at a time', () => {
    const r = reader({
      concerns: ['dullness'],
      actives: ['retinoid', 'vitamin-c', 'niacinamide'],
      sensitivity: 'diagnosed-flaring',
      skinNow: 'recent-procedure',
    });
    expect([r.verdict, r.referral]).toEqual(['not-now', 'practitioner']);
    expect(actions(r)).toEqual({ retinoid: 'pause', 'vitamin-c': 'pause', niacinamide: 'pause' });
    expect(r.plan.comeBack).toEqual(['healed', 'flare-treated']);
    // Healing is said in the summary and the come-back condition only (v4, "Said once").
    expect(r.nextSteps).toEqual(['Have a dermatologist treat the flare first.', 'Pause your retinoid, vitamin C, and niacinamide.']);
    expect(r.routine.notes).toEqual([
      'Come back to this quiz once your skin has healed (after a procedure, usually about 7 days) and a dermatologist has the flare under control.',
      'Then restart your retinoid, vitamin C, and niacinamide, one at a time, about a week apart.',
    ]);
    expect(everything(r).match(/\bheal/gi)).toHaveLength(2);
    expect(r.referralNote).toMatch(/^If a clinic treated you/);
    expect(stepsOf(r).flatMap((s) => s.actives)).toEqual([]);
    expect(r.cautions).toHaveLength(1);
  });

  it('sunburn or broken skin, no clinic: "if a clinic treated you" and "let it heal fully", never "the clinic that treated you"', () => {
    const r = reader({ concerns: ['slow-recovery'], skinNow: 'recent-procedure' });
    expect(r.referralNote).toBe(
      'If a clinic treated you, follow its aftercare plan and ask it before adding anything; some clinics use exosome products after procedures.',
    );
    expect(r.summary).toBe('Treated or broken skin must heal fully before anything new goes on it.');
    expect(r.nextSteps).toEqual(['Keep to the calm basics below.']);
    expect(everything(r)).not.toMatch(/clinic that treated you/);
  });

  it('irritated, on vitamin C: vitamin C paused, when to see a doctor', () => {
    const r = reader({ concerns: ['redness'], actives: ['vitamin-c', 'hyaluronic-acid'], skinNow: 'irritated' });
    expect(r.verdict).toBe('not-now');
    expect(actions(r)).toEqual({ 'vitamin-c': 'pause', 'hyaluronic-acid': 'keep' });
    expect(r.nextSteps[0]).toBe('Pause your vitamin C.');
    expect(r.cautions).toEqual(['See a doctor if it blisters, swells, spreads or has not settled within about a week.']);
    expect(timeOf(r, 'vitamin-c')).toEqual([]);
    expect(timeOf(r, 'hyaluronic-acid')).toEqual(['morning']);
    expect(r.routine.notes).toEqual(['Come back to this quiz once your skin no longer burns or stings.', 'Then restart your vitamin C, one at a time, about a week apart.']);
  });

  it('reacts to most products: a dermatologist can patch test, nothing new offered, told when to come back', () => {
    const r = reader({ sensitivity: 'most-products', actives: ['retinoid'] });
    expect(r.verdict).toBe('not-now');
    expect(`${r.headline} ${r.summary}`).not.toMatch(/settle/i);
    expect(r.cautions).toContain('A dermatologist can do allergy patch testing to find what your skin reacts to.');
    expect(r.routine.notes[0]).toBe('Come back to this quiz once your skin tolerates this short routine.');
    expect(r.nextSteps).toEqual(['Pause your retinoid.']);
    expect(r.pairings.pairsWell).toBeNull();
    // Two tests named apart: at home, and by a dermatologist (v4).
    expect(r.patchTest!.text).toMatch(/^Patch test at home: try any new product, such as a treatment a dermatologist gives you/);
    expect(serumSteps(r)).toEqual([]);
  });

  it('scars and pigmentation beside dullness and dehydration: both parts named, with what helps instead', () => {
    const r = reader({ concerns: ['dullness', 'dehydration', 'stubborn-pigmentation', 'acne-scars'] });
    expect([r.verdict, r.referral, r.plan.serum]).toEqual(['fits-with-care', 'dermatologist', 'now']);
    expect(r.summary).toBe(
      'A support serum is for your dullness and dehydration; for your stubborn pigmentation and acne scars, you need targeted treatment.',
    );
    expect(everything(r)).not.toMatch(/what you want to change is/i);
    expect(r.helpsInstead.map((h) => h.concern)).toEqual(['stubborn-pigmentation', 'acne-scars']);
    expect(r.nextSteps).toEqual(['Start with what helps instead, below.', 'Add the serum as shown in your routine.', 'Give it time: judge it by what to expect, below.']);
    expect(serumSteps(r).length).toBeGreaterThan(0);
    expect(r.expectations.find((e) => e.topic === 'targeted')!.timeframe).toBeNull();
  });

  it('rosacea under control with redness, on niacinamide: no time frame for the redness, "Pairs well" names theirs', () => {
    const r = reader({ concerns: ['redness'], actives: ['niacinamide'], sensitivity: 'diagnosed-controlled' });
    expect(r.verdict).toBe('fits-with-care');
    const redness = r.expectations.find((e) => e.title === 'Redness')!;
    expect(redness.timeframe).toBeNull();
    expect(redness.text).toMatch(/dermatologist treats redness from your condition/);
    expect(r.expectations.some((e) => e.title === 'Tone')).toBe(false);
    expect(r.pairings.pairsWell).toEqual({ actives: ['niacinamide'], text: 'Pairs well with the serum: your niacinamide.' });
    expect(r.sources.map((s) => s.id)).toContain('rosacea-survey');
    expect(r.sources.map((s) => s.id)).not.toContain('proffer-2022');
  });

  it('redness without a diagnosis gets its own time frame and heading', () => {
    const r = reader({ concerns: ['redness', 'dullness'] });
    expect(r.expectations.filter((e) => e.timeframe).map((e) => `${e.title}: ${e.timeframe}`)).toEqual(['Tone: 4 to 6 weeks', 'Redness: 4 to 6 weeks']);
    expect(r.sources.map((s) => s.id)).not.toContain('rosacea-survey');
  });

  it('a good fit: a serum now, what was measured, not "your skin is the kind studied"', () => {
    const r = reader({ concerns: ['dehydration', 'fine-lines'], actives: ['niacinamide'] });
    expect([r.verdict, r.plan.serum]).toEqual(['good-fit', 'now']);
    expect(r.summary).toBe('Studies measured hydration, redness and tone. Expect a subtle change with regular use.');
    expect(r.reasons.map((x) => x.text)).toContain('You chose dehydration and fine lines: those are what a support serum is for.');
    expect(r.nextSteps).toEqual(['Add the serum as shown in your routine.', 'Give it time: judge it by what to expect, below.']);
    expect(r.routine.morning.map((s) => s.id)).toEqual(['cleanse', 'exosome-serum', 'other-serums', 'moisturizer', 'sunscreen']);
  });

  it('the support reason names one or two supportive concerns, its form chosen by Intl.PluralRules, and lists no three', () => {
    const reason = (concerns: Answers['concerns']) => reader({ concerns }).reasons.find((x) => x.rule === 9)!;
    expect(reason(['dullness'])).toMatchObject({ option: 'dullness', text: 'You chose dullness: that is what a support serum is for.' });
    expect(reason(['fine-lines'])).toMatchObject({ text: 'You chose fine lines: that is what a support serum is for.' });
    expect(reason(['dullness', 'redness'])).toMatchObject({ option: 'dullness', text: 'You chose dullness and redness: those are what a support serum is for.' });
    expect(reason(['dullness', 'redness', 'fine-lines']).text).toBe('Everything you chose is what a support serum is for.');
    // Strong actives do not lower the verdict, and the result says why, only where the serum is for now.
    expect(reader({ actives: ['retinoid'] }).reasons).toContainEqual(expect.objectContaining({ rule: 9, field: 'actives', option: 'retinoid' }));
    expect(reader({ actives: ['retinoid'], expectations: 'days' }).reasons.filter((x) => x.field === 'actives')).toEqual([]);
    expect(reader({ actives: ['niacinamide'] }).reasons.filter((x) => x.field === 'actives')).toEqual([]);
    // A fit with care still says what the serum is for; only targeted concerns: no support reason (row 6).
    expect(reader({ concerns: ['redness'], sensitivity: 'often' }).reasons).toContainEqual(expect.objectContaining({ rule: 9, option: 'redness' }));
    expect(reader({ concerns: ['acne-scars'] }).reasons.filter((x) => x.rule === 9)).toEqual([]);
  });

  it('how retinoids and acids affect the serum: said once, naming only the reader\'s own, where a serum is on the table', () => {
    const care = (actives: Answers['actives'], change: Partial<Answers> = {}) => reader({ actives, ...change }).pairings.withCare.map((x) => x.text);
    expect(care(['retinoid'])).toEqual(['Your retinoid can dry and irritate skin.']);
    expect(care(['prescription-retinoid', 'niacinamide'])).toEqual(['Your prescription retinoid can dry and irritate skin.']);
    expect(care(['exfoliating-acids'])).toEqual(['Your acids can dry and irritate skin.']);
    expect(care(['retinoid', 'exfoliating-acids'])).toEqual(['Your retinoid and acids can dry and irritate skin.']);
    expect(care(['retinoid', 'prescription-retinoid', 'exfoliating-acids'])).toEqual(['Your retinoids and acids can dry and irritate skin.']);
    expect(care(['benzoyl-peroxide', 'vitamin-c'])).toEqual([]);
    expect(care(['retinoid'], { expectations: 'days' })).toEqual(['Your retinoid can dry and irritate skin.']);
    expect(care(['retinoid'], { concerns: ['acne-scars'] })).toEqual([]);
    expect(care(['retinoid'], { skinNow: 'irritated' })).toEqual([]);
  });

  // Every concern with every active: the plan and the routine hold for each single pairing.
  for (const concern of CONCERNS) {
    it(`${concern}, with each active in turn: one plan, every kept active placed, no contradiction`, () => {
      for (const active of ACTIVES) {
        const r = reader({ concerns: [concern], actives: [active] });
        const planned = r.plan.actives.map((x) => x.active);
        expect(planned).toEqual(active === 'none' ? [] : [active]);
        for (const x of r.plan.actives) {
          expect(x.action, `${concern} + ${active}`).toBe('keep');
          if (r.routine.kind === 'serum' || r.verdict !== 'not-now') expect(timeOf(r, x.active), `${concern} + ${active}`).toEqual([x.time]);
        }
        expect(r.cautions.length, `${concern} + ${active}`).toBe(active === 'retinoid' || active === 'prescription-retinoid' ? 1 : 0);
        expect(r.helpsInstead.map((h) => h.concern)).toEqual(['active-breakouts', 'stubborn-pigmentation', 'acne-scars'].includes(concern) ? [concern] : []);
      }
    });
  }
});
