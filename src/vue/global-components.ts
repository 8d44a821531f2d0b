/**
 * `<exosome-quiz>` in Vue templates, for vue-tsc and Volar: props typed from
 * the element, and `@exosome-quiz-complete`-style listeners typed by their
 * detail. For an app's TypeScript: `import type {} from 'exosome-quiz/vue'`
 * once (in env.d.ts), or `"types": ["exosome-quiz/vue"]` in tsconfig.json.
 * Vue itself must know the tag is a custom element: `isCustomElement`
 * (README, Frameworks).
 *
 * Written from the class and the event map rather than generated from the
 * manifest: custom-element-vuejs-integration names a listener
 * `onexosome-quiz-complete`, and Vue looks for `onExosomeQuizComplete`, so its
 * events would not be typed.
 */
import type { DefineComponent } from 'vue';
import type { ExosomeQuiz } from '../element/exosome-quiz.component.js';
import type { ExosomeQuizEventDetails } from '../quiz/events.js';

/** `exosome-quiz-complete` → `ExosomeQuizComplete`, as Vue names a listener prop. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<Name>;

type Properties = Partial<Pick<ExosomeQuiz, 'heading' | 'productUrl' | 'productName' | 'persist' | 'skipIntro' | 'theme'>>;

type Listeners = {
  [Name in keyof ExosomeQuizEventDetails as `on${Pascal<Name>}`]?: (event: CustomEvent<ExosomeQuizEventDetails[Name]>) => void;
};

export type ExosomeQuizVueProps = Properties & Listeners;

declare module 'vue' {
  interface GlobalComponents {
    'exosome-quiz': DefineComponent<ExosomeQuizVueProps>;
  }
}
