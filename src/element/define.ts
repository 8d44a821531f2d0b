import { ExosomeQuiz } from './exosome-quiz.component.js';

// A blogger may load the script twice (a theme and a plugin, say): the second
// definition is skipped rather than thrown.
if (!customElements.get('exosome-quiz')) customElements.define('exosome-quiz', ExosomeQuiz);

export { ExosomeQuiz };
