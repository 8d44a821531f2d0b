import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend, type Answers } from '../../src/rules/index.js';
import {
  SHARE_CODE_LENGTH,
  decodeAnswers,
  decodePartial,
  encodeAnswers,
  readShareFragment,
  shareFragment,
  shareKey,
} from '../../src/persistence/share-code.js';
import { ALL_CONCERN_SETS, COVERING_ACTIVE_SETS, answerSpace } from '../support/answer-space.js';
import { anyAnswers, hostileString, mutatedCode } from '../support/arbitraries.js';

/** The code of goodFit below, as shipped: it must never change within version 1. */
const GOOD_FIT_CODE = '1DgQAIm';
const goodFit: Answers = {
  concerns: ['dullness', 'dehydration'],
  actives: ['retinoid', 'niacinamide'],
  sensitivity: 'rarely',
  skinNow: 'calm',
  expectations: 'weeks',
};

describe('share codes (every answer set: npm run verify:all)', () => {
  it('are seven URL-safe characters, version first', () => {
    const code = encodeAnswers(goodFit);
    expect(code).toMatch(/^1[A-Za-z0-9_-]{6}$/);
    expect(code).toHaveLength(SHARE_CODE_LENGTH);
  });

  it('stay the same across releases for a known answer set (a shipped link keeps working)', () => {
    expect(encodeAnswers(goodFit)).toBe(GOOD_FIT_CODE);
  });

  it('hold unfinished answers too (saved progress), which are no share link', () => {
    const partial = { concerns: ['redness'], actives: [], sensitivity: null, skinNow: 'calm', expectations: null } as const;
    const code = encodeAnswers({ ...partial, concerns: [...partial.concerns], actives: [] });
    expect(decodePartial(code)).toEqual({ ok: true, answers: partial });
    expect(decodeAnswers(code)).toMatchObject({
      ok: false,
      problem: 'the code holds unfinished answers (actives, sensitivity, expectations not answered)',
    });
  });

  it('round-trip every concern set against a spread of actives, and codes never collide', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    let count = 0;
    const actives = [COVERING_ACTIVE_SETS[0]!, COVERING_ACTIVE_SETS[5]!, COVERING_ACTIVE_SETS.at(-1)!];
    for (const a of answerSpace(ALL_CONCERN_SETS, actives)) {
      const code = encodeAnswers(a);
      seen.add(code);
      count++;
      const back = decodeAnswers(code);
      if (!back.ok || JSON.stringify(back.answers) !== JSON.stringify(a)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(count);
    expect(count).toBe(1024 * 3 * 72);
  });

  it('round-trip any answer set to the same recommendation', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const decoded = decodeAnswers(encodeAnswers(a));
        expect(decoded).toEqual({ ok: true, answers: a });
        if (decoded.ok) expect(recommend(decoded.answers)).toEqual(recommend(a));
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuse any single changed character with a readable problem', () => {
    const code = encodeAnswers(goodFit);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < code.length; i++) {
      for (const char of alphabet) {
        if (char === code[i]) continue;
        const changed = code.slice(0, i) + char + code.slice(i + 1);
        const decoded = decodeAnswers(changed);
        expect(decoded.ok, changed).toBe(false);
      }
    }
  });

  it('never throw on mutated codes or any string; what they accept is a valid answer set that round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCode(encodeAnswers), hostileString), (code) => {
        const decoded = decodeAnswers(code);
        if (decoded.ok) expect(encodeAnswers(decoded.answers)).toBe(code);
        else expect(decoded.problem).toMatch(/^the code /);
      }),
      { numRuns: 20_000 },
    );
  });

  it('explain old versions, wrong lengths and stray characters', () => {
    expect(decodeAnswers('')).toEqual({ ok: false, problem: 'the code is empty' });
    expect(decodeAnswers(`0${GOOD_FIT_CODE.slice(1)}`)).toMatchObject({ ok: false, problem: expect.stringContaining('not of version 1') });
    expect(decodeAnswers(GOOD_FIT_CODE.slice(0, 6))).toMatchObject({ ok: false, problem: expect.stringContaining('7 characters') });
    expect(decodeAnswers(`${GOOD_FIT_CODE.slice(0, 3)}.${GOOD_FIT_CODE.slice(4)}`)).toMatchObject({ ok: false, problem: expect.stringContaining('not allowed') });
    // Right length and check, impossible answers: no concern chosen.
    const problems = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].map((c) => {
      const decoded = decodeAnswers(`1AAAAA${c}`);
      return decoded.ok ? 'accepted' : decoded.problem;
    });
    expect(problems.filter((p) => p.includes('does not check out'))).toHaveLength(63);
    expect(problems.find((p) => !p.includes('does not check out'))).toContain('concerns');
  });
});

describe('share fragments', () => {
  const key = shareKey('');

  it('name the quiz by its id, so quizzes on one page keep apart', () => {
    expect(shareKey('')).toBe('exosome-quiz');
    expect(shareKey('skin quiz')).toBe('exosome-quiz.skin%20quiz');
    expect(shareFragment('exosome-quiz.a', goodFit)).toBe(`exosome-quiz.a=${GOOD_FIT_CODE}`);
  });

  it('read this quiz entry and keep the rest', () => {
    expect(readShareFragment(`#exosome-quiz=${GOOD_FIT_CODE}`, key)).toEqual({ kind: 'answers', answers: goodFit, rest: '' });
    expect(readShareFragment(`#top&exosome-quiz=${GOOD_FIT_CODE}`, key)).toEqual({ kind: 'answers', answers: goodFit, rest: 'top' });
    expect(readShareFragment(`#exosome-quiz=${GOOD_FIT_CODE.slice(0, 6)}${GOOD_FIT_CODE[6] === 'A' ? 'B' : 'A'}`, key)).toMatchObject({ kind: 'bad', rest: '' });
  });

  it("leave the host's own anchors and other quizzes' entries alone", () => {
    for (const hash of ['', '#', '#comments', '#exosome-quiz', `#exosome-quiz.other=${GOOD_FIT_CODE}`, `#exosome-quizzes=${GOOD_FIT_CODE}`]) {
      expect(readShareFragment(hash, key), hash).toEqual({ kind: 'none' });
    }
  });

  it('never throw on any fragment', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, hostileString.map((s) => `#${key}=${s}`)), (hash) => {
        const read = readShareFragment(hash, key);
        expect(['none', 'answers', 'bad']).toContain(read.kind);
      }),
      { numRuns: 20_000 },
    );
  });
});
