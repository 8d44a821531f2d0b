import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { firstView, type QuizEvent, type QuizMachine, type QuizView } from '../quiz/index.js';
import type { ActorController } from './actor-controller.js';
import type { FocusController } from './focus.js';
import type { ResumeController } from './resume-controller.js';

/**
 * Where the quiz is in its life:
 * - `idle`: no statechart yet; the first view is on show (the intro, or with
 *   skip-intro the first question);
 * - `previewing`: the reader pressed Start; the first question is on show,
 *   and the statechart hears Start after the frame that paints it;
 * - `running`: the statechart has started (stopped while the element is out
 *   of the page, it starts again where it was when the element is back).
 */
export type Phase = 'idle' | 'previewing' | 'running';

/** The next task or the next frame, whichever comes first. */
function nextTaskOrFrame(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go);
  });
}

/** A task after the next frame: a task run before the frame would hold its paint back. */
const afterNextPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run));

/**
 * Idle time, or a second later on a page too busy to have any (WebKit has no
 * requestIdleCallback: there, the next task).
 */
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(() => run(), { timeout: 1000 }) : setTimeout(run);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
}

/**
 * Every deferral of the element, and the one way its statechart starts
 * (`start()`). A page pays at load for nothing but the first screen:
 *
 * - the first render runs at the next task or frame after connection,
 *   whichever comes first: the page's load upgrades the element and renders
 *   it in separate tasks, and no frame paints the element empty (a frame
 *   runs the render before it paints). A share link or saved progress starts
 *   the statechart in that task, just before the render that shows it;
 * - with skip-intro the statechart starts in idle time after the first
 *   question has painted (within a second on a busy page), and the page
 *   hears it start;
 * - on the intro, the reader's Start paints the first question at once and
 *   the statechart starts and hears Start in a task after that frame (no
 *   task does both); any action before then has it hear the Start first;
 * - the result renders its lead (verdict, headline, summary, referral) in the
 *   task that reaches it and the rest a task later, so that no one task on a
 *   slow phone holds both.
 *
 * The element and its controllers schedule nothing themselves.
 */
export class Scheduler implements ReactiveController {
  phase: Phase = 'idle';
  /** False while the result shows only its lead: its rest renders a task later. */
  resultWhole = true;
  #firstRender?: Promise<void>;
  /** The reader's Start, waiting for the frame that paints its first question. */
  #start?: () => void;
  /** The update that renders the whole result, a task after its lead. */
  #whole?: Promise<void>;
  #onResult = false;
  #skipIntro = false;

  constructor(
    private readonly host: Host,
    private readonly quiz: ActorController<QuizMachine>,
    private readonly resume: ResumeController,
    private readonly guide: FocusController,
    private readonly skipIntro: () => boolean,
  ) {
    host.addController(this);
  }

  /** What the element renders. */
  get view(): QuizView {
    return (this.phase === 'running' && this.quiz.snapshot) || firstView(this.phase === 'previewing' || this.skipIntro());
  }

  /** Starts the statechart, from this quiz's share link or saved progress if it has one; running, it does nothing. */
  start(): void {
    // Not for a quiz out of the page: it would save over the progress of the quiz that uses its key now.
    if (!this.host.isConnected || this.quiz.running) return;
    this.resume.restore();
    this.quiz.start();
    this.phase = 'running';
  }

  /** Starts the statechart again from its input (a share link opened on the page). */
  restart(): void {
    this.quiz.reset();
    this.start();
  }

  /** A reader's action: to the statechart, which emits what the page hears; focus and announcements follow it. */
  act(event: QuizEvent): void {
    this.#start?.();
    if (event.type === 'quiz.start' && this.phase === 'idle') return this.#preview();
    this.#hear(event);
  }

  #hear(event: QuizEvent): void {
    this.guide.follow(() => {
      this.start();
      this.quiz.send(event);
    });
  }

  /** Start on the intro: the first question now, the statechart after its frame. */
  #preview(): void {
    this.phase = 'previewing';
    this.guide.moved();
    this.host.requestUpdate();
    const start = (this.#start = () => {
      // Removed before the frame: it stays pending, and the first action once the quiz is back hears it.
      if (this.#start !== start || !this.host.isConnected) return;
      this.#start = undefined;
      this.#hear({ type: 'quiz.start' });
    });
    afterNextPaint(start);
  }

  /** The element's `scheduleUpdate`: the first update waits for its turn (see the class); every later one is Lit's usual microtask. */
  scheduleUpdate(update: () => void | Promise<unknown>): void | Promise<unknown> {
    return this.host.hasUpdated ? update() : this.#firstRender!.then(update);
  }

  /** Resolves once the result, if on show, has rendered whole. */
  get whole(): Promise<void> | undefined {
    return this.#whole;
  }

  hostConnected(): void {
    // Asked for before the first update is queued, so the frame runs it before any other callback.
    this.#firstRender ??= nextTaskOrFrame().then(() => {
      if (!this.host.hasUpdated && this.resume.waiting) this.start();
    });
    // Moved in the page: it picks up where it was at once.
    if (this.phase === 'running') this.start();
  }

  /** Before each render: a result newly on show renders its lead now and the rest a task later. */
  hostUpdate(): void {
    const onResult = this.view.value === 'result';
    if (onResult && !this.#onResult) {
      this.resultWhole = false;
      this.#whole = nextTask().then(() => {
        this.resultWhole = true;
        this.host.requestUpdate();
      });
    }
    this.#onResult = onResult;
  }

  /** After each render: skip-intro newly set, on a quiz not started yet, starts it in idle time. */
  hostUpdated(): void {
    const skipIntro = this.skipIntro();
    if (skipIntro && !this.#skipIntro && this.phase === 'idle') whenIdle(() => this.start());
    this.#skipIntro = skipIntro;
  }
}
