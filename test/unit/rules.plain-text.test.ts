import { describe, expect, it } from 'vitest';
import { recommend, toPlainText, VERDICTS, type Answers } from '../../src/rules/index.js';

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
    expect(toPlainText(r)).not.toContain('http');
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
    // Centella stands beside hydration; the AAD pages share one line; the article has no address.
    const sources = text.slice(text.indexOf('\n\nSources\n') + 2, text.indexOf('\n\nGeneral information'));
    expect(sources).toBe('Sources\n- AAD: product reactions and patch testing at home (2021)\n- SHINORA article');
  });
});
