import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine } from '../../src/quiz/machine.js';
import { progressOf } from '../../src/persistence/resume.js';
import { resumedSnapshot as snapshotOf } from '../support/walk.js';
import { LOCAL_MAX_AGE_MS, readProgress, type SavedProgress } from '../../src/persistence/saved-progress.js';
import type { DraftAnswers, Screen } from '../../src/quiz/draft.js';
import { ANSWER_FIELDS, type Answers } from '../../src/rules/index.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import { anyAnswers, bitFlippedCode, hostileString, mutatedCode } from '../support/arbitraries.js';
import { MUTATION, runs } from '../support/budget.js';
import { answerAll as eventsFor } from '../support/walk.js';

const now = Date.UTC(2026, 10, 25);
/** The quiz started from saved progress, as the element starts it: the progress is the machine's input. */
const resumed = (resume: Pick<SavedProgress, 'screen' | 'draft'>) => createActor(quizMachine, { input: { resume } }).start();
const onActives: SavedProgress = {
  at: now - 1000,
  screen: 'actives',
  draft: { concerns: ['redness'], actives: ['niacinamide'], sensitivity: null, skinNow: null, expectations: null },
};
/** As storage holds it. */
const stored = ({ at, screen, draft }: SavedProgress) => JSON.stringify({ at, screen, code: encodeAnswers(draft) });

function answerAll(a: Answers) {
  const actor = createActor(quizMachine, { input: undefined }).start();
  for (const event of eventsFor(a)) actor.send(event);
  return actor;
}

const SCREENS: readonly Screen[] = ['intro', ...ANSWER_FIELDS, 'result'];

/** What storage holds for a reader on `screen`: the fields before it answered, the rest not yet. */
const storedValue = fc
  .tuple(anyAnswers, fc.constantFrom(...SCREENS), fc.integer({ min: 0, max: 60 * 24 * 3600 * 1000 }))
  .map(([a, screen, age]) => {
    const upTo = screen === 'result' ? ANSWER_FIELDS.length : Math.max(0, ANSWER_FIELDS.indexOf(screen as never));
    const keep = (field: (typeof ANSWER_FIELDS)[number]) => ANSWER_FIELDS.indexOf(field) < upTo;
    const draft: DraftAnswers = {
      concerns: keep('concerns') ? a.concerns : [],
      actives: keep('actives') ? a.actives : [],
      sensitivity: keep('sensitivity') ? a.sensitivity : null,
      skinNow: keep('skinNow') ? a.skinNow : null,
      expectations: keep('expectations') ? a.expectations : null,
    };
    return { at: now - age, screen, code: encodeAnswers(draft) };
  });

/**
 * Valid stored values, each changed in one way that may or may not still be
 * valid: another date, another screen, a code with bits flipped (signed
 * again) or characters edited, a field dropped, added or of another type,
 * the JSON cut or spaced out; and strings of any kind.
 */
const mutatedStoredValue = fc.oneof(
  storedValue.map((v) => ['valid, spaced out', JSON.stringify(v, null, 2)] as const),
  fc.tuple(storedValue, fc.oneof(fc.integer({ min: -1e3, max: now + 1e3 }), fc.double(), fc.constant(now))).map(([v, at]) => ['another date', JSON.stringify({ ...v, at })] as const),
  fc.tuple(storedValue, fc.constantFrom(...SCREENS)).map(([v, screen]) => ['another screen', JSON.stringify({ ...v, screen })] as const),
  fc.tuple(storedValue, bitFlippedCode(encodeAnswers)).map(([v, code]) => ['another code', JSON.stringify({ ...v, code })] as const),
  fc.tuple(storedValue, mutatedCode(encodeAnswers)).map(([v, code]) => ['an edited code', JSON.stringify({ ...v, code })] as const),
  fc.tuple(storedValue, fc.constantFrom('at', 'screen', 'code'), fc.anything()).map(([v, key, value]) => ['a field changed', JSON.stringify({ ...v, [key]: value })] as const),
  fc.tuple(storedValue, fc.constantFrom('at', 'screen', 'code')).map(([v, key]) => ['a field dropped', JSON.stringify({ ...v, [key]: undefined })] as const),
  storedValue.map((v) => ['a field added', JSON.stringify({ ...v, v: 1 })] as const),
  fc.tuple(storedValue, fc.nat()).map(([v, cut]) => { const text = JSON.stringify(v); return ['cut', text.slice(0, cut % text.length)] as const; }),
  fc.oneof(hostileString, fc.json()).map((raw) => ['any string', raw] as const),
);

