/**
 * What a React 19 app's TypeScript sees (scripts/test-types.mjs checks this
 * file with tsc against the built package, as an app would import it). Each
 * `@ts-expect-error` is a mistake the types must reject: if one were
 * accepted, tsc would fail on the unused directive.
 */
import type {} from 'exosome-quiz/react/jsx';
import { ExosomeQuiz } from 'exosome-quiz/react';
import type { ExosomeQuizCompleteDetail } from 'exosome-quiz';
import type { CustomElements } from 'exosome-quiz/jsx';

export function Bare() {
  return (
    <>
      <exosome-quiz
        productUrl="https://shop.example/serum"
        productName="Calm Repair Serum"
        skipIntro
        theme="dark"
        persist="none"
        onexosome-quiz-complete={(event) => console.log(event.detail.recommendation.verdict, event.detail.answers.concerns)}
        onexosome-quiz-step={(event) => console.log(event.detail.step, event.detail.index + 1)}
      />
      <exosome-quiz product-url="https://shop.example/serum" skip-intro theme="light" />
      {/* @ts-expect-error: "blue" is not a theme */}
      <exosome-quiz theme="blue" />
      {/* @ts-expect-error: "forever" is not a place to keep progress */}
      <exosome-quiz persist="forever" />
      <exosome-quiz
        // @ts-expect-error: the detail has `recommendation`, not `recomendation`
        onexosome-quiz-complete={(event) => console.log(event.detail.recomendation)}
      />
    </>
  );
}

export function Wrapped() {
  const done = (event: CustomEvent<ExosomeQuizCompleteDetail>) => console.log(event.detail.recommendation.verdict);
  return (
    <>
      <ExosomeQuiz productUrl="https://shop.example/serum" theme="auto" onComplete={done} onStep={(event) => event.detail.total} />
      {/* @ts-expect-error: "blue" is not a theme */}
      <ExosomeQuiz theme="blue" />
      {/* @ts-expect-error: the detail has `recommendation`, not `recomendation` */}
      <ExosomeQuiz onComplete={(event) => console.log(event.detail.recomendation)} />
      {/* @ts-expect-error: the wrapper's events are onComplete, onStep…: there is no onCompleted */}
      <ExosomeQuiz onCompleted={done} />
    </>
  );
}

/** Other JSX libraries (Preact, Solid, Stencil) get the types custom-element-jsx-integration generates from the manifest. */
export const otherJsx: CustomElements['exosome-quiz'] = {
  theme: 'light',
  'product-url': 'https://shop.example/serum',
  'onexosome-quiz-complete': (event) => console.log(event.detail.recommendation.verdict),
};
// @ts-expect-error: "blue" is not a theme
export const otherJsxTheme: CustomElements['exosome-quiz'] = { theme: 'blue' };
// @ts-expect-error: the detail has `recommendation`, not `recomendation`
export const otherJsxDetail: CustomElements['exosome-quiz'] = { 'onexosome-quiz-complete': (event) => event.detail.recomendation };
