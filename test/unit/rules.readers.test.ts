import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, type Answers, type Recommendation } from '../../src/rules/index.js';

const base: Answers = {
  concerns: ['dehydration'],
  actives: ['none'],
  sensitivity: 'rarely',
  skinNow: 'calm',
  expectations: 'weeks',
};
const reader = (change: Partial<Answers>) => recommend({ ...base, ...change });
const stepsOf = (r: Recommendation) => [...r.routine.morning, ...r.routine.evening];
const serumSteps = (r: Recommendation) => stepsOf(r).filter((s) => /exosome serum/i.test(s.text));
const timeOf = (r: Recommendation, active: string) => [
  ...(r.routine.morning.some((s) => s.actives.includes(active as never)) ? ['morning'] : []),
  ...(r.routine.evening.some((s) => s.actives.includes(active as never)) ? ['evening'] : []),
];

/** The readers of issue 8, against docs/rules.md version 2: what each is shown, not only the verdict. */
describe('readers a dermatologist and an editor would check (docs/rules.md v2)', () => {
  it('melasma only, on vitamin C: no serum, no buying, what helps instead, and no marks time frame', () => {
    const r = reader({ concerns: ['stubborn-pigmentation'], actives: ['vitamin-c'] });
    expect([r.verdict, r.referral]).toEqual(['not-the-right-tool', 'dermatologist']);
    expect(serumSteps(r)).toEqual([]);
    expect(r.buying).toEqual([]);
    expect(r.helpsInstead.map((h) => h.concern)).toEqual(['stubborn-pigmentation']);
    expect(r.helpsInstead[0]!.text).toMatch(/sunscreen.*pigment treatment chosen with a dermatologist/);
    expect(r.expectations.filter((e) => e.timeframe)).toEqual([]);
    expect(r.expectations.find((e) => e.topic === 'targeted')!.concerns).toEqual(['stubborn-pigmentation']);
    expect(toPlainText(r)).not.toMatch(/4 to 8 weeks|Cho 2020/);
    expect(timeOf(r, 'vitamin-c')).toEqual(['morning']);
    expect(r.nextSteps[0]).toBe('Start with what helps instead, below.');
    expect(r.sources.map((s) => s.id)).toContain('aad-melasma');
  });

  it('breakouts on benzoyl peroxide and tretinoin: keep the treatment, at different times of day, no serum', () => {
    const r = reader({ concerns: ['active-breakouts'], actives: ['benzoyl-peroxide', 'prescription-retinoid'] });
    expect(r.verdict).toBe('not-the-right-tool');
    expect(serumSteps(r)).toEqual([]);
    expect(r.buying).toEqual([]);
    expect(timeOf(r, 'benzoyl-peroxide')).toEqual(['morning']);
    expect(timeOf(r, 'prescription-retinoid')).toEqual(['evening']);
    expect(r.pairings.conflicts.map((c) => c.actives)).toEqual([['benzoyl-peroxide', 'prescription-retinoid']]);
    // Already treated: what helps instead adds no new strong active.
    expect(r.helpsInstead[0]!.text).not.toMatch(/adapalene/);
    expect(r.nextSteps).toContain('Keep using your benzoyl peroxide and prescription retinoid as directed.');
  });

  it('untreated breakouts are pointed to benzoyl peroxide or adapalene (AAD acne)', () => {
    const r = reader({ concerns: ['active-breakouts'] });
    expect(r.helpsInstead[0]!.text).toMatch(/benzoyl peroxide or adapalene/);
  });

  it('dull, in a hurry: what helps within days first, then the serum "if you give it time"', () => {
    const r = reader({ concerns: ['dullness'], expectations: 'days' });
    expect([r.verdict, r.ifPatient]).toEqual(['not-the-right-tool', 'good-fit']);
    expect(r.summary).toContain('If you can give it 1 to 3 months, the answer is: A good fit.');
    expect(r.summary).not.toMatch(/2 to 3 months/);
    expect(r.nextSteps[0]).toMatch(/moisturizer.*within days/);
    expect(r.routine.kind).toBe('serum');
    expect(r.buying).toHaveLength(5);
    expect(r.helpsInstead).toEqual([]);
    expect(toPlainText(r)).toContain('If you give it time: where it goes');
  });

  it('in a hurry with only targeted concerns: patience would not change it, and no "would be" sentence', () => {
    const r = reader({ concerns: ['acne-scars'], expectations: 'days' });
    expect([r.verdict, r.ifPatient]).toEqual(['not-the-right-tool', 'not-the-right-tool']);
    // Written out, not read from src/rules: a summary that lost this sentence, or
    // a constant that says the opposite, must fail here.
    expect(r.summary).toContain('Giving it more time would not change this answer.');
    expect(r.summary).not.toMatch(/would be|the answer is|1 to 3 months/);
    expect(serumSteps(r)).toEqual([]);
    expect(r.buying).toEqual([]);
    expect(r.helpsInstead[0]!.text).toMatch(/resurfacing or microneedling/);
  });

  it('reacts to most products, skin calm: not told to let skin settle, and told when to come back', () => {
    const r = reader({ sensitivity: 'most-products', actives: ['retinoid'] });
    expect(r.verdict).toBe('not-now');
    expect(`${r.headline} ${r.summary}`).not.toMatch(/settle/i);
    expect(r.headline).toMatch(/routine your skin tolerates/);
    expect(r.routine.notes[0]).toBe('Come back once your skin tolerates this short routine.');
    expect(r.nextSteps).toEqual(['Pause your retinoid.', 'Keep to the calm basics below.']);
    expect(r.patchTest).not.toBeNull();
    expect(serumSteps(r)).toEqual([]);
    expect(r.buying).toEqual([]);
    expect(toPlainText(r)).toMatch(/Pairings, for later/);
  });

  it('scars beside dullness: the care summary names the scars, not sensitivity', () => {
    const r = reader({ concerns: ['dullness', 'acne-scars'] });
    expect([r.verdict, r.referral]).toEqual(['fits-with-care', 'dermatologist']);
    expect(r.summary).toMatch(/a concern that needs its own treatment/);
    expect(r.summary).not.toMatch(/react|gentle|tight/);
    const scars = r.expectations.find((e) => e.concerns.includes('acne-scars'))!;
    expect(scars.timeframe).toBeNull();
    expect(r.buying.find((b) => b.id === 'fragrance-free')!.stressed).toBe(false);
  });

  it('every active at once: each has a place, benzoyl peroxide never meets tretinoin, care said once', () => {
    const actives = ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide', 'vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides'] as const;
    const r = reader({ actives: [...actives] });
    expect(r.verdict).toBe('good-fit');
    for (const x of actives) expect(stepsOf(r).some((s) => s.actives.includes(x)), x).toBe(true);
    expect(timeOf(r, 'benzoyl-peroxide')).toEqual(['morning']);
    expect(timeOf(r, 'prescription-retinoid')).toEqual(['evening']);
    expect(timeOf(r, 'vitamin-c')).toEqual(['morning']);
    expect(r.pairings.withCare).toHaveLength(1);
    expect(r.pairings.withCare[0]!.actives).toEqual(['retinoid', 'prescription-retinoid', 'exfoliating-acids']);
    expect(r.pairings.conflicts.map((c) => c.actives)).toEqual([
      ['retinoid', 'exfoliating-acids'],
      ['benzoyl-peroxide', 'prescription-retinoid'],
      ['retinoid', 'prescription-retinoid'],
    ]);
    expect(toPlainText(r).match(/vitamin C/g)).toHaveLength(1);
  });

  it('flaring eczema after a procedure: the clinic first, and a dermatologist for the flare', () => {
    const r = reader({ skinNow: 'recent-procedure', sensitivity: 'diagnosed-flaring', actives: ['exfoliating-acids'] });
    expect([r.verdict, r.referral]).toEqual(['not-now', 'practitioner']);
    expect(r.referralNote).toMatch(/clinic that treated you/);
    expect(r.nextSteps).toEqual([
      'Follow the aftercare plan you were given.',
      'Have a dermatologist treat the flare, and follow their plan.',
      'Pause your exfoliating acids.',
    ]);
    expect(r.reasons.map((x) => x.rule)).toEqual([1, 2]);
    expect(r.routine.notes[0]).toMatch(/closed, usually about 7 days/);
    // The clinic is named once (it was three times before v2).
    expect(toPlainText(r).match(/\bclinic\b/g)).toHaveLength(1);
  });

  it('the support reason names one or two supportive concerns, with a verb that agrees, and does not list three', () => {
    const reason = (concerns: Answers['concerns']) => reader({ concerns }).reasons.find((x) => x.rule === 9)!;
    expect(reason(['dullness'])).toMatchObject({ option: 'dullness', text: expect.stringMatching(/^Dullness is /) });
    expect(reason(['dullness', 'redness'])).toMatchObject({ option: 'dullness', text: expect.stringMatching(/^Dullness and redness are /) });
    const three = reason(['dullness', 'redness', 'fine-lines']).text;
    expect(three).not.toMatch(/dullness|redness|fine lines/i);
    // Strong actives do not lower the verdict, and the result says why (docs/rules.md).
    expect(reader({ actives: ['retinoid'] }).reasons).toContainEqual(expect.objectContaining({ rule: 9, field: 'actives', option: 'retinoid' }));
    expect(reader({ actives: ['niacinamide'] }).reasons.filter((x) => x.field === 'actives')).toEqual([]);
    // One strong active is named; several are named together.
    const activesReason = (actives: Answers['actives']) => reader({ actives }).reasons.find((x) => x.field === 'actives')!.text;
    expect(activesReason(['retinoid'])).toMatch(/^Your retinoid /);
    expect(activesReason(['retinoid', 'exfoliating-acids'])).toMatch(/^Your strong actives /);
    // A fit with care still says what the serum is for.
    expect(reader({ concerns: ['redness'], sensitivity: 'often' }).reasons).toContainEqual(expect.objectContaining({ rule: 9, option: 'redness' }));
    // Only targeted concerns: no support reason at all (row 6 decides).
    expect(reader({ concerns: ['acne-scars'] }).reasons.filter((x) => x.rule === 9)).toEqual([]);
  });

  it('copies in the order of docs/rules.md, with sources, disclaimer and share link last', () => {
    const r = reader({ concerns: ['dullness', 'acne-scars'], sensitivity: 'often' });
    const text = toPlainText(r, { shareUrl: 'https://blog.example/#q' });
    const headings = ['Next steps', 'Why', 'What to expect, and when', 'Where it goes in your routine', 'Pairings', 'Patch test', 'What to look for when buying', 'Other sources'];
    const at = [r.verdictLabel, r.referralNote!, ...headings.map((h) => `\n${h}\n`), r.disclaimer, 'https://blog.example/#q'].map((x) => text.indexOf(x));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text.trimEnd().endsWith('https://blog.example/#q')).toBe(true);
  });
});
