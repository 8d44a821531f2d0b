import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, VERDICTS, type Answers } from '../../src/rules/index.js';
import { resultSections, sourceLines } from '../../src/rules/sections.js';
import { BASE_ANSWERS } from '../support/answer-space.js';

const base: Answers = {
  concerns: ['dullness'],
  actives: ['retinoid', 'niacinamide'],
  sensitivity: 'sometimes',
  skinNow: 'calm',
  expectations: 'weeks',
};
const oneOfEach: Record<string, Answers> = {
  'good-fit': base,
  'fits-with-care': { ...base, sensitivity: 'often' },
  optional: { ...base, concerns: ['just-curious'] },
  'not-now': { ...base, skinNow: 'irritated' },
  'not-the-right-tool': { ...base, expectations: 'days' },
};

describe('toPlainText', () => {
  it('covers every verdict', () => {
    expect(Object.keys(oneOfEach).sort()).toEqual([...VERDICTS].sort());
  });

  for (const [verdict, answers] of Object.entries(oneOfEach)) {
    it(`holds the verdict, reasons, routine and disclaimer for ${verdict}, with no markup`, () => {
      const r = recommend(answers);
      expect(r.verdict).toBe(verdict);
      const text = toPlainText(r);
      expect(text).toContain(`\n\n${r.verdictLabel}\n${r.headline}`);
      expect(text).toContain(r.headline);
      for (const reason of r.reasons) expect(text).toContain(`- ${reason.text}`);
      for (const step of [...r.routine.morning, ...r.routine.evening]) expect(text).toContain(step.text);
      expect(text).toContain(r.disclaimer);
      expect(text).not.toMatch(/<[a-z/][^>]*>|\*\*|__|^#/im);
    });
  }

  it('adds the share link only when given', () => {
    const r = recommend(base);
    expect(toPlainText(r)).not.toContain('See this result again');
    expect(toPlainText(r, { shareUrl: 'https://blog.example/post#exosome-quiz=abc' })).toContain(
      'See this result again: https://blog.example/post#exosome-quiz=abc',
    );
  });

  it('numbers the routine steps in order', () => {
    const text = toPlainText(recommend(base));
    expect(text).toMatch(/Morning:\n1\. Rinse, or cleanse gently\.\n2\. Apply the exosome serum\./);
  });
});

describe('toPlainText: each section framed as on screen (docs/rules.md "Plain language and length"; v4)', () => {
  it('a reader with breakouts beside dullness, on both retinoids, acids and niacinamide: every section and its framing', () => {
    const r = recommend({ concerns: ['dullness', 'active-breakouts'], actives: ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'niacinamide'], sensitivity: 'sometimes', skinNow: 'calm', expectations: 'weeks' });
    const text = toPlainText(r);
    expect(text).toContain('\n\nWhat helps instead\n- Breakouts: a dermatologist can find a treatment that suits your skin.\n');
    expect(text).toContain('\n\nWhere it goes in your routine\nMorning:\n1. Rinse, or cleanse gently.\n2. Apply the exosome serum.\n3. Apply your niacinamide.\n');
    expect(text).toContain('\nEvening:\n1. Cleanse gently.\n2. On your retinoid or acid nights, use one a night, instead of the serum.\n3. On other nights, apply the exosome serum.\n4. Moisturize to finish.\n');
    expect(text).toContain(
      '\n\nPairings\nPairs well with the serum: your niacinamide.\nYour retinoids and acids can dry and irritate skin.\nKeep apart:\n- Your retinoid and acids take different nights.\n- Your prescription retinoid and acids take different nights.\n- Your two retinoids do not go together.\nBring in one new product at a time, a week apart.\n',
    );
    expect(text).toContain('\n\nWhat to expect\n- Tone, 4 to 6 weeks: May even out, if at all. (Proffer 2022; Kaufman-Janette 2023)\n');
    expect(text).toContain('\n- Targeted concerns: A serum is unlikely to change your active breakouts.\n');
  });

  it('not now: the calm basics, when to come back, and the sources not already named beside an expectation', () => {
    const r = recommend({ concerns: ['dehydration'], actives: ['vitamin-c', 'hyaluronic-acid'], sensitivity: 'sometimes', skinNow: 'irritated', expectations: 'weeks' });
    const text = toPlainText(r);
    expect(text).toContain(
      '\n\nFor now: the calm basics\nMorning:\n1. Rinse, or cleanse gently.\n2. Moisturize, with your hyaluronic acid.\n3. Finish with sunscreen, SPF 30+.\nEvening:\n1. Cleanse gently.\n2. Moisturize to finish.\nCome back to this quiz once your skin no longer burns or stings.\nThen restart your vitamin C, one at a time, about a week apart.\n',
    );
    expect(text).toContain('\n\nPatch test, later\nPatch test at home: try any new product');
    expect(text).toContain('\n\nWhat to expect, later\n- Hydration, 2 to 4 weeks: May measurably improve. (Centella studies 2025: 20 people each)\n');
    // On screen, each source in full: title, where it was published, year, identifier (v4).
    expect(sourceLines(r)).toContain(
      'Clinical Efficacy and Safety Evaluation of a Centella asiatica (CICA)-Derived Extracellular Vesicle Formulation for Anti-Aging Skincare; and A 28-Day Pilot Study of the Effects on Facial Skin Hydration, Elasticity, and Texture of a Centella asiatica Extracellular Vesicle-Based Skin Care Formulation. Cosmetics, 2025. doi:10.3390/cosmetics12040135; mdpi.com/2079-9284/12/5/186',
    );
    // Centella stands beside hydration; the AAD pages share one line; the article has no address.
    const sources = text.slice(text.indexOf('\n\nSources\n') + 2, text.indexOf('\n\nGeneral information'));
    expect(sources).toBe('Sources\n- AAD: product reactions and patch testing at home (2021)\n- SHINORA article');
  });
});

