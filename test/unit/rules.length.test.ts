import { describe, expect, it } from 'vitest';
import { recommend, toPlainText } from '../../src/rules/index.js';
import { sampleAnswers, wordCount } from '../support/answer-space.js';

/** docs/rules.md, "Plain language and length": the median over the answer space is at most 400 words. */
describe('length of the copied text', () => {
  it('has a median of at most 400 words over a fixed sample of the whole space', () => {
    const words = sampleAnswers(2000)
      .map((a) => wordCount(toPlainText(recommend(a))))
      .sort((x, y) => x - y);
    const median = words[words.length / 2]!;
    console.log(`plain-text words over 2,000 answer sets: median ${median}, max ${words.at(-1)}`);
    expect(median).toBeLessThanOrEqual(400);
    expect(words.at(-1)).toBeLessThanOrEqual(600);
  });
});
