import { ExosomeQuiz } from './exosome-quiz.component.js';
import { VERSION } from './version.js';

const TAG = 'exosome-quiz';

// Defined only where there is a page to show it on. A server (Node, Next's
// server components and prerender, Astro frontmatter, any SSR step) has no
// `document`, and there importing the package defines nothing. The check is
// not on `customElements`: Lit's server build installs a stand-in registry.
if (typeof document === 'object') {
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
}

export { ExosomeQuiz };
