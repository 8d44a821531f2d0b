import { assign, createMachine, type SnapshotFrom } from 'xstate';
import { answered, checkAnswers, type AnswerField, type Answers } from '../rules/answers.js';
import type { Active, Concern } from '../rules/options.js';
import { QUESTIONS, questionFor, toggleOption, type MultiField, type SingleField } from './questions.js';

/** Answers while the reader is still choosing: lists may be empty, singles unset. */
export interface DraftAnswers {
  concerns: Concern[];
  actives: Active[];
  sensitivity: Answers['sensitivity'] | null;
  skinNow: Answers['skinNow'] | null;
  expectations: Answers['expectations'] | null;
}

/** Plain, JSON-serialisable data only, so progress can be stored and restored. */
export interface QuizContext {
  draft: DraftAnswers;
  /** True after Next was pressed on a step with no answer, until the reader answers. */
  missing: boolean;
  /** The validated answers, set when the quiz reaches its result. */
  answers: Answers | null;
}

export type QuizEvent =
  | { type: 'quiz.start' }
  | { type: 'answer.toggle'; field: MultiField; option: string }
  | { type: 'answer.select'; field: SingleField; option: string }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'quiz.restart' }
  /** Opens the result for a complete answer set (a share link); an invalid one is ignored. */
  | { type: 'quiz.show'; answers: Answers };

export interface QuizInput {
  draft?: DraftAnswers;
}

export const EMPTY_DRAFT: DraftAnswers = {
  concerns: [],
  actives: [],
  sensitivity: null,
  skinNow: null,
  expectations: null,
};

type FieldParams = { field: AnswerField };
type OptionParams = { field: AnswerField; option: string };

/**
 * The implementations, typed once here and passed to `createMachine` with
 * the config (rather than through `setup()`, whose returned object carries
 * every action creator into the bundle, used or not).
 */
type QuizActions =
  | { type: 'toggle' }
  | { type: 'select' }
  | { type: 'flagMissing' }
  | { type: 'clearMissing' }
  | { type: 'keepAnswers' }
  | { type: 'showAnswers' }
  | { type: 'forgetResult' }
  | { type: 'reset' };
type QuizGuards =
  | { type: 'hasAnswer'; params: FieldParams }
  | { type: 'isComplete' }
  | { type: 'isValidShow' }
  | { type: 'isKnownOption'; params: OptionParams };

const optionOf = ({ event }: { event: QuizEvent }): OptionParams =>
  event.type === 'answer.toggle' || event.type === 'answer.select'
    ? { field: event.field, option: event.option }
    : { field: 'concerns', option: '' };

function createQuizMachine() {
  return createMachine(
    {
      types: {} as {
        context: QuizContext;
        events: QuizEvent;
        input: QuizInput | undefined;
        actions: QuizActions;
        guards: QuizGuards;
      },
      id: 'exosomeQuiz',
      context: ({ input }) => ({ draft: input?.draft ?? EMPTY_DRAFT, missing: false, answers: null }),
      initial: 'intro',
      on: {
        'quiz.restart': { target: '.intro', actions: 'reset' },
        'quiz.show': { guard: 'isValidShow', target: '.result', actions: 'showAnswers' },
      },
      states: {
        intro: {
          on: { 'quiz.start': 'question' },
        },
        question: {
          initial: 'concerns',
          on: {
            'answer.toggle': { guard: { type: 'isKnownOption', params: optionOf }, actions: 'toggle' },
            'answer.select': { guard: { type: 'isKnownOption', params: optionOf }, actions: 'select' },
          },
          states: Object.fromEntries(
            QUESTIONS.map((question, i) => {
              const next = QUESTIONS[i + 1]?.field;
              const previous = QUESTIONS[i - 1]?.field;
              return [
                question.field,
                {
                  on: {
                    'nav.next': [
                      next
                        ? ({ guard: { type: 'hasAnswer', params: { field: question.field } }, target: next, actions: 'clearMissing' } as const)
                        : ({ guard: 'isComplete', target: '#exosomeQuiz.result', actions: 'keepAnswers' } as const),
                      { actions: 'flagMissing' } as const,
                    ],
                    'nav.back': { target: previous ?? '#exosomeQuiz.intro', actions: 'clearMissing' } as const,
                  },
                },
              ];
            }),
          ),
        },
        result: {
          on: {
            'nav.back': { target: 'question.expectations', actions: 'forgetResult' },
          },
        },
      },
    },
    {
      guards: {
        hasAnswer: ({ context }, { field }) => answered(context.draft, field),
        isComplete: ({ context }) => checkAnswers(context.draft) !== null,
        isValidShow: ({ event }) => event.type === 'quiz.show' && checkAnswers(event.answers) !== null,
        isKnownOption: (_, { field, option }) => questionFor(field).options.includes(option),
      },
      actions: {
        toggle: assign({
          draft: ({ context, event }) => {
            if (event.type !== 'answer.toggle') return context.draft;
            const list = context.draft[event.field] as string[];
            return { ...context.draft, [event.field]: toggleOption(list, event.option, questionFor(event.field)) };
          },
          missing: false,
        }),
        select: assign({
          draft: ({ context, event }) =>
            event.type === 'answer.select' ? { ...context.draft, [event.field]: event.option } : context.draft,
          missing: false,
        }),
        flagMissing: assign({ missing: true }),
        clearMissing: assign({ missing: false }),
        keepAnswers: assign({
          answers: ({ context }) => checkAnswers(context.draft),
        }),
        showAnswers: assign(({ event }) =>
          event.type === 'quiz.show'
            ? { draft: { ...event.answers }, answers: event.answers, missing: false }
            : {},
        ),
        forgetResult: assign({ answers: null }),
        reset: assign({ draft: EMPTY_DRAFT, missing: false, answers: null }),
      },
    },
  );
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;

let machine: QuizMachine | undefined;

/**
 * The questionnaire's statechart, built on first use rather than at import:
 * a page that embeds the widget pays for it after the intro has painted.
 */
export const quizMachine = (): QuizMachine => (machine ??= createQuizMachine());

/**
 * The view the machine starts in (the intro, nothing answered), so the
 * element can paint its intro before the machine is built.
 */
export const FIRST_VIEW: Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'> = {
  value: 'intro',
  context: { draft: EMPTY_DRAFT, missing: false, answers: null },
};
