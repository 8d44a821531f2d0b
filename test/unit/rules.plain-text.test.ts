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