describe('the sections as a reader finds them: present, titled and open at first (sections.ts; docs/rules.md "Plain language and length")', () => {
  const calm = BASE_ANSWERS;
  const sections = (change: Partial<Answers>) => resultSections(recommend({ ...calm, ...change })).map((s) => [s.id, s.title, s.open]);

  it('a good fit: what to expect open, the rest closed; a buying list, no patch test for skin that rarely reacts, nothing "instead"', () => {
    expect(sections({})).toEqual([
      ['why', 'Why', false],
      ['expect', 'What to expect', true],
      ['routine', 'Where it goes in your routine', false],
      ['pairings', 'Pairings', false],
      ['buying', 'When buying, look for', false],
      ['sources', 'Sources', false],
    ]);
  });

  it('not the right tool for acne scars: what helps instead, open beside what to expect; the routine without a serum; no buying list', () => {
    expect(sections({ concerns: ['acne-scars'], sensitivity: 'sometimes' })).toEqual([
      ['why', 'Why', false],
      ['expect', 'What to expect', true],
      ['instead', 'What helps instead', true],
      ['routine', 'Your routine, without a serum', false],
      ['pairings', 'Pairings', false],
      ['patch', 'Patch test', false],
      ['sources', 'Sources', false],
    ]);
  });

  it('not now: what to expect and pairings framed "later", the calm basics, no buying list', () => {
    expect(sections({ skinNow: 'irritated' })).toEqual([
      ['why', 'Why', false],
      ['expect', 'What to expect, later', true],
      ['routine', 'For now: the calm basics', false],
      ['pairings', 'Pairings, for later', false],
      ['sources', 'Sources', false],
    ]);
  });

  it('in a hurry: the routine, pairings and patch test framed "if you give it time"', () => {
    expect(sections({ concerns: ['dullness'], sensitivity: 'often', expectations: 'days' })).toEqual([
      ['why', 'Why', false],
      ['expect', 'What to expect', true],
      ['routine', 'If you give it time: your routine', false],
      ['pairings', 'Pairings, for later', false],
      ['patch', 'Patch test, later', false],
      ['buying', 'When buying, look for', false],
      ['sources', 'Sources', false],
    ]);
  });
});

describe('toPlainText: no empty heading, no stray line', () => {
  const calm = BASE_ANSWERS;

  it('with no referral and no caution, the summary is followed by the next steps, and no "Take care" heading stands alone', () => {
    const r = recommend(calm);
    expect([r.referralNote, r.cautions]).toEqual([null, []]);
    const text = toPlainText(r);
    expect(text).toContain(`\n${r.summary}\n\nNext steps\n1. `);
    expect(text).not.toContain('Take care');
  });

  it('with no serum offered and no conflict, pairings hold only the one-at-a-time line', () => {
    const text = toPlainText(recommend({ ...calm, concerns: ['acne-scars'] }));
    expect(text).toContain('\n\nPairings\nBring in one new product at a time, a week apart.\n\n');
  });

  it('with a serum and no conflict, pairings end without a "Keep apart" list', () => {
    const text = toPlainText(recommend(calm));
    expect(text).toContain('\n\nPairings\nBeside the serum, a plain moisturizer and sunscreen are enough.\nBring in one new product at a time, a week apart.\n\n');
  });

  it('ends with the disclaimer, or the share line, and one line break', () => {
    const r = recommend(calm);
    expect(toPlainText(r).split('\n\n').at(-1)).toBe(`${r.disclaimer}\n`);
    const shared = toPlainText(r, { shareUrl: 'https://blog.example/post#exosome-quiz=abc' }).split('\n\n');
    expect(shared.slice(-2)).toEqual([r.disclaimer, 'See this result again: https://blog.example/post#exosome-quiz=abc\n']);
  });
});
