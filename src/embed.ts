/**
 * The script-tag entry: defines `<exosome-quiz>` and exports nothing, so the
 * IIFE build leaves no global behind.
 *
 * It defines the element in the task after the one that runs the script, so
 * a page's load evaluates the file in one task and upgrades and renders the
 * quizzes in the next; the frame after lays them out (issue 17: no task over
 * 50 ms on a slow phone). Until then the page's reserve line
 * (`exosome-quiz:not(:defined)`) holds their place, so no frame paints one
 * empty.
 */
import { defineQuiz } from './element/define-quiz.js';
import { renderAtUpgrade } from './element/first-render.js';

setTimeout(() => {
  renderAtUpgrade();
  defineQuiz();
});
