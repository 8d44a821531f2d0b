import { LitElement, html } from 'lit';
import { FIRST_VIEW, QUESTIONS, currentField, questionFor, quizMachine, stepNumber } from '../quiz/index.js';
import type { Answers } from '../rules/answers.js';
import { toPlainText } from '../rules/plain-text.js';
import { recommend } from '../rules/recommend.js';
import type { Recommendation } from '../rules/result.js';
import { ActorController } from './actor-controller.js';
import { copyText } from './clipboard.js';
import { styles } from './exosome-quiz.styles.js';
import { UI } from './strings.js';
import { introView } from './views/intro.js';
import { questionView } from './views/question.js';
import { resultView } from './views/result.js';

/**
 * @tagname exosome-quiz
 * @summary An honest quiz: does an exosome serum suit the reader's skin?
 *
 * Five questions (concerns, actives, sensitivity, how skin feels now,
 * expectations), then a verdict with reasons, time frames, routine,
 * pairings, a patch test where needed and what to look for when buying.
 * The reader can copy the result as plain text. Nothing leaves the device.
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
 * @csspart section - Each section of the result.
 * @csspart disclaimer - The "not medical advice" line.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a screen (Start, Next, Copy result).
 * @csspart button-secondary - The other actions (Back, Start over).
 * @csspart copy-fallback - The text shown for copying by hand when the clipboard is refused.
 * @csspart status - The visible status line under the result's actions.
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
  static override styles = styles;

  static override properties = {
    announcement: { state: true },
    copyStatus: { state: true },
  };

  private readonly quiz = new ActorController(this, quizMachine, undefined, FIRST_VIEW);
  private declare announcement: string;
  private declare copyStatus: string;
  private lastView = '';
  private moveFocus = false;
  private focusHeading = false;
  private resultFor?: { answers: Answers; result: Recommendation };

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

  private send(event: Parameters<typeof this.quiz.send>[0]) {
    this.moveFocus = true;
    this.copyStatus = '';
    this.quiz.send(event);
    const { context } = this.quiz.snapshot;
    if (event.type === 'quiz.restart') this.announce(UI.restarted);
    if (event.type === 'nav.next' && context.missing) {
      const field = currentField(this.quiz.snapshot.value);
      this.announce(field && questionFor(field).kind === 'multi' ? UI.missingMulti : UI.missingSingle);
    }
  }

  /** Live regions speak only when their text changes; a trailing space makes a repeat new. */
  private announce(message: string) {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  protected override willUpdate(): void {
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

  private async copy() {
    const { answers } = this.quiz.snapshot.context;
    const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback');
    if (!answers || !fallback) return;
    const copied = await copyText(toPlainText(this.result(answers)), fallback);
    this.copyStatus = copied ? UI.copied : UI.copyFailed;
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
      body = resultView({
        result: this.result(context.answers),
        onCopy: () => void this.copy(),
        onRestart: () => this.send({ type: 'quiz.restart' }),
        onBack: () => this.send({ type: 'nav.back' }),
      });
    } else {
      body = introView(() => this.send({ type: 'quiz.start' }));
    }
    return html`
      <div class="root">
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
