import { assertEvent, assign, emit, setup, type SnapshotFrom } from 'xstate';
import { ANSWER_FIELDS, answered, checkAnswers, type AnswerField, type Answers } from '../rules/answers.js';
import { recommend } from '../rules/recommend.js';
import type { Recommendation } from '../rules/result.js';
import { EMPTY_DRAFT, type DraftAnswers, type Resume, type Screen } from './draft.js';
import type { CopyMethod, QuizEmitted } from './events.js';
import { stepNumber } from './progress.js';
import { questionFor, toggleOption, type MultiField, type SingleField } from './questions.js';

/** Plain, JSON-serialisable data only, so a snapshot can be persisted and restored. */
export interface QuizContext {
  draft: DraftAnswers;
  /** True after Next was pressed on a step with no answer, until the reader answers. */
  missing: boolean;
  /** The validated answers, set when the quiz reaches its result. */
  answers: Answers | null;
  /** What `recommend()` says for `answers`: the result the element shows and the page hears. */
  recommendation: Recommendation | null;
  /** Start (and start over) at the first question rather than the intro. */
  skipIntro: boolean;
  /** The screen restored progress enters on, from the input; null once entered, so Start over stays on the intro. */
  resumeAt: Screen | null;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  /** The host changed `skip-intro`. */
  | { type: 'quiz.skipIntro'; skip: boolean }
  | { type: 'answer.toggle'; field: MultiField; option: string }
  | { type: 'answer.select'; field: SingleField; option: string }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'quiz.restart' }
  /** The element copied the result's text, or its share link `url` (the copy itself is the element's effect). */
  | { type: 'result.copied'; method: CopyMethod; url?: string };

/**
 * Where the actor starts: the host's `skip-intro`, and progress restored
 * from storage or a share link (a complete answer set on `result`; an
 * incomplete one stays on the intro).
 */
export interface QuizInput {
  skipIntro?: boolean;
  resume?: Resume | null;
}

/** The screen to enter for `resume`: a result only with every answer valid; the intro is where the machine is anyway. */
function resumeAt(resume: Resume | null | undefined): Screen | null {
  if (!resume || resume.screen === 'intro') return null;
  return resume.screen !== 'result' || checkAnswers(resume.draft) ? resume.screen : null;
}

const quiz = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput | undefined,
    emitted: {} as QuizEmitted,
  },
  guards: {
    hasAnswer: ({ context }, { field }: { field: AnswerField }) => answered(context.draft, field),
    isComplete: ({ context }) => checkAnswers(context.draft) !== null,
    isKnownOption: ({ event }) => {
      assertEvent(event, ['answer.toggle', 'answer.select']);
      return questionFor(event.field).options.includes(event.option);
    },
    resumesAt: ({ context }, { screen }: { screen: Screen }) => context.resumeAt === screen,
    skipsIntro: ({ context }) => context.skipIntro,
  },
  actions: {
    toggle: assign(({ context, event }) => {
      assertEvent(event, 'answer.toggle');
      const { field, option } = event;
      return { draft: { ...context.draft, [field]: toggleOption(context.draft[field] as string[], option, questionFor(field)) }, missing: false };
    }),
    select: assign(({ context, event }) => {
      assertEvent(event, 'answer.select');
      return { draft: { ...context.draft, [event.field]: event.option }, missing: false };
    }),
    flagMissing: assign({ missing: true }),
    clearMissing: assign({ missing: false }),
    enterResumed: assign({ resumeAt: null }),
    keepAnswers: assign(({ context }) => {
      const answers = checkAnswers(context.draft);
      return { answers, recommendation: answers && recommend(answers) };
    }),
    forgetResult: assign({ answers: null, recommendation: null }),
    reset: assign({ draft: EMPTY_DRAFT, missing: false, answers: null, recommendation: null, resumeAt: null }),
    setSkipIntro: assign(({ event }) => {
      assertEvent(event, 'quiz.skipIntro');
      return { skipIntro: event.skip };
    }),
    emitStart: emit({ type: 'exosome-quiz-start', detail: null }),
    emitStep: emit((_, { step }: { step: AnswerField }) => ({
      type: 'exosome-quiz-step',
      detail: { step, index: stepNumber(step) - 1, total: ANSWER_FIELDS.length },
    })),
    emitComplete: emit(({ context }) => ({
      type: 'exosome-quiz-complete',
      detail: { answers: context.answers!, recommendation: context.recommendation! },
    })),
    emitCopied: emit(({ event }) => {
      assertEvent(event, 'result.copied');
      const { method, url } = event;
      return url ? { type: 'exosome-quiz-share', detail: { method, url } } : { type: 'exosome-quiz-copy', detail: { method } };
    }),
    emitRestart: emit({ type: 'exosome-quiz-restart', detail: null }),
  },
});

