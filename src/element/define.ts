import { defineQuiz } from './define-quiz.js';

// Importing the module defines the element (the ESM build).
defineQuiz();

export { ExosomeQuiz } from './exosome-quiz.component.js';
