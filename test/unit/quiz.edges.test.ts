import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { STEPS, currentField, questionFor, quizMachine, toggleOption } from '../../src/quiz/index.js';
import { progressOf } from '../../src/persistence/resume.js';
import { resumedSnapshot as snapshotOf } from '../support/walk.js';
import { recommend, type Answers } from '../../src/rules/index.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';

/** Edges that mutation testing (npm run mutation) found no test for. */
const sample: Answers = { concerns: ['dullness', 'redness'], actives: ['retinoid'], sensitivity: 'sometimes', skinNow: 'calm', expectations: 'weeks' };

describe('the quiz at its edges', () => {
  it('asks concerns and actives as lists, the rest as one choice (docs/rules.md, "Inputs")', () => {
    expect(STEPS.map((q) => [q.field, q.kind])).toEqual([
      ['concerns', 'multi'],
      ['actives', 'multi'],
      ['sensitivity', 'single'],
      ['skinNow', 'single'],
      ['expectations', 'single'],
    ]);
  });

  it('names no answer field on the intro or the result', () => {
    expect(currentField('intro')).toBeNull();
    expect(currentField('result')).toBeNull();
    expect(currentField({ question: 'skinNow' })).toBe('skinNow');
  });

  it('unchecking one of two options keeps the other', () => {
    expect(toggleOption(['dullness', 'redness'], 'dullness', questionFor('concerns'))).toEqual(['redness']);
    expect(toggleOption(['peptides', 'ceramides'], 'ceramides', questionFor('actives'))).toEqual(['peptides']);
  });

  it('keeps the answers of a reader who went back to the intro (a reload there keeps them)', () => {
    const actor = createActor(quizMachine, { input: undefined }).start();
    actor.send({ type: 'quiz.start' });
    actor.send({ type: 'answer.toggle', field: 'concerns', option: 'redness' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('intro');
    const draft = { concerns: ['redness'], actives: [], sensitivity: null, skinNow: null, expectations: null } as const;
    expect(progressOf(actor.getSnapshot(), 5)).toEqual({ at: 5, screen: 'intro', code: encodeAnswers({ ...draft, concerns: ['redness'], actives: [] }) });
  });

  it('a shared result, then Back: the last step, with no "choose an answer" shown', () => {
    // A share link is the actor's input: it starts on the result.
    const actor = createActor(quizMachine, { input: { resume: { screen: 'result', draft: sample } } }).start();
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toEqual({ question: 'expectations' });
    expect(actor.getSnapshot().context.missing).toBe(false);
    expect(actor.getSnapshot().context.draft).toEqual(sample);
  });

  it('resumes a question step as the machine left it: no result yet, no "choose an answer" shown', () => {
    // Every field answered, but the reader is still on the last step (they went back from the result).
    const snapshot = snapshotOf({ screen: 'expectations', draft: sample });
    expect(snapshot.value).toEqual({ question: 'expectations' });
    expect(snapshot.context).toEqual({ draft: sample, missing: false, answers: null, recommendation: null, skipIntro: false, resumeAt: null });
    expect(snapshotOf({ screen: 'result', draft: sample }).context).toEqual({
      draft: sample,
      missing: false,
      answers: sample,
      recommendation: recommend(sample),
      skipIntro: false,
      resumeAt: null,
    });
  });
});
