import { LitElement, html, type PropertyValues } from 'lit';
import { currentField, questionFor, quizMachine, stepNumber, type MultiField, type QuizEvent, type SingleField } from '../quiz/index.js';
import { toPlainText } from '../rules/plain-text.js';
import { ActorController } from './actor-controller.js';
import { converter, type Converter } from './attributes.js';
import { copyOut } from './clipboard.js';
import { FocusController } from './focus.js';
import { styles } from './exosome-quiz.styles.js';
import { embedStyles } from './embed.styles.js';
import { ResumeController } from './resume-controller.js';
import { Scheduler } from './scheduler.js';
import { UI } from './strings.js';
import { VERSION } from './version.js';
import { introView } from './views/intro.js';
import { productLinkView } from './views/product-link.js';
import { questionView } from './views/question.js';
import { resultView } from './views/result.js';

/**
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
 * Each property has an attribute of the same name in kebab case. A bad
 * value, from an attribute or a script, is reported once on the console
 * (naming the attribute and what it accepts) and the default is used.
 *
 * Events bubble and cross shadow roots; each `@fires` type below is the
 * event's `detail` (a `CustomEvent` of it).
 *
 * @tagname exosome-quiz
 * @summary An honest quiz: does an exosome serum suit the reader's skin?
 *
 * @attr {string} [heading='Would an exosome serum suit your skin?'] - The intro's title, shown as text.
 *
 * @fires {null} exosome-quiz-start - The reader started the quiz: just after the first question has painted (with skip-intro, just after it painted at load).
 * @fires {ExosomeQuizStepDetail} exosome-quiz-step - A question step is shown; detail: { step, index, total }.
 * @fires {ExosomeQuizCompleteDetail} exosome-quiz-complete - The result is shown; detail: { answers, recommendation }.
 * @fires {ExosomeQuizCopyDetail} exosome-quiz-copy - The result was copied; detail: { method }.
 * @fires {ExosomeQuizShareDetail} exosome-quiz-share - The share link was copied; detail: { method, url }.
 * @fires {null} exosome-quiz-restart - The reader pressed Start over.
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
 * @cssproperty [--exosome-quiz-font=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family: the system UI font.
 * @cssproperty [--exosome-quiz-background=#fffdfa] - Widget background (dark theme: #1c1f22).
 * @cssproperty [--exosome-quiz-surface=#f5f1eb] - Background of options and notes (dark theme: #262a2e).
 * @cssproperty [--exosome-quiz-text=#1f2328] - Main text colour (dark theme: #ecebe7).
 * @cssproperty [--exosome-quiz-muted=#565c64] - Secondary text colour (dark theme: #b0b4b9).
 * @cssproperty [--exosome-quiz-accent=#2b6a5c] - Buttons, focus ring and chosen options (dark theme: #86cdbb).
 * @cssproperty [--exosome-quiz-accent-text=#ffffff] - Text on the accent colour (dark theme: #10231e).
 * @cssproperty [--exosome-quiz-border=#d9d2c8] - Borders and dividers (dark theme: #3d4348).
 * @cssproperty [--exosome-quiz-error=#b3261e] - Error text and outline (dark theme: #ffb4ab).
 * @cssproperty [--exosome-quiz-radius=12px] - Corner radius.
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

  /** The intro's title, shown as text. */
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

  readonly #quiz = new ActorController(this, quizMachine, {
    input: () => ({ skipIntro: this.skipIntro, resume: this.#resume.take() }),
    // skip-intro changed after the actor started: it hears so before the render (on the intro, it starts).
    sync: ({ context }) => (context.skipIntro === this.skipIntro ? null : { type: 'quiz.skipIntro' as const, skip: this.skipIntro }),
  });
  readonly #resume: ResumeController = new ResumeController(this, this.#quiz, () => this.persist, () => this.#scheduler.restart());
  readonly #guide: FocusController = new FocusController(this, () => this.#scheduler.view);
  readonly #scheduler = new Scheduler(this, this.#quiz, this.#resume, this.#guide, () => this.skipIntro);
  private declare copyStatus: string;

  constructor() {
    super();
    this.heading = UI.introTitle;
    this.productUrl = null;
    this.productName = '';
    this.persist = 'session';
    this.skipIntro = false;
    this.theme = 'auto';
    this.copyStatus = '';
  }

  /** A reader's action: the scheduler passes it to the statechart (see scheduler.ts). */
  #act(event: QuizEvent) {
    this.copyStatus = '';
    this.#scheduler.act(event);
  }

  /** The first render waits for its turn (scheduler.ts); every later one is Lit's usual microtask. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#scheduler.scheduleUpdate(() => super.scheduleUpdate());
  }

  /** Resolves once the result has rendered whole: its rest renders a task after its lead (scheduler.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#scheduler.whole;
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
    const { answers, recommendation } = this.#scheduler.view.context;
    const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback');
    if (!answers || !recommendation || !fallback) return;
    const url = this.#resume.shareUrl(answers);
    const [method, status] = await copyOut(link ? url : toPlainText(recommendation, { shareUrl: url }), fallback, link);
    this.#quiz.send({ type: 'result.copied', method, ...(link && { url }) });
    this.copyStatus = status;
  }

  protected override render() {
    const { context, value } = this.#scheduler.view;
    const field = currentField(value);
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
    } else if (value === 'result' && context.recommendation) {
      const result = context.recommendation;
      body = resultView(this.#scheduler.resultWhole, {
        result,
        onCopy: () => void this.#copy(false),
        onShare: () => void this.#copy(true),
        onRestart: () => this.#act({ type: 'quiz.restart' }),
        onBack: () => this.#act({ type: 'nav.back' }),
        product: productLinkView(result.verdict, this.productUrl, this.productName),
      });
    } else {
      body = introView(this.heading, () => this.#act({ type: 'quiz.start' }));
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
