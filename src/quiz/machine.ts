import { assign, createMachine, emit, type SnapshotFrom } from 'xstate';
import { EMPTY_DRAFT, type DraftAnswers } from '../persistence/share-code.js';
import type { SavedProgress, Screen } from '../persistence/saved-progress.js';
import { ANSWER_FIELDS, answered, answersSchema, checkAnswers, type AnswerField, type Answers } from '../rules/answers.js';
import { recommend } from '../rules/recommend.js';
import type { Recommendation } from '../rules/result.js';
import type { CopyMethod, QuizEmitted } from './events.js';
import { stepNumber } from './progress.js';
import { questionFor, toggleOption, type MultiField, type SingleField } from './questions.js';

export { EMPTY_DRAFT, type DraftAnswers };

/** Plain, JSON-serialisable data only, so a snapshot can be persisted and restored. */
export interface QuizContext {
  draft: DraftAnswers;
  /** True after Next was pressed on a step with no answer, until the reader answers. */
  missing: boolean;
  /** The validated answers, set when the quiz reaches its result. */
  answers: Answers | null;
  /** Start (and start over) at the first question rather than the intro. */
  skipIntro: boolean;
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
  resume?: Pick<SavedProgress, 'screen' | 'draft'> | null;
}

let last: [Answers, Recommendation] | undefined;
/** The recommendation for answers, computed once for the event and the element's render. */
export const resultOf = (answers: Answers): Recommendation =>
  last?.[0] === answers ? last[1] : (last = [answers, recommend(answers)])[1];

type StepParams = { step: AnswerField };
type OptionParams = { field: AnswerField; option: string };

/**
 * The implementations, typed once here and passed to `createMachine` with
 * the config rather than through `setup()`, whose returned object carries
 * every XState action creator into the script-tag file (about 640 B).
 */
type QuizActions =
  | { type: 'toggle'; params: OptionParams }
  | { type: 'select'; params: OptionParams }
  | { type: 'flagMissing' }
  | { type: 'clearMissing' }
  | { type: 'keepAnswers' }
  | { type: 'forgetResult' }
  | { type: 'reset' }
  | { type: 'setSkipIntro'; params: { skip: boolean } }
  | { type: 'emitStart' }
  | { type: 'emitStep'; params: StepParams }
  | { type: 'emitComplete' }
  | { type: 'emitCopied'; params: { method: CopyMethod; url?: string } }
  | { type: 'emitRestart' };
type QuizGuards =
  | { type: 'hasAnswer'; params: { field: AnswerField } }
  | { type: 'isComplete' }
  | { type: 'isKnownOption'; params: OptionParams }
  | { type: 'resumesAt'; params: { screen: Screen } }
  | { type: 'skipsIntro' };

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
const resume = (screen: Screen, target: string) => ({ guard: { type: 'resumesAt', params: { screen } }, target }) as const;

function createQuizMachine() {
  return createMachine(
    {
      types: {} as {
        context: QuizContext;
        events: QuizEvent;
        input: QuizInput | undefined;
        actions: QuizActions;
        guards: QuizGuards;
        emitted: QuizEmitted;
      },
      id: 'exosomeQuiz',
      context: ({ input }) => ({
        draft: input?.resume?.draft ?? EMPTY_DRAFT,
        missing: false,
        answers: null,
        skipIntro: input?.skipIntro ?? false,
      }),
      initial: 'intro',
      on: {
        'quiz.restart': { target: '.intro', actions: ['reset', 'emitRestart'] },
        'quiz.skipIntro': { actions: { type: 'setSkipIntro', params: ({ event }) => event } },
      },
      states: {
        intro: {
          always: [
            ...ANSWER_FIELDS.map((field) => resume(field, `question.${field}`)),
            { ...resume('result', 'result'), actions: 'keepAnswers' },
            { guard: 'skipsIntro', target: 'question', actions: ['emitStart', showStep('concerns')] },
          ],
          on: { 'quiz.start': { target: 'question', actions: ['emitStart', showStep('concerns')] } },
        },
        question: {
          initial: 'concerns',
          on: {
            'answer.toggle': { guard: { type: 'isKnownOption', params: ({ event }) => event }, actions: { type: 'toggle', params: ({ event }) => event } },
            'answer.select': { guard: { type: 'isKnownOption', params: ({ event }) => event }, actions: { type: 'select', params: ({ event }) => event } },
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
            'result.copied': { actions: { type: 'emitCopied', params: ({ event }) => event } },
          },
        },
      },
    },
    {
      guards: {
        hasAnswer: ({ context }, { field }) => answered(context.draft, field),
        isComplete: ({ context }) => checkAnswers(context.draft) !== null,
        isKnownOption: (_, { field, option }) => questionFor(field).options.includes(option),
        // Only the actor's first step reads its input: Start over comes back to the intro for good.
        resumesAt: ({ context, event }, { screen }) => {
          const init = event as unknown as { type: string; input?: QuizInput };
          return (
            init.type === 'xstate.init' &&
            init.input?.resume?.screen === screen &&
            (screen !== 'result' || checkAnswers(context.draft) !== null)
          );
        },
        skipsIntro: ({ context }) => context.skipIntro,
      },
      actions: {
        toggle: assign(({ context }, { field, option }: OptionParams) => ({
          draft: { ...context.draft, [field]: toggleOption(context.draft[field] as string[], option, questionFor(field)) },
          missing: false,
        })),
        select: assign(({ context }, { field, option }: OptionParams) => ({ draft: { ...context.draft, [field]: option }, missing: false })),
        flagMissing: assign({ missing: true }),
        clearMissing: assign({ missing: false }),
        keepAnswers: assign({ answers: ({ context }) => checkAnswers(context.draft) }),
        forgetResult: assign({ answers: null }),
        reset: assign({ draft: EMPTY_DRAFT, missing: false, answers: null }),
        setSkipIntro: assign((_, { skip }: { skip: boolean }) => ({ skipIntro: skip })),
        emitStart: emit({ type: 'exosome-quiz-start', detail: null }),
        emitStep: emit((_, { step }: StepParams) => ({
          type: 'exosome-quiz-step',
          detail: { step, index: stepNumber(step) - 1, total: ANSWER_FIELDS.length },
        })),
        emitComplete: emit(({ context }) => ({
          type: 'exosome-quiz-complete',
          detail: { answers: context.answers!, recommendation: resultOf(context.answers!) },
        })),
        emitCopied: emit((_, { method, url }: { method: CopyMethod; url?: string }) =>
          url ? { type: 'exosome-quiz-share', detail: { method, url } } : { type: 'exosome-quiz-copy', detail: { method } },
        ),
        emitRestart: emit({ type: 'exosome-quiz-restart', detail: null }),
      },
    },
  );
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;

let machine: QuizMachine | undefined;

/**
 * The questionnaire's statechart, built on first use rather than at import:
 * a page that embeds the widget pays for it only once the quiz starts (the
 * reader's Start, or just after the first screen with skip-intro). The
 * answer schema its last step checks is built with it, in the same task,
 * rather than in the reader's last click (issue 17).
 */
export const quizMachine = (): QuizMachine => (machine ??= (answersSchema(), createQuizMachine()));

/**
 * The view the machine starts in with nothing to resume (the intro, or with
 * `skipIntro` the first question; nothing answered), so the element can
 * paint its first screen before the machine is built.
 */
export const firstView = (skipIntro: boolean): Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'> => ({
  value: skipIntro ? { question: ANSWER_FIELDS[0] } : 'intro',
  context: { draft: EMPTY_DRAFT, missing: false, answers: null, skipIntro },
});
