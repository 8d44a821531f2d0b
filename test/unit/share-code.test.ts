import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, type Answers } from '../../src/rules/index.js';
import {
  SHARE_CODE_LENGTH,
  decodeAnswers,
  decodePartial,
  encodeAnswers,
  readShareFragment,
  shareFragment,
  shareKey,
} from '../../src/persistence/share-code.js';
import { ALL_CONCERN_SETS, answerSpace } from '../support/answer-space.js';
import { MUTATION, runs, sweep } from '../support/budget.js';
import { anyAnswers, bitFlippedCode, hostileString, mutatedCode, shareFormat } from '../support/arbitraries.js';

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
    const actives: Answers['actives'][] = [['none'], ['benzoyl-peroxide'], ['retinoid', 'prescription-retinoid', 'exfoliating-acids', 'benzoyl-peroxide', 'vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides']];
    const concernSets = sweep(ALL_CONCERN_SETS);
    for (const a of answerSpace(concernSets, actives)) {
      const code = encodeAnswers(a);
      seen.add(code);
      count++;
      const back = decodeAnswers(code);
      if (!back.ok || JSON.stringify(back.answers) !== JSON.stringify(a)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(count);
    expect(count).toBe(concernSets.length * 3 * 72);
  });

  it('round-trip any answer set', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: a });
      }),
      { numRuns: runs(2_000) },
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

  it('the test-side format reads and writes the codes the encoder writes', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const code = encodeAnswers(a);
        expect(shareFormat.code(shareFormat.bits(code))).toBe(code);
      }),
    );
  });

  it('never throw on mutated codes or any string; reach every branch; what they accept is a valid answer set that round-trips', () => {
    // Each generator aims at some branches: bit flips signed again reach the answers
    // (accepted, "do not exist", "unfinished"); raw edits the check; the rest the shape.
    const tally = new Map<string, number>();
    const accepted = { 'bit flips': 0, 'raw edits': 0, 'any string': 0 };
    const tried = { 'bit flips': 0, 'raw edits': 0, 'any string': 0 };
    const branch = (problem: string) =>
      ['is empty', 'not of version', 'characters long', 'not allowed', 'does not check out', 'do not exist', 'unfinished'].find((p) => problem.includes(p)) ?? problem;
    const source = fc.oneof(
      { weight: 3, arbitrary: bitFlippedCode(encodeAnswers).map((code) => ['bit flips', code] as const) },
      { weight: 2, arbitrary: mutatedCode(encodeAnswers).map((code) => ['raw edits', code] as const) },
      { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom('', '0AAAAAA', '1AAAA', '1AAAAAAA')).map((code) => ['any string', code] as const) },
    );
    fc.assert(
      fc.property(source, ([kind, code]) => {
        tried[kind]++;
        const decoded = decodeAnswers(code);
        const key = decoded.ok ? 'accepted' : branch(decoded.problem);
        tally.set(key, (tally.get(key) ?? 0) + 1);
        if (!decoded.ok) {
          expect(decoded.problem).toMatch(/^the code /);
          return;
        }
        accepted[kind]++;
        // What is accepted is a complete, valid answer set whose own code is this code.
        expect(parseAnswers(decoded.answers)).toEqual({ ok: true, answers: decoded.answers });
        expect(encodeAnswers(decoded.answers)).toBe(code);
        expect(decodePartial(code)).toEqual(decoded);
      }),
      { numRuns: runs(20_000) },
    );
    const share = (kind: keyof typeof tried) => `${kind} ${accepted[kind]} of ${tried[kind]} (${((100 * accepted[kind]) / tried[kind]).toFixed(1)} %)`;
    console.log(`share codes accepted: ${share('bit flips')}, ${share('raw edits')}, ${share('any string')}; by branch: ${JSON.stringify(Object.fromEntries(tally))}`);
    if (MUTATION) return;
    for (const b of ['accepted', 'is empty', 'not of version', 'characters long', 'not allowed', 'does not check out', 'do not exist', 'unfinished']) {
      expect(tally.get(b), b).toBeGreaterThan(0);
    }
    expect(accepted['bit flips'] / tried['bit flips']).toBeGreaterThan(0.1);
    expect(tally.size).toBe(8);
  });

  it('refuse a code with only its top bit set, which the format keeps at 0', () => {
    expect(decodePartial(shareFormat.code(2 ** 29))).toMatchObject({ ok: false, problem: expect.stringContaining('do not exist') });
    expect(decodePartial(shareFormat.code(2 ** 29 - 1)).ok).toBe(false);
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

  it("take only a leading # off, so the rest keeps the host's own text", () => {
    expect(readShareFragment(`top#x&exosome-quiz=${GOOD_FIT_CODE}`, key)).toEqual({ kind: 'answers', answers: goodFit, rest: 'top#x' });
  });

  it("leave the host's own anchors and other quizzes' entries alone", () => {
    for (const hash of ['', '#', '#comments', '#exosome-quiz', `#exosome-quiz.other=${GOOD_FIT_CODE}`, `#exosome-quizzes=${GOOD_FIT_CODE}`]) {
      expect(readShareFragment(hash, key), hash).toEqual({ kind: 'none' });
    }
  });

  it('never throw on any fragment; read this quiz entry, refuse a broken one, ignore the rest', () => {
    const tally = { none: 0, answers: 0, bad: 0 };
    const entry = fc.oneof(bitFlippedCode(encodeAnswers), mutatedCode(encodeAnswers), hostileString).map((code) => `${key}=${code}`);
    const fragment = fc
      .tuple(fc.array(fc.oneof(entry, hostileString, fc.constant(`${key}.other=${GOOD_FIT_CODE}`)), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([entries, hash]) => `${hash ? '#' : ''}${entries.join('&')}`);
    fc.assert(
      fc.property(fragment, (hash) => {
        const read = readShareFragment(hash, key);
        tally[read.kind]++;
        const ours = hash.replace(/^#/, '').split('&').filter((e) => e.startsWith(`${key}=`));
        if (read.kind === 'none') expect(ours).toEqual([]);
        else {
          // The first entry of this quiz is used; the rest of the fragment stays as it was.
          expect(ours.length).toBeGreaterThan(0);
          expect(read.rest.split('&').length).toBe(hash.replace(/^#/, '').split('&').length - 1 || 1);
        }
        if (read.kind === 'answers') expect(parseAnswers(read.answers).ok).toBe(true);
      }),
      { numRuns: runs(5_000) },
    );
    console.log(`share fragments: ${JSON.stringify(tally)} of ${runs(5_000)}`);
    if (!MUTATION) expect(Math.min(tally.none, tally.answers, tally.bad)).toBeGreaterThan(0);
  });
});
