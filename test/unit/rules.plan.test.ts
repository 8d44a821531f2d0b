import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/rules/index.js';
import { decide } from '../../src/rules/decide.js';
import { planFor } from '../../src/rules/plan.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const base = BASE_ANSWERS;
const reader = (change: Partial<Answers>) => {
  const a = { ...base, ...change };
  const d = decide(a);
  return { d, plan: planFor(a, d) };
};
const actions = (change: Partial<Answers>) => Object.fromEntries(reader(change).plan.actives.map((x) => [x.active, `${x.action}@${x.time}`]));

/** The first two steps on their own: the decision (docs/rules.md rows) and the plan (v3). */
describe('decide: rows, referral and ifPatient', () => {
  it('every matching row counts, the first decides, and the referral is the first one carried', () => {
    const { d } = reader({ skinNow: 'recent-procedure', sensitivity: 'diagnosed-flaring', expectations: 'days' });
    expect(d).toEqual({ verdict: 'not-now', referral: 'practitioner', deciding: 1, rows: [1, 2, 5] });
  });
  it('row 5 carries the verdict rows 6 to 9 give, and row 9 joins when that verdict supports a serum', () => {
    expect(reader({ expectations: 'days' }).d).toEqual({ verdict: 'not-the-right-tool', referral: 'none', deciding: 5, rows: [5, 9], ifPatient: 'good-fit' });
    expect(reader({ expectations: 'days', concerns: ['acne-scars'] }).d.ifPatient).toBe('not-the-right-tool');
    expect(reader({ expectations: 'days', concerns: ['just-curious'] }).d.ifPatient).toBe('optional');
  });
  it('row 8 refers to a dermatologist for a condition or a targeted concern, not for tight skin alone', () => {
    expect(reader({ skinNow: 'tight-or-flaky' }).d.referral).toBe('none');
    expect(reader({ sensitivity: 'diagnosed-controlled' }).d.referral).toBe('dermatologist');
    expect(reader({ concerns: ['dullness', 'acne-scars'] }).d.referral).toBe('dermatologist');
  });
});

