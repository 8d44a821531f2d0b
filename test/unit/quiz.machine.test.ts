import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { quizMachine, currentField, firstView, stepNumber, EMPTY_DRAFT, type QuizEvent, type QuizInput, type QuizMachine } from '../../src/quiz/index.js';
import { recommend, type Answers } from '../../src/rules/index.js';
import { answerAll } from '../support/walk.js';

type Snapshot = SnapshotFrom<QuizMachine>;

function start(...events: QuizEvent[]) {
  const actor = createActor(quizMachine, { input: undefined }).start();
  for (const event of events) actor.send(event);
  return actor;
}


const step = (s: Snapshot) => (s.matches('intro') ? 'intro' : s.matches('result') ? 'result' : currentField(s.value));

const sample: Answers = {
  concerns: ['dullness', 'redness'],
  actives: ['retinoid', 'niacinamide'],
  sensitivity: 'sometimes',
  skinNow: 'calm',
  expectations: 'weeks',
};

describe('quiz machine', () => {
  it('starts on the intro with no answers, and its context is plain JSON', () => {
    const s = start().getSnapshot();
    expect(step(s)).toBe('intro');
    expect(s.context).toEqual({ draft: EMPTY_DRAFT, missing: false, answers: null, recommendation: null, skipIntro: false, resumeAt: null });
    const full = start(...answerAll(sample)).getSnapshot().context;
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
  });

  it('starts where the element paints before building it: the intro, or with skip-intro the first question', () => {
    for (const skipIntro of [false, true]) {
      const s = createActor(quizMachine, { input: { skipIntro } }).start().getSnapshot();
      expect(step(s)).toBe(skipIntro ? 'concerns' : 'intro');
      expect({ value: s.value, context: s.context }).toEqual(firstView(skipIntro));
    }
  });

  it('asks one step per answer field, in order, then shows the result', () => {
    const actor = start({ type: 'quiz.start' });
    const seen: unknown[] = [];
    const events = answerAll(sample).slice(1);
    for (const event of events) {
      if (event.type === 'nav.next') seen.push(step(actor.getSnapshot()));
      actor.send(event);
    }
    expect(seen).toEqual(['concerns', 'actives', 'sensitivity', 'skinNow', 'expectations']);
    expect(step(actor.getSnapshot())).toBe('result');
    expect(actor.getSnapshot().context.answers).toEqual(sample);
  });

  it.each(['concerns', 'actives', 'sensitivity', 'skinNow', 'expectations'] as const)(
    'stops Next on the %s step until it has an answer, and flags it',
    (field) => {
      const events = answerAll(sample);
      const upTo = events.findIndex((e) => 'field' in e && e.field === field);
      const actor = start(...events.slice(0, upTo));
      expect(step(actor.getSnapshot())).toBe(field);
      actor.send({ type: 'nav.next' });
      expect(step(actor.getSnapshot())).toBe(field);
      expect(actor.getSnapshot().context.missing).toBe(true);
      actor.send(events[upTo]!);
      expect(actor.getSnapshot().context.missing).toBe(false);
      actor.send({ type: 'nav.next' });
      expect(step(actor.getSnapshot())).not.toBe(field);
    },
  );

  it('clears the missing flag when the reader moves back', () => {
    const actor = start({ type: 'quiz.start' }, { type: 'nav.next' });
    expect(actor.getSnapshot().context.missing).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(step(actor.getSnapshot())).toBe('intro');
    expect(actor.getSnapshot().context.missing).toBe(false);
  });

  it('unchecks an option when it is toggled twice', () => {
    const actor = start(
      { type: 'quiz.start' },
      { type: 'answer.toggle', field: 'concerns', option: 'redness' },
      { type: 'answer.toggle', field: 'concerns', option: 'redness' },
    );
    expect(actor.getSnapshot().context.draft.concerns).toEqual([]);
  });

  it('choosing "none" clears the other actives, and an active clears "none"', () => {
    const actor = start(
      { type: 'quiz.start' },
      { type: 'answer.toggle', field: 'concerns', option: 'dullness' },
      { type: 'nav.next' },
      { type: 'answer.toggle', field: 'actives', option: 'peptides' },
      { type: 'answer.toggle', field: 'actives', option: 'retinoid' },
    );
    expect(actor.getSnapshot().context.draft.actives).toEqual(['retinoid', 'peptides']);
    actor.send({ type: 'answer.toggle', field: 'actives', option: 'none' });
    expect(actor.getSnapshot().context.draft.actives).toEqual(['none']);
    actor.send({ type: 'answer.toggle', field: 'actives', option: 'ceramides' });
    expect(actor.getSnapshot().context.draft.actives).toEqual(['ceramides']);
  });

  it('choosing "just-curious" clears the other concerns, and a concern clears it', () => {
    const actor = start(
      { type: 'quiz.start' },
      { type: 'answer.toggle', field: 'concerns', option: 'redness' },
      { type: 'answer.toggle', field: 'concerns', option: 'just-curious' },
    );
    expect(actor.getSnapshot().context.draft.concerns).toEqual(['just-curious']);
    actor.send({ type: 'answer.toggle', field: 'concerns', option: 'fine-lines' });
    expect(actor.getSnapshot().context.draft.concerns).toEqual(['fine-lines']);
  });

  it('replaces a single answer when another is selected', () => {
    const actor = start(...answerAll(sample).slice(0, 5));
    actor.send({ type: 'answer.select', field: 'sensitivity', option: 'often' });
    actor.send({ type: 'answer.select', field: 'sensitivity', option: 'rarely' });
    expect(actor.getSnapshot().context.draft.sensitivity).toBe('rarely');
  });

  it('ignores option ids that are not in the contract', () => {
    const actor = start(
      { type: 'quiz.start' },
      { type: 'answer.toggle', field: 'concerns', option: 'wrinkles' },
      { type: 'answer.select', field: 'skinNow', option: 'sunburnt' },
    );
    expect(actor.getSnapshot().context.draft).toEqual(EMPTY_DRAFT);
  });

  it('keeps every answer when the reader goes back, from the result to the intro', () => {
    const actor = start(...answerAll(sample));
    const path: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      actor.send({ type: 'nav.back' });
      path.push(step(actor.getSnapshot()));
      expect(actor.getSnapshot().context.draft).toEqual(sample);
    }
    expect(path).toEqual(['expectations', 'skinNow', 'sensitivity', 'actives', 'concerns', 'intro']);
    expect(actor.getSnapshot().context.answers).toBeNull();
  });

  it('restart clears every answer, from any step', () => {
    for (const upTo of [3, 7, answerAll(sample).length]) {
      const actor = start(...answerAll(sample).slice(0, upTo), { type: 'quiz.restart' });
      expect(step(actor.getSnapshot())).toBe('intro');
      expect(actor.getSnapshot().context).toEqual({ draft: EMPTY_DRAFT, missing: false, answers: null, recommendation: null, skipIntro: false, resumeAt: null });
    }
  });

  /** The actor as the element starts it for a share link or saved progress: the progress is its input. */
  const resumed = (resume: QuizInput['resume'], skipIntro = false) => {
    const emitted: string[] = [];
    const actor = createActor(quizMachine, { input: { resume, skipIntro } });
    actor.on('*', (e) => emitted.push(e.type));
    return { actor: actor.start(), emitted };
  };

  it('opens the result directly for a shared answer set, and emits nothing', () => {
    const { actor, emitted } = resumed({ screen: 'result', draft: sample }, true);
    expect(step(actor.getSnapshot())).toBe('result');
    expect(actor.getSnapshot().context.answers).toEqual(sample);
    actor.send({ type: 'nav.back' });
    expect(step(actor.getSnapshot())).toBe('expectations');
    expect(emitted).toEqual(['exosome-quiz-step']);
  });

  it('stays on the intro for a shared answer set that is not complete', () => {
    const { actor } = resumed({ screen: 'result', draft: { ...sample, expectations: null } });
    expect(step(actor.getSnapshot())).toBe('intro');
    expect(actor.getSnapshot().context.answers).toBeNull();
  });

  it('resumes a step without emitting; with skip-intro and nothing saved, it starts and says so', () => {
    const { actor, emitted } = resumed({ screen: 'actives', draft: { ...EMPTY_DRAFT, concerns: ['redness'] } }, true);
    expect(step(actor.getSnapshot())).toBe('actives');
    expect(emitted).toEqual([]);
    const skipped = resumed(null, true);
    expect(step(skipped.actor.getSnapshot())).toBe('concerns');
    expect(skipped.emitted).toEqual(['exosome-quiz-start', 'exosome-quiz-step']);
    skipped.actor.send({ type: 'quiz.restart' });
    expect(skipped.emitted.slice(2)).toEqual(['exosome-quiz-restart', 'exosome-quiz-start', 'exosome-quiz-step']);
  });

  it('emits what the host hears, in order, as the reader goes', () => {
    const emitted: unknown[] = [];
    const actor = createActor(quizMachine, { input: undefined });
    actor.on('*', (e) => emitted.push(e));
    actor.start();
    for (const event of answerAll(sample)) actor.send(event);
    actor.send({ type: 'result.copied', method: 'clipboard' });
    actor.send({ type: 'result.copied', method: 'manual', url: 'https://example.org/#x' });
    actor.send({ type: 'quiz.restart' });
    const step = (s: string, index: number) => ({ type: 'exosome-quiz-step', detail: { step: s, index, total: 5 } });
    expect(emitted).toEqual([
      { type: 'exosome-quiz-start', detail: null },
      step('concerns', 0),
      step('actives', 1),
      step('sensitivity', 2),
      step('skinNow', 3),
      step('expectations', 4),
      { type: 'exosome-quiz-complete', detail: { answers: sample, recommendation: recommend(sample) } },
      { type: 'exosome-quiz-copy', detail: { method: 'clipboard' } },
      { type: 'exosome-quiz-share', detail: { method: 'manual', url: 'https://example.org/#x' } },
      { type: 'exosome-quiz-restart', detail: null },
    ]);
  });

  it('can resume from a stored draft', () => {
    const actor = createActor(quizMachine, { input: { resume: { screen: 'intro', draft: { ...EMPTY_DRAFT, concerns: ['redness'] } } } }).start();
    actor.send({ type: 'quiz.start' });
    actor.send({ type: 'nav.next' });
    expect(step(actor.getSnapshot())).toBe('actives');
  });

  it('numbers steps from 1 to 5', () => {
    expect(['concerns', 'actives', 'sensitivity', 'skinNow', 'expectations'].map((f) => stepNumber(f as never))).toEqual([1, 2, 3, 4, 5]);
  });

  const walks: Array<[string, Answers]> = [
    ['good-fit', sample],
    ['fits-with-care', { ...sample, skinNow: 'tight-or-flaky' }],
    ['optional', { ...sample, concerns: ['just-curious'] }],
    ['not-now', { ...sample, skinNow: 'recent-procedure' }],
    ['not-the-right-tool', { ...sample, concerns: ['acne-scars'] }],
  ];
  it.each(walks)('walks to a %s result', (verdict, answers) => {
    const s = start(...answerAll(answers)).getSnapshot();
    expect(step(s)).toBe('result');
    expect(recommend(s.context.answers!).verdict).toBe(verdict);
  });
});
