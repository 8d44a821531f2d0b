/** The questionnaire: a DOM-free XState v5 statechart, its steps and the events it emits for the host. */
export { quizMachine, firstView, type QuizContext, type QuizEvent, type QuizInput, type QuizMachine, type QuizView } from './machine.js';
export { EMPTY_DRAFT, type DraftAnswers, type Resume, type Screen } from './draft.js';
export { STEPS, questionFor, toggleOption, type Question, type MultiField, type SingleField } from './questions.js';
export { currentField, stepNumber } from './progress.js';
export type { QuizEmitted } from './events.js';
