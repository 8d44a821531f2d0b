import { ExosomeQuiz } from './exosome-quiz.component.js';
import { VERSION } from './version.js';

const TAG = 'exosome-quiz';

// A blogger may load the script twice (a theme and a plugin, say), or two
// versions of it: the first definition stays, and each later copy says once
// on the console that it was not used, instead of throwing.
const existing = customElements.get(TAG) as (CustomElementConstructor & { version?: unknown }) | undefined;
if (!existing) {
  customElements.define(TAG, ExosomeQuiz);
} else if (existing !== ExosomeQuiz) {
  const other = typeof existing.version === 'string' ? `version ${existing.version}` : 'another script';
  console.info(
    `exosome-quiz ${VERSION}: <${TAG}> is already defined on this page (by ${other}), so this copy is not used. Load the script once.`,
  );
}

export { ExosomeQuiz };
