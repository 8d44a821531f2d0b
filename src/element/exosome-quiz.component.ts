import { LitElement, html, type PropertyValues } from 'lit';
import { firstView, currentField, questionFor, quizMachine, resultOf, stepNumber, type MultiField, type QuizEvent, type SingleField } from '../quiz/index.js';
import { toPlainText } from '../rules/plain-text.js';
import { ActorController } from './actor-controller.js';
import { converter, type Converter } from './attributes.js';
import { copyOut } from './clipboard.js';
import { FocusController } from './focus.js';
import { nextTaskOrFrame } from './first-render.js';
import { styles } from './exosome-quiz.styles.js';
import { embedStyles } from './embed.styles.js';
import { ResumeController } from './resume.js';
import { UI } from './strings.js';
import { VERSION } from './version.js';
import { introView } from './views/intro.js';
import { productLinkView } from './views/product-link.js';
import { questionView } from './views/question.js';
import { resultView } from './views/result.js';

/**
 * @tagname exosome-quiz
 * @summary An honest quiz: does an exosome serum suit the reader's skin?
 *
 * Five questions (concerns, actives, sensitivity, how skin feels now,
 * expectations), then a verdict with next steps first, and sections the
 * reader opens: reasons, time frames with sources, routine (or what helps
 * instead), pairings, a patch test where needed, buying where a serum fits.
 * The reader can copy the result as plain text, or a link that opens it
 * again. Nothing leaves the device: the widget makes no requests.
 *
 * Several quizzes on one page are independent when each has its own `id`:
 * the id keys the saved progress and the share link's fragment entry.
 *
 * Its words follow the nearest `lang` on the page, its own or an
 * ancestor's: Spanish (`es`), German (`de`), English otherwise. The ESM
 * build loads a language when first needed, one for the whole page (the
 * last asked for); each script-tag file is built in one language
 * (`exosome-quiz.es.iife.js`, ...). Option ids, share links and events are
 * the same in every language.
 *
 * Each property has an attribute of the same name in kebab case. A bad
 * value, from an attribute or a script, is reported once on the console
 * (naming the attribute and what it accepts) and the default is used.
 *
 * @fires {CustomEvent<null>} exosome-quiz-start - The reader started the quiz: just after the first question has painted (with skip-intro, just after it painted at load).
 * @fires {CustomEvent<ExosomeQuizStepDetail>} exosome-quiz-step - A question step is shown; detail: { step, index, total }.
 * @fires {CustomEvent<ExosomeQuizCompleteDetail>} exosome-quiz-complete - The result is shown; detail: { answers, recommendation }.
 * @fires {CustomEvent<ExosomeQuizCopyDetail>} exosome-quiz-copy - The result was copied; detail: { method }.
 * @fires {CustomEvent<ExosomeQuizShareDetail>} exosome-quiz-share - The share link was copied; detail: { method, url }.
 * @fires {CustomEvent<null>} exosome-quiz-restart - The reader pressed Start over.
 *
 * @csspart card - The widget's frame.
 * @csspart intro - The opening screen.
 * @csspart step - A question's form.
 * @csspart progress - "Step N of 5" and its bar.
 * @csspart options - The list of choices in a step.
 * @csspart option - One choice (label, input, hint).
 * @csspart error - The message shown when Next is pressed without an answer.
 * @csspart result - The result.
 * @csspart verdict - The verdict banner at the top of the result.
 * @csspart referral - The note suggesting a dermatologist or practitioner.
 * @csspart next-steps - The reader's next steps, right under the verdict and referral.
 * @csspart cautions - The "Take care" lines (pregnancy and retinoids, when to see a doctor), right after the next steps.
 * @csspart section - Each section of the result below the next steps (a disclosure the reader opens).
 * @csspart section-title - The title of a section, which opens and closes it.
 * @csspart disclaimer - The "not medical advice" line.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a screen (Start, Next, Copy result).
 * @csspart button-secondary - The other actions (Back, Start over).
 * @csspart copy-fallback - The text shown for copying by hand when the clipboard is refused.
 * @csspart status - The visible status line under the result's actions.
 * @csspart share - The Share link button.
 * @csspart product - The call to action to the host's product.
 * @csspart product-link - The product link itself.
 *
 * @cssproperty --exosome-quiz-font - Font family. Default: the system UI font.
 * @cssproperty --exosome-quiz-background - Widget background.
 * @cssproperty --exosome-quiz-surface - Background of options and notes.
 * @cssproperty --exosome-quiz-text - Main text colour.
 * @cssproperty --exosome-quiz-muted - Secondary text colour.
 * @cssproperty --exosome-quiz-accent - Buttons, focus ring and chosen options.
 * @cssproperty --exosome-quiz-accent-text - Text on the accent colour.
 * @cssproperty --exosome-quiz-border - Borders and dividers.
 * @cssproperty --exosome-quiz-error - Error text and outline.
 * @cssproperty --exosome-quiz-radius - Corner radius.
 */
