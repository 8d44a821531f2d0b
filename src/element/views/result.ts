import { html, nothing, type TemplateResult } from 'lit';
import { PLAIN_TEXT as label } from '../../rules/content.js';
import type { Recommendation, RoutineStep } from '../../rules/result.js';
import { type SectionId, resultSections, sourceLines } from '../../rules/sections.js';
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
const steps = (items: readonly RoutineStep[]) =>
  html`<ol>${items.map((s) => html`<li class=${s.id === 'exosome-serum' ? 'serum' : ''}>${s.text}</li>`)}</ol>`;

/**
 * One titled section the reader can open (a native disclosure, so keyboard
 * and screen readers work without script). Print opens them all (styles).
 */
const disclosure = (id: string, title: string, body: TemplateResult, open = false) => html`
  <details class="section" part="section" data-section=${id} ?open=${open}>
    <summary part="section-title" id=${id}>${title}</summary>
    <div class="section-body">${body}</div>
  </details>
`;

/** The verdict, headline, summary and referral (docs/rules.md items 1 and 2): what the result renders first. */
function lead(r: Recommendation) {
  return html`
    <header class="verdict verdict-${r.verdict}" part="verdict">
      <p class="eyebrow">${UI.resultEyebrow}</p>
      <h2 id="heading" class="title" tabindex="-1">${r.verdictLabel}</h2>
      <p class="headline">${r.headline}</p>
    </header>
    <p class="summary">${r.summary}</p>
    ${r.referralNote ? html`<p class="note" part="referral">${r.referralNote}</p>` : nothing}
  `;
}

/** Each section's body; which sections show, in what order and under what title is sections.ts's. */
const BODY: Record<SectionId, (r: Recommendation) => TemplateResult> = {
  why: (r) => list(r.reasons.map((x) => x.text)),
  expect: (r) => html`<ul class="expectations">
    ${r.expectations.map(
      (e) => html`<li>
        <span class="expect-title">${e.title}</span>${e.timeframe ? html` <span class="timeframe">${e.timeframe}</span>` : nothing}
        <span class="expect-text">${e.text}</span>
        ${e.sources.length ? html`<span class="cite">${e.sources.join('; ')}</span>` : nothing}
      </li>`,
    )}
  </ul>`,
  instead: (r) => list(r.helpsInstead.map((h) => h.text)),
  routine: ({ routine }) => html`<div class="routine">
      <div><h4>${label.morning}</h4>${steps(routine.morning)}</div>
      <div><h4>${label.evening}</h4>${steps(routine.evening)}</div>
    </div>
    ${routine.notes.map((note) => html`<p class="note">${note}</p>`)}`,
  pairings: ({ pairings }) => {
    return html`${pairings.pairsWell ? html`<p>${pairings.pairsWell.text}</p>` : nothing} ${pairings.withCare.map((p) => html`<p>${p.text}</p>`)}
      ${pairings.conflicts.length ? html`<h4>${label.conflicts}</h4>${list(pairings.conflicts.map((c) => c.text))}` : nothing}
      <p class="note">${pairings.oneAtATime}</p>`;
  },
  patch: (r) => html`<p>${r.patchTest!.text}</p>`,
  buying: (r) => html`<ul>${r.buying.map((b) => html`<li class=${b.stressed ? 'stressed' : ''}>${b.text}</li>`)}</ul>`,
  sources: (r) => list(sourceLines(r)),
};

/**
 * The result. Until `whole`, its lead alone: the element renders the rest a
 * task later, so that one task does not hold it all (issue 17). With the
 * next steps (docs/rules.md item 9), the two fill the first screen at 375 px.
 */
export function resultView(whole: boolean, { result: r, onCopy, onRestart, onBack, onShare, product }: ResultViewProps) {
  return html`
    <article class="result" part="result" aria-labelledby="heading">
      ${lead(r)}
      ${whole
        ? html`<section class="next" part="next-steps" aria-labelledby="next">
              <h3 id="next">${label.next}</h3>
              <ol>${r.nextSteps.map((s) => html`<li>${s}</li>`)}</ol>
            </section>
            ${r.cautions.length
              ? html`<section class="cautions" part="cautions" aria-labelledby="cautions">
                  <h3 id="cautions">${label.cautions}</h3>
                  ${list(r.cautions)}
                </section>`
              : nothing}
            ${resultSections(r).map((x) => disclosure(x.id, x.title, BODY[x.id](r), x.open))} ${product}
            <p class="disclaimer" part="disclaimer">${r.disclaimer}</p>

            <div class="actions">
              <button type="button" class="secondary" part="button button-secondary" @click=${onBack}>${UI.back}</button>
              <button type="button" class="secondary" part="button button-secondary" @click=${onRestart}>${UI.restart}</button>
              <button type="button" class="secondary" part="button button-secondary share" @click=${onShare}>${UI.share}</button>
              <button type="button" class="primary" part="button button-primary" @click=${onCopy}>${UI.copy}</button>
            </div>
            <textarea class="copy-fallback" part="copy-fallback" readonly hidden aria-label=${UI.copyLabel}></textarea>`
        : nothing}
    </article>
  `;
}
