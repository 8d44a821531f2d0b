import { html, nothing } from 'lit';
import type { DraftAnswers, Question } from '../../quiz/index.js';
import { STEPS } from '../../quiz/index.js';
import * as content from '../../rules/content.js';
import { UI } from '../strings.js';

export interface QuestionViewProps {
  question: Question;
  step: number;
  draft: DraftAnswers;
  missing: boolean;
  onChoose: (option: string) => void;
  onBack: () => void;
  onNext: () => void;
}

export function questionView(p: QuestionViewProps) {
  const { question, draft } = p;
  const texts: Record<string, content.OptionText> = content.OPTION_TEXT[question.field];
  const { title, help } = content.QUESTIONS[question.field];
  const value = draft[question.field];
  const chosen = (option: string) =>
    Array.isArray(value) ? (value as string[]).includes(option) : value === option;
  const multi = question.kind === 'multi';
  const last = p.step === STEPS.length;
  const submit = (event: Event) => {
    event.preventDefault();
    p.onNext();
  };

  return html`
    <form class="step" part="step" novalidate @submit=${submit}>
      <div class="progress" part="progress">
        <p class="progress-label">${UI.step(p.step, STEPS.length)}</p>
        <progress max=${STEPS.length} value=${p.step} aria-hidden="true"></progress>
      </div>
      <fieldset
        aria-describedby=${p.missing ? 'help missing' : 'help'}
        aria-invalid=${p.missing ? 'true' : nothing}
      >
        <legend><h2 id="heading" class="title" tabindex="-1">${title}</h2></legend>
        <p id="help" class="help">${help}</p>
        <div class="options ${multi ? 'multi' : 'single'}" part="options">
          ${question.options.map((option) => {
            const id = `${question.field}-${option}`;
            const hint = texts[option]!.hint;
            return html`
              <label class="option" part="option" for=${id}>
                <input
                  id=${id}
                  type=${multi ? 'checkbox' : 'radio'}
                  name=${question.field}
                  value=${option}
                  .checked=${chosen(option)}
                  aria-labelledby=${`${id}-label`}
                  aria-describedby=${hint ? `${id}-hint` : nothing}
                  @change=${() => p.onChoose(option)}
                />
                <span class="option-text">
                  <span id=${`${id}-label`} class="option-label">${texts[option]!.label}</span>
                  ${hint ? html`<span id=${`${id}-hint`} class="option-hint">${hint}</span>` : nothing}
                </span>
              </label>
            `;
          })}
        </div>
        ${p.missing
          ? html`<p id="missing" class="error" part="error">
              ${multi ? UI.missingMulti : UI.missingSingle}
            </p>`
          : nothing}
      </fieldset>
      <div class="actions">
        <button type="button" class="secondary" part="button button-secondary" @click=${p.onBack}>
          ${UI.back}
        </button>
        <button type="submit" class="primary" part="button button-primary">
          ${last ? UI.seeResult : UI.next}
        </button>
      </div>
    </form>
  `;
}
