import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { quizMachine } from '../../src/quiz/machine.js';
import { progressOf } from '../../src/quiz/resume.js';
import { LOCAL_MAX_AGE_MS, readProgress, type SavedProgress } from '../../src/persistence/saved-progress.js';
import type { Answers } from '../../src/rules/index.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import { anyAnswers, hostileString } from '../support/arbitraries.js';

const now = Date.UTC(2026, 10, 25);
/** The quiz started from saved progress, as the element starts it: the progress is the machine's input. */
const resumed = (resume: Pick<SavedProgress, 'screen' | 'draft'>) => createActor(quizMachine(), { input: { resume } }).start();
const onActives: SavedProgress = {
  at: now - 1000,
  screen: 'actives',
  draft: { concerns: ['redness'], actives: ['niacinamide'], sensitivity: null, skinNow: null, expectations: null },
};
/** As storage holds it. */
const stored = ({ at, screen, draft }: SavedProgress) => JSON.stringify({ at, screen, code: encodeAnswers(draft) });

function answerAll(a: Answers) {
  const actor = createActor(quizMachine(), { input: undefined }).start();
  actor.send({ type: 'quiz.start' });
  for (const c of a.concerns) actor.send({ type: 'answer.toggle', field: 'concerns', option: c });
  actor.send({ type: 'nav.next' });
  for (const x of a.actives) actor.send({ type: 'answer.toggle', field: 'actives', option: x });
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'answer.select', field: 'sensitivity', option: a.sensitivity });
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'answer.select', field: 'skinNow', option: a.skinNow });
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'answer.select', field: 'expectations', option: a.expectations });
  actor.send({ type: 'nav.next' });
  return actor;
}

describe('saved progress', () => {
  it('is nothing worth keeping on a fresh intro', () => {
    expect(progressOf(createActor(quizMachine(), { input: undefined }).start().getSnapshot(), now)).toBe(null);
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
      { numRuns: 500 },
    );
  });

  it('expires silently after 30 days when asked to', () => {
    const old = stored({ ...onActives, at: now - LOCAL_MAX_AGE_MS - 1 });
    expect(readProgress(old, now, LOCAL_MAX_AGE_MS)).toEqual({ kind: 'none' });
    expect(readProgress(old, now).kind).toBe('saved');
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
    expect(bad({ ...good, screen: 'the-end' }).kind).toBe('bad');
    expect(bad({ ...good, extra: 1 }).kind).toBe('bad');
    expect(bad({ v: 0, ...good }).kind).toBe('bad');
    expect(bad(null).kind).toBe('bad');
  });

  it('never throws on any stored string, and only accepts what the schema allows', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.json(), fc.anything().map((x) => JSON.stringify(x) ?? 'undefined')), (raw) => {
        const read = readProgress(raw, now);
        expect(['saved', 'bad']).toContain(read.kind);
        if (read.kind === 'saved') expect(() => resumed(read.progress)).not.toThrow();
      }),
      { numRuns: 20_000 },
    );
  });
});
