import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT } from '../../src/messages/result.js';
import { CITES, SOURCE_IDS } from '../../src/rules/sources.js';
import { sampleAnswers } from '../support/answer-space.js';
import { WHEN, contentSheet, countLines, sameClassSameLines } from '../support/content-sheet.js';

describe('the content sheet (docs/content-sheet.md)', () => {
  it('is up to date with the messages and the rules: run `npm run sheet` when this fails', () => {
    const committed = readFileSync(new URL('../../docs/content-sheet.md', import.meta.url), 'utf8');
    expect(committed).toBe(contentSheet());
  });

  it('says who sees every message of the result, and only those', () => {
    expect(Object.keys(WHEN).sort()).toEqual(Object.keys(RESULT).sort());
  });

  it('every message is seen by some reader, and every source is cited by some message', () => {
    const { lines } = countLines();
    expect(Object.keys(RESULT).filter((id) => !lines.get(id as keyof typeof RESULT))).toEqual([]);
    const cited = new Set(Object.values(CITES).flat());
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('counts by classes of answer sets that show the same sentences (checked on a sample of the whole space)', () => {
    expect(sameClassSameLines(sampleAnswers(3_000, 7))).toEqual([]);
  });
});
