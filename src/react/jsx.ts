/**
 * The bare `<exosome-quiz>` in React's TSX, without the wrapper (React 19
 * passes properties and events to custom elements itself). For a page's
 * TypeScript: `import type {} from 'exosome-quiz/react/jsx'` once, or
 * `"types": ["exosome-quiz/react/jsx"]` in tsconfig.json.
 *
 * Written from the class and the event map rather than generated from the
 * manifest (custom-element-jsx-integration writes the kebab-case attributes
 * only, as dist/types/jsx.d.ts for other JSX libraries): React 19 sets a
 * prop as a property when the element has one of that name, so the
 * camelCase names are the ones that carry a value before hydration ends.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ExosomeQuiz } from '../element/exosome-quiz.component.js';
import type { ExosomeQuizEventDetails } from '../quiz/events.js';

/** Set as properties (React 19), in camelCase. */
type Properties = Partial<Pick<ExosomeQuiz, 'heading' | 'productUrl' | 'productName' | 'persist' | 'skipIntro' | 'theme'>>;

/** The same values as attributes: what a server renders into the HTML. */
interface Attributes {
  'product-url'?: string;
  'product-name'?: string;
  'skip-intro'?: boolean;
}

/**
 * React 19 listens to `on` + the event's exact name: `onexosome-quiz-complete`.
 * Any other casing (`onExosome-quiz-complete`) is a different event, which never comes.
 */
type EventHandlers = {
  [Name in keyof ExosomeQuizEventDetails as `on${Name}`]?: (event: CustomEvent<ExosomeQuizEventDetails[Name]>) => void;
};

export type ExosomeQuizJsxProps = DetailedHTMLProps<HTMLAttributes<ExosomeQuiz>, ExosomeQuiz> & Properties & Attributes & EventHandlers;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'exosome-quiz': ExosomeQuizJsxProps;
    }
  }
}
