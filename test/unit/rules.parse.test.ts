import { describe, expect, it } from 'vitest';
import { describeProblems, parseAnswers } from '../../src/rules/index.js';

const valid = {
  concerns: ['dullness', 'redness'],
  actives: ['niacinamide'],
  sensitivity: 'sometimes',
  skinNow: 'calm',
  expectations: 'weeks',
};

function problemsOf(input: unknown) {
  const parsed = parseAnswers(input);
  if (parsed.ok) throw new Error('expected problems, got valid answers');
  return parsed.problems;
}

describe('parseAnswers', () => {
  it('returns typed answers for a valid set', () => {
    expect(parseAnswers(valid)).toEqual({ ok: true, answers: valid });
  });

  it.each([
    ['an unknown concern id', { ...valid, concerns: ['dullness', 'wrinkles'] }, 'concerns.1', /"wrinkles" is not one of the options/],
    ['an unknown single id', { ...valid, skinNow: 'sunburnt' }, 'skinNow', /"sunburnt" is not one of the options/],
    ['a string where a list belongs', { ...valid, actives: 'niacinamide' }, 'actives', /should be a list of option ids/],
    ['a number where an id belongs', { ...valid, expectations: 3 }, 'expectations', /3 is not one of the options/],
    ['an empty list of concerns', { ...valid, concerns: [] }, 'concerns', /choose at least one option/],
    ['an empty list of actives', { ...valid, actives: [] }, 'actives', /choose at least one option/],
    ['none beside another active', { ...valid, actives: ['none', 'peptides'] }, 'actives', /"none" cannot be combined/],
    ['just-curious beside a concern', { ...valid, concerns: ['redness', 'just-curious'] }, 'concerns', /"just-curious" cannot be combined/],
    ['the same option twice', { ...valid, concerns: ['redness', 'redness'] }, 'concerns', /more than once/],
    ['a missing field', { ...valid, sensitivity: undefined }, 'sensitivity', /is missing/],
    ['an extra field', { ...valid, name: 'Ada' }, 'answers', /unknown field\(s\): name/],
  ])('reports %s as a readable problem', (_, input, field, message) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('reports every problem at once, one per field', () => {
    const problems = problemsOf({ concerns: [], actives: ['none', 'retinoid'] });
    expect(problems.map((p) => p.field).sort()).toEqual(['actives', 'concerns', 'expectations', 'sensitivity', 'skinNow']);
  });

  it('describes problems in one line each, field first, for a console report', () => {
    expect(describeProblems([{ field: 'concerns', message: 'choose at least one option' }, { field: 'skinNow', message: 'is missing' }])).toBe(
      'concerns: choose at least one option; skinNow: is missing',
    );
    expect(describeProblems([])).toBe('');
  });

  it.each([null, undefined, 42, 'answers', [], new Date()])('never throws on %s', (input) => {
    expect(() => parseAnswers(input)).not.toThrow();
    expect(parseAnswers(input).ok).toBe(false);
  });
});