export class ExosomeQuiz extends LitElement {
  static override styles = [styles, embedStyles];

  /** This script's version: a second copy on the page names it when it stands aside. */
  static readonly version = VERSION;

  // Nothing is reflected: no style reads these attributes (the theme is a class inside).
  static override properties = {
    heading: { converter: converter('heading') },
    productUrl: { attribute: 'product-url', converter: converter('product-url') },
    productName: { attribute: 'product-name', converter: converter('product-name') },
    persist: { converter: converter('persist') },
    skipIntro: { attribute: 'skip-intro', converter: converter('skip-intro') },
    theme: { converter: converter('theme') },
    copyStatus: { state: true },
  };

  /** The intro's title, shown as text; empty: "Would an exosome serum suit your skin?", in the quiz's language. */
  declare heading: string;
  /**
   * An absolute https: or http: link to a product the page recommends, shown
   * under the verdicts good-fit, fits-with-care and optional
   * (rel="sponsored noopener", new tab). Any other URL is refused: no link.
   */
  declare productUrl: string | null;
  /** The product link's text; empty: "See the suggested serum". */
  declare productName: string;
  /** Where progress is kept: "session" (survives a reload in the same tab), "local" (across visits, for 30 days after the last answer) or "none". */
  declare persist: 'session' | 'local' | 'none';
  /** Start at the first question, without the intro (as the attribute: present, or "true"). */
  declare skipIntro: boolean;
  /** Colours: "auto" (follows prefers-color-scheme), "light" or "dark". */
  declare theme: 'auto' | 'light' | 'dark';

  readonly #quiz = new ActorController(this, quizMachine, () => firstView(this.skipIntro), {
    input: () => ({ skipIntro: this.skipIntro, resume: this.#resume.take() }),
    // skip-intro changed after the actor started: it hears so before the render (on the intro, it starts).
    sync: ({ context }) => (context.skipIntro === this.skipIntro ? null : { type: 'quiz.skipIntro' as const, skip: this.skipIntro }),
  });
  readonly #resume = new ResumeController(this, this.#quiz, () => this.persist);
  readonly #guide = new FocusController(this, this.#quiz);
  private declare copyStatus: string;
  #firstRender?: Promise<void>;
  /** The statechart's state the last render showed. */
  #shown?: unknown;
  /** The update that renders the whole result, a task after its lead. */
  #whole?: Promise<void>;

  constructor() {
    super();
    this.heading = '';
    this.productUrl = null;
    this.productName = '';
    this.persist = 'session';
    this.skipIntro = false;
    this.theme = 'auto';
    this.copyStatus = '';
  }

  /** The first Start, heard by the statechart after the frame that paints its question (see #act). */
  #pending?: () => void;