/** The step shown next: the host hears it. */
const showStep = (step: AnswerField) => ({ type: 'emitStep', params: { step } }) as const;
/** Next on a step: on to `next` with an answer, else flag the step as missing one. */
const forward = (field: AnswerField, next: AnswerField) =>
  [
    { guard: { type: 'hasAnswer', params: { field } }, target: next, actions: ['clearMissing', showStep(next)] },
    { actions: 'flagMissing' },
  ] as const;
const back = (previous: AnswerField) => ({ target: previous, actions: ['clearMissing', showStep(previous)] }) as const;
/** Restored progress enters on the screen it was saved on, and the host hears nothing of it. */
const resume = (screen: Screen, target: string) => ({ guard: { type: 'resumesAt', params: { screen } }, target, actions: 'enterResumed' }) as const;

/**
 * The questionnaire's statechart: intro, five questions, result. It emits
 * what the host page hears (events.ts); the element relays each as a DOM event.
 */
export const quizMachine = quiz.createMachine({
  id: 'exosomeQuiz',
  context: ({ input }) => ({
    draft: input?.resume?.draft ?? EMPTY_DRAFT,
    missing: false,
    answers: null,
    recommendation: null,
    skipIntro: input?.skipIntro ?? false,
    resumeAt: resumeAt(input?.resume),
  }),
  initial: 'intro',
  on: {
    'quiz.restart': { target: '.intro', actions: ['reset', 'emitRestart'] },
    'quiz.skipIntro': { actions: 'setSkipIntro' },
  },
  states: {
    intro: {
      always: [
        ...ANSWER_FIELDS.map((field) => resume(field, `question.${field}`)),
        { ...resume('result', 'result'), actions: ['enterResumed', 'keepAnswers'] },
        { guard: 'skipsIntro', target: 'question', actions: ['emitStart', showStep('concerns')] },
      ],
      on: { 'quiz.start': { target: 'question', actions: ['emitStart', showStep('concerns')] } },
    },
    question: {
      initial: 'concerns',
      on: {
        'answer.toggle': { guard: 'isKnownOption', actions: 'toggle' },
        'answer.select': { guard: 'isKnownOption', actions: 'select' },
      },
      states: {
        concerns: {
          on: { 'nav.next': forward('concerns', 'actives'), 'nav.back': { target: '#exosomeQuiz.intro', actions: 'clearMissing' } },
        },
        actives: {
          on: { 'nav.next': forward('actives', 'sensitivity'), 'nav.back': back('concerns') },
        },
        sensitivity: {
          on: { 'nav.next': forward('sensitivity', 'skinNow'), 'nav.back': back('actives') },
        },
        skinNow: {
          on: { 'nav.next': forward('skinNow', 'expectations'), 'nav.back': back('sensitivity') },
        },
        expectations: {
          on: {
            'nav.next': [
              { guard: 'isComplete', target: '#exosomeQuiz.result', actions: ['keepAnswers', 'emitComplete'] },
              { actions: 'flagMissing' },
            ],
            'nav.back': back('skinNow'),
          },
        },
      },
    },
    result: {
      on: {
        'nav.back': { target: 'question.expectations', actions: ['forgetResult', showStep('expectations')] },
        'result.copied': { actions: 'emitCopied' },
      },
    },
  },
});

export type QuizMachine = typeof quizMachine;

/** What the element renders: a snapshot's state and context. */
export type QuizView = Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'>;

/**
 * The view the machine starts in with nothing to resume (the intro, or with
 * `skipIntro` the first question; nothing answered), so the element can
 * paint its first screen before the actor starts.
 */
export const firstView = (skipIntro: boolean): QuizView => ({
  value: skipIntro ? { question: ANSWER_FIELDS[0] } : 'intro',
  context: { draft: EMPTY_DRAFT, missing: false, answers: null, recommendation: null, skipIntro, resumeAt: null },
});
