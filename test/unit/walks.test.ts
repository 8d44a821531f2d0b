import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { quizMachine, type QuizEvent } from '../../src/quiz/index.js';
import { progressOf } from '../../src/persistence/resume.js';
import { resumedSnapshot as snapshotOf } from '../support/walk.js';
import { recommend, toPlainText, type Answers } from '../../src/rules/index.js';
import { readProgress } from '../../src/persistence/saved-progress.js';
import { decodeAnswers, encodeAnswers, readShareFragment, shareFragment, shareKey } from '../../src/persistence/share-code.js';
import { checkInvariants, specVerdict } from '../support/invariants.js';
import { answerAll } from '../support/walk.js';

const base: Answers = { concerns: ['dehydration'], actives: ['none'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' };

/** A reader for each row of docs/rules.md "Verdicts and precedence" (so every verdict, and both ways to not-the-right-tool). */
const READERS: Array<[string, Answers]> = [
  ['1 after a procedure', { ...base, skinNow: 'recent-procedure', actives: ['retinoid', 'vitamin-c'] }],
  ['2 a flare', { ...base, sensitivity: 'diagnosed-flaring', concerns: ['redness'] }],
  ['3 irritated', { ...base, skinNow: 'irritated', actives: ['exfoliating-acids'] }],
  ['4 reacts to most products', { ...base, sensitivity: 'most-products' }],
  ['5 in a hurry', { ...base, expectations: 'days', concerns: ['dullness', 'fine-lines'] }],
  ['6 targeted concerns only', { ...base, concerns: ['active-breakouts', 'acne-scars'], actives: ['benzoyl-peroxide'] }],
  ['7 just curious', { ...base, concerns: ['just-curious'], actives: ['peptides', 'ceramides'] }],
  ['8 tight, with a retinoid', { ...base, skinNow: 'tight-or-flaky', actives: ['prescription-retinoid', 'niacinamide'] }],
  ['9 otherwise', { ...base, concerns: ['dullness', 'redness'], actives: ['hyaluronic-acid'], sensitivity: 'sometimes' }],
];

const now = Date.UTC(2026, 10, 28);

/**
 * One walk per row: a reader's whole path through the statechart, with a
 * detour (Next with nothing chosen, Back, a changed mind), saving progress
 * at every step and resuming from it as a reload would, to the result; then
 * the result against every invariant, and its share link.
 */
describe('one walk per verdict: the quiz from the intro to the result', () => {
  for (const [name, a] of READERS) {
    const expected = specVerdict(a);
    it(`row ${name}: ${expected.verdict}${expected.ifPatient ? ` (with patience ${expected.ifPatient})` : ''}`, () => {
      const detour: QuizEvent[] = [
        { type: 'quiz.start' },
        { type: 'nav.next' }, // nothing chosen yet: stays, and says so
        { type: 'answer.toggle', field: 'concerns', option: a.concerns[0]! === 'mild-texture' ? 'redness' : 'mild-texture' },
      ];
      let actor = createActor(quizMachine, { input: undefined }).start();
      for (const event of detour) actor.send(event);
      expect(actor.getSnapshot().value).toEqual({ question: 'concerns' });
      // The reader changes their mind: the detour's concern off again, then the real walk.
      actor.send(detour[2]!);
      const steps = answerAll(a).slice(1);
      for (const [i, event] of steps.entries()) {
        actor.send(event);
        if (event.type !== 'nav.next') continue;
        // A reload here comes back to the same screen with the same answers.
        const stored = progressOf(actor.getSnapshot(), now)!;
        const read = readProgress(JSON.stringify(stored), now);
        if (read.kind !== 'saved') throw new Error(`step ${i}: ${JSON.stringify(read)}`);
        const resumed = snapshotOf(read.progress);
        expect(resumed.value).toEqual(actor.getSnapshot().value);
        actor = createActor(quizMachine, { input: undefined, snapshot: resumed }).start();
        if (i === 1 && a.concerns.length) {
          // Back to the concerns and forward again keeps every answer.
          actor.send({ type: 'nav.back' });
          expect(actor.getSnapshot().context.draft.concerns).toEqual(a.concerns);
          actor.send({ type: 'nav.next' });
        }
      }
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe('result');
      expect(snapshot.context.answers).toEqual(a);

      const r = recommend(snapshot.context.answers!);
      expect({ verdict: r.verdict, referral: r.referral, ...(r.ifPatient ? { ifPatient: r.ifPatient } : {}) }).toEqual(expected);
      expect(checkInvariants(a, r).broken).toEqual([]);
      expect(toPlainText(r)).toContain(r.verdictLabel);

      const key = shareKey('');
      expect(decodeAnswers(encodeAnswers(a))).toEqual({ ok: true, answers: a });
      expect(readShareFragment(`#top&${shareFragment(key, a)}`, key)).toEqual({ kind: 'answers', answers: a, rest: 'top' });
    });
  }

  it('visits every verdict', () => {
    expect(new Set(READERS.map(([, a]) => specVerdict(a).verdict)).size).toBe(5);
  });
});