  /**
   * A reader's action: to the quiz, which emits what the page hears; focus
   * and announcements follow it. The first Start paints the first question
   * at once (firstView) and builds the statechart in a task of its own after
   * that frame, which then hears it: no task does both. Any action before
   * then has it hear the Start first.
   */
  #act(event: QuizEvent) {
    this.copyStatus = '';
    this.#pending?.();
    // The statechart, if not started yet, starts in the guide's send: the guide compares the screen it leads to
    // with the one on show (the first view, or the preview), so focus moves only when the screen changes.
    const hear = () => {
      this.#resume.restore();
      this.#guide.act(event);
    };
    if (event.type == 'quiz.start' && this.#quiz.preview(firstView(true))) {
      const go = (this.#pending = () => {
        // Removed before the frame: it stays pending, and the first action once the quiz is back hears it.
        if (this.#pending != go || !this.isConnected) return;
        this.#pending = undefined;
        hear();
      });
      // After the frame that paints the question: a task run before it would hold its paint back.
      requestAnimationFrame(() => setTimeout(go));
      this.#guide.moved();
      return;
    }
    hear();
  }

  /**
   * Nothing is built at load but what paints the first screen: the intro,
   * or with skip-intro the first question (firstView). On the intro the
   * statechart is built and started by the reader's first action, so a
   * reader who never starts costs the page nothing more. A share link or
   * saved progress starts the quiz in the first render's task, which paints
   * the screen it holds.
   */
  override connectedCallback(): void {
    this.#firstRender ??= nextTaskOrFrame();
    super.connectedCallback();
    if (!this.hasUpdated && this.#resume.waiting) this.#firstRender = this.#firstRender.then(() => this.#begin());
  }

  /**
   * With skip-intro the reader is in the quiz from the first screen: the
   * statechart starts in idle time after it paints (WebKit has no
   * requestIdleCallback: there, the next task), and the page hears it start.
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('skipIntro') && this.skipIntro) (window.requestIdleCallback ?? setTimeout)(() => this.#begin());
  }

  /**
   * Reads this quiz's share link or saved progress (once), and starts the
   * statechart (if not yet). Not for a quiz removed before its deferred start
   * came: detached, it would save over the progress of the quiz that uses
   * its key now. Its first action once it is back starts it.
   */
  #begin() {
    if (!this.isConnected) return;
    this.#resume.restore();
    this.#quiz.start();
  }

  /**
   * The first render waits for `firstRender` (first-render.ts), set at
   * connection, which comes before any update; every later one is Lit's
   * usual microtask.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : this.#firstRender!.then(() => super.scheduleUpdate());
  }

  /** Resolves once the result has rendered whole: its rest renders a task after its lead (see render). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#whole;
    return super.getUpdateComplete();
  }

  /** A value a script assigned is checked as its attribute would be. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const props = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const { check } = (ExosomeQuiz.getPropertyOptions(name).converter ?? {}) as Partial<Converter>;
      if (check) props[name] = check(props[name]);
    }
  }

  /** Copies the result as text (with its share link), or the link alone; the quiz emits copy or share. */
  async #copy(link: boolean) {
    const { answers } = this.#quiz.snapshot.context;
    const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback');
    if (!answers || !fallback) return;
    const url = this.#resume.shareUrl(answers);
    const [method, status] = await copyOut(link ? url : toPlainText(resultOf(answers), { shareUrl: url }), fallback, link);
    this.#quiz.send({ type: 'result.copied', method, ...(link && { url }) });
    this.copyStatus = status;
  }

  protected override render() {
    const { context, value } = this.#quiz.snapshot;
    const field = currentField(value);
    // A result renders in two tasks: its lead first (the verdict, headline, summary and referral), the rest in the next.
    // In one task, its render and layout would hold a slow phone's main thread for over 50 ms (issue 17).
    const lead = value === 'result' && this.#shown != value;
    if (lead) this.#whole = new Promise((go) => setTimeout(go)).then(() => this.requestUpdate());
    this.#shown = value;
    let body;
    if (field) {
      const question = questionFor(field);
      body = questionView({
        question,
        step: stepNumber(field),
        draft: context.draft,
        missing: context.missing,
        onChoose: (option) =>
          this.#act(
            question.kind === 'multi'
              ? { type: 'answer.toggle', field: field as MultiField, option }
              : { type: 'answer.select', field: field as SingleField, option },
          ),
        onBack: () => this.#act({ type: 'nav.back' }),
        onNext: () => this.#act({ type: 'nav.next' }),
      });
    } else if (value === 'result' && context.answers) {
      const result = resultOf(context.answers);
      body = resultView(!lead, {
        result,
        onCopy: () => void this.#copy(false),
        onShare: () => void this.#copy(true),
        onRestart: () => this.#act({ type: 'quiz.restart' }),
        onBack: () => this.#act({ type: 'nav.back' }),
        product: productLinkView(result.verdict, this.productUrl, this.productName),
      });
    } else {
      body = introView(this.heading || UI.introTitle, () => this.#act({ type: 'quiz.start' }));
    }
    return html`
      <div class="root ${this.theme}">
        <div class="card" part="card">${body}</div>
        <p class="status" part="status" role="status">${this.copyStatus}</p>
        <p class="sr-only" aria-live="polite">${this.#guide.announcement}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exosome-quiz': ExosomeQuiz;
  }
}
