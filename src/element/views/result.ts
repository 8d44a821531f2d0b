import { html, nothing, type TemplateResult } from 'lit';
import type { Recommendation } from '../../rules/result.js';
import { UI } from '../strings.js';

export interface ResultViewProps {
  result: Recommendation;
  onCopy: () => void;
  onRestart: () => void;
  onBack: () => void;
  onShare: () => void;
  /** The host's call to action (views/product-link.ts), after the buying advice. */
  product: TemplateResult | typeof nothing;
}

const list = (items: readonly string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

export function resultView({ result: r, onCopy, onRestart, onBack, onShare, product }: ResultViewProps) {
  const { routine, pairings } = r;
  const yours = pairings.pairsWell.filter((p) => p.yours);
  const others = pairings.pairsWell.filter((p) => !p.yours);
  const later = r.verdict === 'not-now';
  const routineTitle =
    routine.kind === 'basics' ? UI.basics : r.verdict === 'not-the-right-tool' ? UI.routineIfTried : UI.routine;

  return html`
    <article class="result" part="result" aria-labelledby="heading">
      <header class="verdict verdict-${r.verdict}" part="verdict">
        <p class="eyebrow">${UI.resultEyebrow}</p>
        <h2 id="heading" class="title" tabindex="-1">${r.verdictLabel}</h2>
        <p class="headline">${r.headline}</p>
      </header>
      <p class="summary">${r.summary}</p>
      ${r.referralNote ? html`<p class="note" part="referral">${r.referralNote}</p>` : nothing}

      <section part="section" aria-labelledby="why">
        <h3 id="why">${UI.why}</h3>
        ${list(r.reasons.map((reason) => reason.text))}
      </section>

      <section part="section" aria-labelledby="expect">
        <h3 id="expect">${later ? UI.expectLater : UI.expect}</h3>
        <ul class="expectations">
          ${r.expectations.map(
            (e) => html`<li>
              <span class="expect-title">${e.title}</span>${e.timeframe
                ? html` <span class="timeframe">${e.timeframe}</span>`
                : nothing}
              <span class="expect-text">${e.text}</span>
            </li>`,
          )}
        </ul>
      </section>

      <section part="section" aria-labelledby="routine">
        <h3 id="routine">${routineTitle}</h3>
        <div class="routine">
          <div>
            <h4>${UI.morning}</h4>
            <ol>${routine.morning.map((s) => html`<li class=${s.id === 'exosome-serum' ? 'serum' : ''}>${s.text}</li>`)}</ol>
          </div>
          <div>
            <h4>${UI.evening}</h4>
            <ol>${routine.evening.map((s) => html`<li class=${s.id === 'exosome-serum' ? 'serum' : ''}>${s.text}</li>`)}</ol>
          </div>
        </div>
        ${routine.notes.map((note) => html`<p class="note">${note}</p>`)}
      </section>

      <section part="section" aria-labelledby="pairings">
        <h3 id="pairings">${later ? UI.pairingsLater : UI.pairings}</h3>
        <h4>${UI.pairsWell}</h4>
        ${list([...yours, ...others].map((p) => p.text))}
        ${pairings.withCare.length
          ? html`<h4>${UI.withCare}</h4>${list(pairings.withCare.map((p) => p.text))}`
          : nothing}
        ${pairings.conflicts.length
          ? html`<h4>${UI.conflicts}</h4>${list(pairings.conflicts.map((c) => c.text))}`
          : nothing}
        <p class="note">${pairings.oneAtATime}</p>
      </section>

      ${r.patchTest
        ? html`<section part="section" aria-labelledby="patch">
            <h3 id="patch">${UI.patchTest}</h3>
            <p>${r.patchTest.text}</p>
          </section>`
        : nothing}

      <section part="section" aria-labelledby="buying">
        <h3 id="buying">${UI.buying}</h3>
        <ul>${r.buying.map((b) => html`<li class=${b.stressed ? 'stressed' : ''}>${b.text}</li>`)}</ul>
      </section>

      ${product}
      <p class="disclaimer" part="disclaimer">${r.disclaimer}</p>

      <div class="actions">
        <button type="button" class="secondary" part="button button-secondary" @click=${onBack}>${UI.back}</button>
        <button type="button" class="secondary" part="button button-secondary" @click=${onRestart}>${UI.restart}</button>
        <button type="button" class="secondary" part="button button-secondary share" @click=${onShare}>${UI.share}</button>
        <button type="button" class="primary" part="button button-primary" @click=${onCopy}>${UI.copy}</button>
      </div>
      <textarea class="copy-fallback" part="copy-fallback" readonly hidden aria-label=${UI.copyLabel}></textarea>
    </article>
  `;
}
