import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentField, questionFor, type QuizView } from '../quiz/index.js';
import type { AnswerField } from '../rules/answers.js';
import { UI } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * Focus and live announcements for a reader's actions: the screen an action
 * leads to takes focus on its heading, and what it means (the step, the
 * verdict, a missing answer, a fresh start) is said in the live region. What
 * happens without the reader (skip-intro, restored progress) moves nothing
 * and says nothing.
 */
export class FocusController implements ReactiveController {
  /** The live region's text. */
  announcement = '';
  #acting = false;
  #moved = false;

  constructor(
    private readonly host: Host,
    /** The view on show (scheduler.ts). */
    private readonly view: () => QuizView,
  ) {
    host.addController(this);
    // The events the statechart emits for the page say what to announce.
    host.addEventListener('exosome-quiz-step', ({ detail }) => this.#say(UI.step(detail.index + 1, detail.total)));
    host.addEventListener('exosome-quiz-complete', ({ detail }) => this.#say(UI.resultAnnounced(detail.recommendation.verdictLabel)));
    host.addEventListener('exosome-quiz-restart', () => this.#say(UI.restarted));
  }

  /**
   * Runs a reader's action (`act` sends it to the quiz): when the screen on
   * show changes, its heading takes focus at the next render, and what the
   * quiz emits meanwhile is announced.
   */
  follow(act: () => void): void {
    const before = this.#screen();
    this.#acting = true;
    act();
    this.#acting = false;
    const field = this.#screen();
    this.#moved ||= field !== before;
    if (this.view().context.missing) this.#say(questionFor(field as AnswerField).kind === 'multi' ? UI.missingMulti : UI.missingSingle, true);
  }

  /** The screen changed ahead of the quiz (a Start it hears after the frame): its heading takes focus at this render. */
  moved(): void {
    this.#moved = true;
  }

  /** The step's field, or the state's name (intro, result). */
  #screen() {
    const { value } = this.view();
    return currentField(value) ?? (value as string);
  }

  hostUpdated(): void {
    if (!this.#moved) return;
    this.#moved = false;
    this.host.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  /** Live regions speak only when their text changes; a trailing space makes a repeat new. */
  #say(message: string, always = this.#acting): void {
    if (!always) return;
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }
}
