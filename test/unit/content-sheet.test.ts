import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../src/rules/result-text.js';
import { sampleAnswers } from '../support/answer-space.js';
import { LINES, WHEN, contentSheet, sameClassSameLines } from '../support/content-sheet.js';

describe('the content sheet (docs/content-sheet.md)', () => {
  it('is up to date with the catalog and the rules: run `npm run sheet` when this fails', () => {
    const committed = readFileSync(new URL('../../docs/content-sheet.md', import.meta.url), 'utf8');
    expect(committed).toBe(contentSheet());
  });

  it('names every sentence of the catalog, and only those', () => {
    const sentences = Object.entries(catalog).filter(
      ([name, value]) => /^[A-Z0-9_]+$/.test(name) && (typeof value === 'function' || (typeof value === 'string' && value.endsWith('.')) || (Array.isArray(value) && typeof value[0] !== 'string' ? true : Array.isArray(value) && /[.?]$/.test(value[0] as string))),
    );
    expect(sentences.map(([name]) => name).sort()).toEqual(Object.keys(WHEN).sort());
    for (const [name, line] of LINES) expect(line, name).toBeDefined();
  });

  it('counts by classes of answer sets that show the same sentences (checked on a sample of the whole space)', () => {
    expect(sameClassSameLines(sampleAnswers(3_000, 7))).toEqual([]);
  });
});
