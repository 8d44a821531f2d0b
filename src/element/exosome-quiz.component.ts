import { LitElement, html, type PropertyValues } from 'lit';
import { FIRST_VIEW, QUESTIONS, currentField, questionFor, quizMachine, stepNumber } from '../quiz/index.js';
import type { Answers } from '../rules/answers.js';
import { toPlainText } from '../rules/plain-text.js';
import { recommend } from '../rules/recommend.js';
import type { Recommendation } from '../rules/result.js';
import { ActorController } from './actor-controller.js';
import { AttributeReader } from './attributes.js';
import { copyOut } from './clipboard.js';
import { emit, emitProgress } from './events.js';
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
 * @attr {string} heading - The intro's title. Default: "Would an exosome serum suit your skin?".
 * @attr {string} product-url - An absolute https: or http: link to a product the page recommends, shown under the verdicts good-fit, fits-with-care and optional (rel="sponsored noopener", new tab). Any other URL is refused with a console warning.
 * @attr {string} product-name - The link's text. Default: "See the suggested serum".
 * @attr {'session' | 'local' | 'none'} persist - Where progress is kept: "session" (default; survives a reload in the same tab), "local" (survives across visits for 30 days), "none".
 * @attr {boolean} skip-intro - Start at the first question.
 * @attr {'auto' | 'light' | 'dark'} theme - Colours: "auto" (default; follows prefers-color-scheme), "light" or "dark".
 *
 * @fires {CustomEvent<null>} exosome-quiz-start - The reader started the quiz (with skip-intro: when the element connects).
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

  static override properties = {
    heading: {},
    productUrl: { attribute: 'product-url' },
    productName: { attribute: 'product-name' },
    persist: {},
    skipIntro: { attribute: 'skip-intro' },
    theme: {},
    announcement: { state: true },
    copyStatus: { state: true },
  };

  // The attributes as written; read through `attrs` (attributes.ts), which parses and reports.
  declare heading: string | null;
  declare productUrl: string | null;
  declare productName: string | null;
  declare persist: string | null;
  declare skipIntro: string | null;
  declare theme: string | null;

  private readonly quiz = new ActorController(this, quizMachine, undefined, FIRST_VIEW);
  private readonly attrs = new AttributeReader();
  private readonly resume = new ResumeController(this, this.quiz, () => this.attrs.read('persist', this.persist));
  private declare announcement: string;
  private declare copyStatus: string;
  private lastView = '';
  private moveFocus = false;
  private focusHeading = false;
  private resultFor?: { answers: Answers; result: Recommendation };
  private firstRender?: Promise<void>;

  constructor() {
    super();
    this.announcement = '';
    this.copyStatus = '';
  }

  private get view(): string {
    const { value } = this.quiz.snapshot;
    return currentField(value) ?? (typeof value === 'string' ? value : 'question');
  }

  private result(answers: Answers): Recommendation {
    if (this.resultFor?.answers !== answers) this.resultFor = { answers, result: recommend(answers) };
    return this.resultFor.result;
  }

  private send(event: Parameters<typeof this.quiz.send>[0], focus = true) {
    const before = this.view;
    this.moveFocus = focus;
    this.copyStatus = '';
    this.quiz.send(event);
    const { context, value } = this.quiz.snapshot;
    const field = currentField(value);
    if (event.type === 'quiz.restart') {
      this.announce(UI.restarted);
      emit(this, 'exosome-quiz-restart', null);
      if (this.attrs.read('skip-intro', this.skipIntro)) this.send({ type: 'quiz.start' });
    }
    if (event.type === 'nav.next' && context.missing) {
      this.announce(field && questionFor(field).kind === 'multi' ? UI.missingMulti : UI.missingSingle);
    }
    if (this.view !== before) emitProgress(this, before, this.quiz.snapshot, (a) => this.result(a));
  }

  /** Live regions speak only when their text changes; a trailing space makes a repeat new. */
  private announce(message: string) {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  override connectedCallback(): void {
    this.firstRender ??= nextTaskOrFrame();
    super.connectedCallback();
    if (this.attrs.read('skip-intro', this.skipIntro) && this.view === 'intro') this.send({ type: 'quiz.start' }, false);
  }

  /** The first render waits for `firstRender` (first-render.ts); every later one is Lit's usual microtask. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : (this.firstRender ?? Promise.resolve()).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('persist')) {
      const previous = this.attrs.last('persist');
      if (previous !== this.attrs.read('persist', this.persist)) this.resume.save(previous);
    }
    if (this.hasUpdated && changed.has('skipIntro') && this.attrs.read('skip-intro', this.skipIntro) && this.view === 'intro') {
      this.send({ type: 'quiz.start' }, false);
    }
    const view = this.view;
    if (view === this.lastView) return;
    this.lastView = view;
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.focusHeading = true;
    const { context, value } = this.quiz.snapshot;
    const field = currentField(value);
    if (field) this.announce(UI.step(stepNumber(field), QUESTIONS.length));
    else if (view === 'result' && context.answers) {
      this.announce(UI.resultAnnounced(this.result(context.answers).verdictLabel));
    }
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  /** Copies the result as text (with its share link), or the link alone. */
  private async copy(link: boolean) {
    const { answers } = this.quiz.snapshot.context;
    const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback');
    if (!answers || !fallback) return;
    const url = this.resume.shareUrl(answers);
    this.copyStatus = await copyOut(this, link ? url : toPlainText(this.result(answers), { shareUrl: url }), fallback, link && url);
  }

  protected override render() {
    const { context, value } = this.quiz.snapshot;
    const field = currentField(value);
    let body;
    if (field) {
      const question = questionFor(field);
      body = questionView({
        question,
        step: stepNumber(field),
        draft: context.draft,
        missing: context.missing,
        onChoose: (option) => {
          this.moveFocus = false;
          this.quiz.send(
            question.kind === 'multi'
              ? { type: 'answer.toggle', field: field as 'concerns' | 'actives', option }
              : { type: 'answer.select', field: field as 'sensitivity' | 'skinNow' | 'expectations', option },
          );
        },
        onBack: () => this.send({ type: 'nav.back' }),
        onNext: () => this.send({ type: 'nav.next' }),
      });
    } else if (value === 'result' && context.answers) {
      const result = this.result(context.answers);
      body = resultView({
        result,
        onCopy: () => void this.copy(false),
        onShare: () => void this.copy(true),
        onRestart: () => this.send({ type: 'quiz.restart' }),
        onBack: () => this.send({ type: 'nav.back' }),
        product: productLinkView(result.verdict, this.attrs.read('product-url', this.productUrl), this.attrs.read('product-name', this.productName)),
      });
    } else {
      body = introView(this.attrs.read('heading', this.heading), () => this.send({ type: 'quiz.start' }));
    }
    return html`
      <div class="root ${this.attrs.read('theme', this.theme)}">
        <div class="card" part="card">${body}</div>
        <p class="status" part="status" role="status">${this.copyStatus}</p>
        <p class="sr-only" aria-live="polite">${this.announcement}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exosome-quiz': ExosomeQuiz;
  }
}
