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
 * `onexosome-quiz-complete` where Vue looks for `onExosomeQuizComplete`, and
 * types the component as `DefineComponent<Props>`, which Vue reads as runtime
 * prop options (a `string | null` prop then turned every check off).
 */
import type { DefineSetupFnComponent } from 'vue';
import type { ExosomeQuiz } from '../element/exosome-quiz.component.js';
import type { ExosomeQuizEventDetails } from '../quiz/events.js';

export type ExosomeQuizVueProps = Partial<Pick<ExosomeQuiz, 'heading' | 'productUrl' | 'productName' | 'persist' | 'skipIntro' | 'theme'>>;

/** Each DOM event as a Vue emit: `@exosome-quiz-complete="(event) => event.detail…"`. */
export type ExosomeQuizVueEmits = {
  [Name in keyof ExosomeQuizEventDetails]: (event: CustomEvent<ExosomeQuizEventDetails[Name]>) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'exosome-quiz': DefineSetupFnComponent<ExosomeQuizVueProps, ExosomeQuizVueEmits>;
  }
}
