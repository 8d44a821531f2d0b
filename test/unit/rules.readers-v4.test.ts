import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, type Answers, type Recommendation } from '../../src/rules/index.js';
import { BASE_ANSWERS } from '../support/answer-space.js';
import { brokenInvariants } from '../support/invariants.js';

const reader = (change: Partial<Answers>) => {
  const a = { ...BASE_ANSWERS, ...change };
  const r = recommend(a);
  // Every reader here also holds every invariant, versions 1 to 4.
  expect(brokenInvariants(a, r)).toEqual([]);
  return r;
};
const actions = (r: Recommendation) => Object.fromEntries(r.plan.actives.map((x) => [x.active, x.action]));
const everything = (r: Recommendation) => toPlainText(r);

/**
 * The readers of issue 26 against docs/rules.md version 4: what each saw
 * wrong in version 3, and what they see now. Expected words are written out
 * by hand from the spec, never read from src/rules.
 */
describe('readers of version 4 (docs/rules.md "Version 4")', () => {
  it('rosacea under control, tight and flaky, on a retinoid, acids and benzoyl peroxide: all paused, the dermatologist before restarting', () => {
    const r = reader({
      concerns: ['redness', 'dullness'],
      actives: ['retinoid', 'exfoliating-acids', 'benzoyl-peroxide'],
      sensitivity: 'diagnosed-controlled',
      skinNow: 'tight-or-flaky',
    });
    expect([r.verdict, r.referral]).toEqual(['fits-with-care', 'dermatologist']);
    expect(actions(r)).toEqual({ retinoid: 'pause', 'exfoliating-acids': 'pause', 'benzoyl-peroxide': 'pause' });
    expect(r.nextSteps).toEqual([
      'Pause your retinoid, exfoliating acids, and benzoyl peroxide until your skin is comfortable, and ask your dermatologist before you restart them.',
      'Once your skin has been comfortable for a week or two, patch test the serum at home, then add it as shown in your routine.',
      'Give it time: judge it by what to expect, below.',
    ]);
    // Not "use less often", not "strong actives do not rule it out".
    expect(everything(r)).not.toMatch(/less often|do not rule it out/i);
    // Redness is the dermatologist's: not among what a support serum is for.
    expect(r.reasons.map((x) => x.text)).toContain('You chose dullness: that is what a support serum is for.');
    expect(`${r.summary} ${r.reasons.map((x) => x.text).join(' ')}`).not.toMatch(/redness/i);
    expect(r.expectations.find((e) => e.topic === 'redness')).toMatchObject({ timeframe: null, sources: [] });
    // The survey is cited for rosacea; eczema care for eczema.
    expect(r.reasons.map((x) => x.text)).toContain('Fragrance and some preservatives often trigger rosacea, and eczema care advises against harsh products.');
    expect(r.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['rosacea-survey', 'aad-eczema']));
  });

  it('after a procedure, eczema flaring: ceramides kept and moisturized, the prescription paused with a word to the prescriber', () => {
    const r = reader({
      concerns: ['dehydration'],
      actives: ['prescription-retinoid', 'vitamin-c', 'ceramides'],
      sensitivity: 'diagnosed-flaring',
      skinNow: 'recent-procedure',
    });
    expect([r.verdict, r.referral]).toEqual(['not-now', 'practitioner']);
    expect(actions(r)).toEqual({ 'prescription-retinoid': 'pause', 'vitamin-c': 'pause', ceramides: 'keep' });
    expect(r.nextSteps).toEqual([
      'Have a dermatologist treat the flare first.',
      'Pause your prescription retinoid and vitamin C, and tell your prescriber that you have paused your prescription retinoid.',
    ]);
    expect(r.routine.morning.map((s) => s.text)).toContain('Moisturize, with your ceramides, unless a clinic\'s aftercare plan says otherwise.');
    expect(everything(r)).not.toMatch(/pause your[^.]*ceramides/i);
    expect(r.routine.notes[1]).toBe(
      'Then restart your prescription retinoid and vitamin C, one at a time, about a week apart; ask your prescriber before you restart your prescription retinoid.',
    );
    // Healing said twice: the summary and the come-back condition.
    expect(everything(r).match(/\bheal/gi)).toHaveLength(2);
    expect(r.reasons[0]!.text).toBe('Products pushed into treated or broken skin have caused granulomas (firm lumps under the skin).');
    // No serum offered: the patch test is of any new product.
    expect(r.patchTest!.text).not.toMatch(/the serum/);
  });

  it('sunburned, on hyaluronic acid: hyaluronic acid kept in the moisturizer step, not paused', () => {
    const r = reader({ concerns: ['slow-recovery'], actives: ['hyaluronic-acid', 'niacinamide'], skinNow: 'recent-procedure' });
    expect(actions(r)).toEqual({ niacinamide: 'pause', 'hyaluronic-acid': 'keep' });
    expect(r.nextSteps).toEqual(['Pause your niacinamide.']);
    expect(r.routine.morning.find((s) => s.id === 'moisturizer')).toMatchObject({ actives: ['hyaluronic-acid'] });
  });

  it('controlled rosacea with redness and dullness on calm skin: redness with the dermatologist, acids asked about', () => {
    const r = reader({ concerns: ['dullness', 'redness'], actives: ['exfoliating-acids'], sensitivity: 'diagnosed-controlled' });
    expect(actions(r)).toEqual({ 'exfoliating-acids': 'ask' });
    expect(r.nextSteps[0]).toBe('Ask your dermatologist how to use your exfoliating acids.');
    expect(r.routine.evening.find((s) => s.id === 'active-nights')!.text).toBe(
      'On your acid nights, use it instead of the serum. Your dermatologist decides how often.',
    );
    expect(r.reasons.map((x) => x.text).join(' ')).not.toMatch(/redness/i);
  });

  it('tight skin that sometimes reacts, on acids: reduce, then the serum once comfortable, never the same day', () => {
    const r = reader({ skinNow: 'tight-or-flaky', sensitivity: 'sometimes', actives: ['exfoliating-acids'] });
    expect(r.nextSteps).toEqual([
      'Use your exfoliating acids less often until your skin is comfortable.',
      'Once your skin has been comfortable for a week or two, patch test the serum at home, then add it as shown in your routine.',
      'Give it time: judge it by what to expect, below.',
    ]);
  });

  it('tight skin on a prescription retinoid: the prescriber decides, and the serum waits', () => {
    const r = reader({ skinNow: 'tight-or-flaky', actives: ['prescription-retinoid', 'benzoyl-peroxide'] });
    expect(actions(r)).toEqual({ 'prescription-retinoid': 'ask', 'benzoyl-peroxide': 'reduce' });
    expect(r.nextSteps[0]).toBe('Ask your prescriber whether to use your prescription retinoid less often.');
    expect(r.nextSteps.join(' ')).not.toMatch(/^Add the serum/m);
    // Tretinoin only as "if it is tretinoin".
    expect(r.pairings.conflicts[0]!.text).toBe('If your prescription retinoid is tretinoin, use benzoyl peroxide at another time of day.');
  });

  it('acne scars only: no serum offered, so no serum patch test, no "whole formula", no pairing', () => {
    const r = reader({ concerns: ['acne-scars'], sensitivity: 'often' });
    expect(r.plan.serum).toBe('none');
    expect(r.patchTest!.text).toBe(
      'Patch test at home: try any new product, such as a treatment a dermatologist gives you, on your inner arm twice a day for 7 to 10 days.',
    );
    expect(everything(r)).not.toMatch(/whole formula|pairs well/i);
    expect(r.pairings.pairsWell).toBeNull();
    expect(r.helpsInstead[0]!.text).toMatch(/microneedling \(many fine needle pricks\)/);
  });

  it('just curious, tight and flaky: a choice, and no "balanced skin may enjoy the ritual"', () => {
    const r = reader({ concerns: ['just-curious'], skinNow: 'tight-or-flaky' });
    expect(r.verdict).toBe('optional');
    expect(r.nextSteps).toEqual(['If you would like to try one, add it as shown in your routine.']);
    expect(everything(r)).not.toMatch(/balanced skin/i);
    expect(reader({ concerns: ['just-curious'] }).reasons[0]!.text).toMatch(/balanced skin may enjoy the ritual/);
  });

  it('breakouts, rarely reacts, on benzoyl peroxide: no "a treatment your skin tolerates"', () => {
    const r = reader({ concerns: ['active-breakouts'], actives: ['benzoyl-peroxide'] });
    expect(r.helpsInstead[0]!.text).toBe('Breakouts: a dermatologist can find a treatment that suits your skin.');
    expect(reader({ concerns: ['active-breakouts'], sensitivity: 'often' }).helpsInstead[0]!.text).toBe(
      'Breakouts: a dermatologist can find a treatment your skin tolerates.',
    );
  });

  it('a reader with no supportive actives: one line, a moisturizer and sunscreen are enough; no panthenol or centella', () => {
    const r = reader({ actives: ['none'] });
    expect(r.pairings.pairsWell!.text).toBe('Beside the serum, a plain moisturizer and sunscreen are enough.');
    expect(everything(r)).not.toMatch(/panthenol|centella(?! studies)/i);
  });

  it('sources said exactly: the FDA line names exosome products, the EU ban cites the regulation, each source in full', () => {
    const r = reader({});
    const evidence = r.expectations.find((e) => e.topic === 'evidence')!;
    expect(evidence.text).toContain('No exosome product is FDA-approved');
    expect(everything(r)).not.toMatch(/approved no product/);
    expect(r.buying.find((b) => b.id === 'sourcing')!.text).toMatch(/banned in EU cosmetics/);
    const eu = r.sources.find((s) => s.id === 'eu-cosmetics')!;
    expect(eu.text).toBe(
      'Regulation (EC) No 1223/2009 on cosmetic products, Annex II (substances prohibited in cosmetic products). Official Journal of the European Union, 2009. eur-lex.europa.eu/eli/reg/2009/1223/oj',
    );
    expect(reader({ concerns: ['post-blemish-marks'] }).expectations.find((e) => e.topic === 'marks')!.sources).toEqual([
      'Cho 2020: 21 people, 8 weeks, against a look-alike',
    ]);
  });
});
