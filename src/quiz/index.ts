/** The questionnaire: a DOM-free XState v5 statechart and its question list. */
export { quizMachine, FIRST_VIEW, EMPTY_DRAFT, type DraftAnswers, type QuizContext, type QuizEvent, type QuizInput, type QuizMachine } from './machine.js';
export { QUESTIONS, questionFor, toggleOption, type Question, type MultiField, type SingleField } from './questions.js';
export { currentField, stepNumber } from './progress.js';
