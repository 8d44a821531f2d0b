/**
 * exosome-quiz/react: `<ExosomeQuiz>`, a React component for React 18 and 19
 * alike, made by `@lit/react`. It sets each prop as the element's property
 * and turns the events into `onStart`-style props typed by their detail:
 *
 *   <ExosomeQuiz productUrl="…" theme="dark" onComplete={(event) => event.detail.recommendation.verdict} />
 *
 * Importing it defines `<exosome-quiz>` in a browser (as `exosome-quiz`
 * does) and nothing on a server, and gives TSX the bare
 * `<exosome-quiz>` element's types too (./jsx.ts).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ExosomeQuiz as ExosomeQuizElement } from '../element/define.js';
import type { ExosomeQuizEventDetails } from '../quiz/events.js';

/** The DOM event's name, typed by the `CustomEvent` it is. */
const event = <Name extends keyof ExosomeQuizEventDetails>(name: Name) =>
  name as EventName<CustomEvent<ExosomeQuizEventDetails[Name]>>;

export const ExosomeQuiz = createComponent({
  react: React,
  tagName: 'exosome-quiz',
  elementClass: ExosomeQuizElement,
  displayName: 'ExosomeQuiz',
  events: {
    onStart: event('exosome-quiz-start'),
    onStep: event('exosome-quiz-step'),
    onComplete: event('exosome-quiz-complete'),
    onCopy: event('exosome-quiz-copy'),
    onShare: event('exosome-quiz-share'),
    onRestart: event('exosome-quiz-restart'),
  },
});

export type {
  CopyMethod,
  ExosomeQuizCompleteDetail,
  ExosomeQuizCopyDetail,
  ExosomeQuizShareDetail,
  ExosomeQuizStepDetail,
} from '../quiz/events.js';
export type { ExosomeQuizJsxProps } from './jsx.js';