describe('saved progress', () => {
  it('is nothing worth keeping on a fresh intro', () => {
    expect(progressOf(createActor(quizMachine, { input: undefined }).start().getSnapshot(), now)).toBe(null);
  });

  it('comes back to the same step with the same answers', () => {
    const read = readProgress(stored(onActives), now);
    expect(read).toEqual({ kind: 'saved', progress: onActives });
    const actor = resumed(onActives);
    expect(actor.getSnapshot().value).toEqual({ question: 'actives' });
    expect(actor.getSnapshot().context.draft).toEqual(onActives.draft);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toEqual({ question: 'concerns' });
  });

  it('round-trips any finished quiz to its result', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const saved = progressOf(answerAll(a).getSnapshot(), now)!;
        expect(saved).toEqual({ at: now, screen: 'result', code: encodeAnswers(a) });
        const read = readProgress(JSON.stringify(saved), now);
        expect(read.kind).toBe('saved');
        if (read.kind !== 'saved') return;
        const snapshot = resumed(read.progress).getSnapshot();
        expect(snapshot.value).toBe('result');
        expect(snapshot.context.answers).toEqual(a);
      }),
      { numRuns: runs(500) },
    );
  });

  it('is nothing when storage holds nothing', () => {
    expect(readProgress(null, now)).toEqual({ kind: 'none' });
  });

  it('expires silently after 30 days when asked to', () => {
    // 30 days written out, not read from the implementation's constant.
    const days = (n: number) => n * 24 * 60 * 60 * 1000;
    expect(LOCAL_MAX_AGE_MS).toBe(days(30));
    const old = stored({ ...onActives, at: now - days(30) - 1 });
    expect(readProgress(old, now, LOCAL_MAX_AGE_MS)).toEqual({ kind: 'none' });
    expect(readProgress(stored({ ...onActives, at: now - days(29) }), now, LOCAL_MAX_AGE_MS).kind).toBe('saved');
    // Exactly 30 days old is still kept; a millisecond more is not.
    expect(readProgress(stored({ ...onActives, at: now - days(30) }), now, LOCAL_MAX_AGE_MS).kind).toBe('saved');
    expect(readProgress(old, now).kind).toBe('saved');
  });

  it('takes any date from 1970 up to now', () => {
    expect(readProgress(stored({ ...onActives, at: 0 }), now).kind).toBe('saved');
    expect(readProgress(stored({ ...onActives, at: now }), now).kind).toBe('saved');
    expect(readProgress(stored({ ...onActives, at: -1 }), now)).toEqual({ kind: 'bad', problem: 'its date is impossible' });
  });

  it('keeps progress on the intro and on the result', () => {
    const intro = { ...onActives, screen: 'intro' as const };
    expect(readProgress(stored(intro), now)).toEqual({ kind: 'saved', progress: intro });
    const done: SavedProgress = { at: now - 1, screen: 'result', draft: { concerns: ['redness'], actives: ['none'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' } };
    expect(readProgress(stored(done), now)).toEqual({ kind: 'saved', progress: done });
  });

  it('refuses stale or corrupt values with one readable problem', () => {
    const good = JSON.parse(stored(onActives));
    const bad = (value: unknown) => readProgress(typeof value === 'string' ? value : JSON.stringify(value), now);
    expect(bad('{not json')).toEqual({ kind: 'bad', problem: 'it is not JSON' });
    expect(bad({ ...good, code: `0${good.code.slice(1)}` })).toMatchObject({ kind: 'bad', problem: expect.stringContaining('not of version 1') });
    expect(bad({ ...good, code: `${good.code.slice(0, 6)}${good.code[6] === 'A' ? 'B' : 'A'}` })).toMatchObject({ kind: 'bad', problem: expect.stringContaining('does not check out') });
    expect(bad({ ...good, at: now + 60_000 })).toEqual({ kind: 'bad', problem: 'its date is impossible' });
    expect(bad({ ...good, screen: 'skinNow' })).toMatchObject({ kind: 'bad', problem: expect.stringContaining('"sensitivity" is not answered') });
    expect(bad({ ...good, code: encodeAnswers({ ...onActives.draft, concerns: ['redness', 'just-curious'] }) })).toMatchObject({ kind: 'bad', problem: expect.stringContaining('do not exist') });
    expect(bad({ ...good, screen: 'the-end' })).toMatchObject({ kind: 'bad', problem: expect.stringMatching(/^screen: /) });
    expect(bad({ ...good, at: 'yesterday' })).toMatchObject({ kind: 'bad', problem: expect.stringMatching(/^at: \S/) });
    // A problem with the value as a whole is named as such.
    expect(bad([])).toMatchObject({ kind: 'bad', problem: expect.stringMatching(/^value: \S/) });
    expect(bad({ ...good, extra: 1 }).kind).toBe('bad');
    expect(bad({ v: 0, ...good }).kind).toBe('bad');
    expect(bad(null).kind).toBe('bad');
  });

  it('never throws on any stored value; reaches every branch; accepts only progress the quiz could have saved', () => {
    const tally = new Map<string, number>();
    const tried = new Map<string, [number, number]>();
    const branch = (problem: string) =>
      ['not JSON', 'date is impossible', 'the code', 'is not answered'].find((p) => problem.includes(p)) ?? 'the schema';
    fc.assert(
      fc.property(mutatedStoredValue, fc.boolean(), ([kind, raw], expire) => {
        const read = readProgress(raw, now, expire ? LOCAL_MAX_AGE_MS : Infinity);
        const key = read.kind === 'bad' ? branch(read.problem) : read.kind;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        const [seen, kept] = tried.get(kind) ?? [0, 0];
        tried.set(kind, [seen + 1, kept + (read.kind === 'saved' ? 1 : 0)]);
        if (read.kind !== 'saved') return;
        const { at, screen, draft } = read.progress;
        // Only progress the quiz could have saved: a past date, every field before the screen answered.
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(now);
        const upTo = screen === 'result' ? ANSWER_FIELDS.length : Math.max(0, ANSWER_FIELDS.indexOf(screen as never));
        for (const field of ANSWER_FIELDS.slice(0, upTo)) {
          const value = draft[field];
          expect(Array.isArray(value) ? value.length > 0 : value !== null, field).toBe(true);
        }
        // It resumes on that screen, and saving again stores the same value.
        const snapshot = snapshotOf(read.progress);
        expect(screen === 'intro' || screen === 'result' ? snapshot.value : { question: screen }).toEqual(snapshot.value);
        const again = progressOf(snapshot, at);
        const stored = JSON.parse(raw);
        if (again) expect(again).toEqual({ at, screen, code: stored.code });
        else expect(screen).toBe('intro');
      }),
      { numRuns: runs(10_000) },
    );
    const shares = [...tried].map(([kind, [seen, kept]]) => `${kind} ${kept}/${seen}`).join(', ');
    console.log(`saved progress accepted: ${tally.get('saved')} of ${runs(10_000)} (${shares}); by branch: ${JSON.stringify(Object.fromEntries(tally))}`);
    if (MUTATION) return;
    for (const b of ['saved', 'none', 'not JSON', 'the schema', 'date is impossible', 'the code', 'is not answered']) expect(tally.get(b), b).toBeGreaterThan(0);
    expect(tally.get('saved')! / runs(10_000)).toBeGreaterThan(0.1);
  });
});