describe('planFor: one plan per reader', () => {
  it('not now: strong actives, vitamin C, niacinamide and peptides paused; hyaluronic acid and ceramides kept (v4)', () => {
    expect(actions({ skinNow: 'irritated', actives: ['retinoid', 'vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides'] })).toEqual({
      retinoid: 'pause@null',
      'vitamin-c': 'pause@null',
      niacinamide: 'pause@null',
      'hyaluronic-acid': 'keep@morning',
      peptides: 'pause@null',
      ceramides: 'keep@morning',
    });
  });
  it('after a procedure the moisturizing ingredients stay, and every not-now row adds its come-back condition', () => {
    const { plan } = reader({ skinNow: 'recent-procedure', sensitivity: 'most-products', actives: ['niacinamide', 'hyaluronic-acid', 'ceramides'] });
    expect(plan.actives).toEqual([
      { active: 'niacinamide', action: 'pause', time: null },
      { active: 'hyaluronic-acid', action: 'keep', time: 'morning' },
      { active: 'ceramides', action: 'keep', time: 'morning' },
    ]);
    expect(plan.comeBack).toEqual(['healed', 'basics-tolerated']);
    expect(plan.serum).toBe('none');
  });
  it('diagnosed skin decides with the dermatologist: acids, benzoyl peroxide and both retinoids are asked about (v4)', () => {
    expect(actions({ sensitivity: 'diagnosed-controlled', actives: ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide', 'niacinamide'] })).toEqual({
      retinoid: 'ask@evening',
      'prescription-retinoid': 'ask@evening',
      'exfoliating-acids': 'ask@evening',
      'benzoyl-peroxide': 'ask@morning',
      niacinamide: 'keep@morning',
    });
  });
  it('tight, flaky skin that reacts pauses its non-prescription strong actives; a prescription stays the prescriber\'s (v4)', () => {
    const rosacea: Partial<Answers> = { sensitivity: 'diagnosed-controlled', skinNow: 'tight-or-flaky', actives: ['retinoid', 'exfoliating-acids', 'benzoyl-peroxide'] };
    expect(actions(rosacea)).toEqual({ retinoid: 'pause@null', 'exfoliating-acids': 'pause@null', 'benzoyl-peroxide': 'pause@null' });
    expect(actions({ sensitivity: 'often', skinNow: 'tight-or-flaky', actives: ['retinoid', 'prescription-retinoid'] })).toEqual({
      retinoid: 'pause@null',
      'prescription-retinoid': 'ask@evening',
    });
    // Rarely or sometimes: reduce, as before.
    expect(actions({ sensitivity: 'sometimes', skinNow: 'tight-or-flaky', actives: ['exfoliating-acids'] })).toEqual({ 'exfoliating-acids': 'reduce@evening' });
  });
  it('a diagnosed reader\'s redness is not among what a serum is for (v4)', () => {
    const { plan } = reader({ sensitivity: 'diagnosed-controlled', concerns: ['redness', 'dullness'] });
    expect(plan.support).toEqual(['dullness']);
    expect(plan.conditionRedness).toBe(true);
    expect(reader({ concerns: ['dullness', 'redness'] }).plan.support).toEqual(['dullness', 'redness']);
  });
  it('tight, flaky skin: strong actives reduced, a prescription retinoid is the prescriber\'s call, two retinoids choose one', () => {
    expect(actions({ skinNow: 'tight-or-flaky', actives: ['exfoliating-acids', 'benzoyl-peroxide'] })).toEqual({
      'exfoliating-acids': 'reduce@evening',
      'benzoyl-peroxide': 'reduce@morning',
    });
    expect(actions({ skinNow: 'tight-or-flaky', actives: ['prescription-retinoid'] })).toEqual({ 'prescription-retinoid': 'ask@evening' });
    expect(actions({ skinNow: 'tight-or-flaky', actives: ['retinoid', 'prescription-retinoid'] })).toEqual({
      retinoid: 'choose-one@evening',
      'prescription-retinoid': 'choose-one@evening',
    });
  });
  it('the serum: now, only with patience, or not at all', () => {
    expect(reader({}).plan.serum).toBe('now');
    expect(reader({ expectations: 'days' }).plan.serum).toBe('if-patient');
    expect(reader({ concerns: ['acne-scars'] }).plan.serum).toBe('none');
    expect(reader({ skinNow: 'irritated' }).plan.serum).toBe('none');
  });
  it('what helps instead for every verdict but not now; breakout products only for calm skin that rarely or sometimes reacts', () => {
    expect(reader({ concerns: ['dullness', 'acne-scars'] }).plan.instead).toEqual(['acne-scars']);
    expect(reader({ concerns: ['dullness', 'acne-scars'], skinNow: 'irritated' }).plan.instead).toEqual([]);
    expect(reader({ sensitivity: 'sometimes' }).plan.breakoutProducts).toBe(true);
    expect(reader({ sensitivity: 'often' }).plan.breakoutProducts).toBe(false);
    expect(reader({ skinNow: 'tight-or-flaky' }).plan.breakoutProducts).toBe(false);
  });
  it('cautions: pregnancy for any retinoid user, help for irritated skin, allergy testing for skin that reacts to most products', () => {
    expect(reader({ actives: ['prescription-retinoid'] }).plan.cautions).toEqual(['pregnancy']);
    expect(reader({ skinNow: 'irritated', sensitivity: 'most-products', actives: ['retinoid'] }).plan.cautions).toEqual(['pregnancy', 'get-help', 'allergy-test']);
    expect(reader({ actives: ['vitamin-c'] }).plan.cautions).toEqual([]);
  });
  it('care: the reasons row 8 matched, in order', () => {
    expect(reader({ sensitivity: 'diagnosed-controlled', skinNow: 'tight-or-flaky', concerns: ['dullness', 'acne-scars'] }).plan.care).toEqual([
      'condition',
      'tight',
      'targeted',
    ]);
    expect(reader({ sensitivity: 'often', skinNow: 'irritated' }).plan.care).toEqual(['reacts']);
  });
});
