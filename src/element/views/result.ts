import { html, nothing, type TemplateResult } from 'lit';
import { PAIRS_WELL_WHY, PLAIN_TEXT as label } from '../../rules/content.js';
import { pairingsLater, pairsWellLine, routineTitle } from '../../rules/plain-text.js';
import type { Recommendation, RoutineStep } from '../../rules/result.js';
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

/** The first screen: verdict, headline, summary, referral and next steps (docs/rules.md items 1, 2, 9). */
function lead(r: Recommendation) {
  return html`
    <header class="verdict verdict-${r.verdict}" part="verdict">
      <p class="eyebrow">${UI.resultEyebrow}</p>
      <h2 id="heading" class="title" tabindex="-1">${r.verdictLabel}</h2>
      <p class="headline">${r.headline}</p>
    </header>
    <p class="summary">${r.summary}</p>
    ${r.referralNote ? html`<p class="note" part="referral">${r.referralNote}</p>` : nothing}
    <section class="next" part="next-steps" aria-labelledby="next">
      <h3 id="next">${label.next}</h3>
      <ol>${r.nextSteps.map((s) => html`<li>${s}</li>`)}</ol>
    </section>
  `;
}

/** The rest, each in its own section, in the order of the copied text. */
function details(r: Recommendation) {
  const { routine, pairings } = r;
  const cited = new Set(r.expectations.flatMap((e) => e.sources));
  const others = r.sources.filter((s) => !cited.has(s.text));
  const pairs = pairsWellLine(pairings.pairsWell);
  return html`
    ${disclosure('why', label.why, list(r.reasons.map((x) => x.text)))}
    ${disclosure(
      'expect',
      r.verdict === 'not-now' ? label.expectLater : label.expect,
      html`<ul class="expectations">
        ${r.expectations.map(
          (e) => html`<li>
            <span class="expect-title">${e.title}</span>${e.timeframe
              ? html` <span class="timeframe">${e.timeframe}</span>`
              : nothing}
            <span class="expect-text">${e.text}</span>
            ${e.sources.length ? html`<span class="cite">${e.sources.join('; ')}</span>` : nothing}
          </li>`,
        )}
      </ul>`,
      true,
    )}
    ${r.helpsInstead.length ? disclosure('instead', label.instead, list(r.helpsInstead.map((h) => h.text)), true) : nothing}
    ${disclosure(
      'routine',
      routineTitle(r),
      html`<div class="routine">
          <div><h4>${label.morning}</h4>${steps(routine.morning)}</div>
          <div><h4>${label.evening}</h4>${steps(routine.evening)}</div>
        </div>
        ${routine.notes.map((note) => html`<p class="note">${note}</p>`)}`,
    )}
    ${disclosure(
      'pairings',
      pairingsLater(r) ? label.pairingsLater : label.pairings,
      html`${pairs ? html`<p><strong>${label.pairsWell}</strong> (${PAIRS_WELL_WHY}): ${pairs}.</p>` : nothing}
        ${pairings.withCare.map((p) => html`<p>${p.text}</p>`)}
        ${pairings.conflicts.length
          ? html`<h4>${label.conflicts}</h4>${list(pairings.conflicts.map((c) => c.text))}`
          : nothing}
        <p class="note">${pairings.oneAtATime}</p>`,
    )}
    ${r.patchTest
      ? disclosure('patch', r.verdict === 'not-now' ? label.patchTestLater : label.patchTest, html`<p>${r.patchTest.text}</p>`)
      : nothing}
    ${r.buying.length
      ? disclosure(
          'buying',
          label.buying,
          html`<ul>${r.buying.map((b) => html`<li class=${b.stressed ? 'stressed' : ''}>${b.text}</li>`)}</ul>`,
        )
      : nothing}
    ${others.length
      ? disclosure('sources', cited.size ? label.otherSources : label.sources, list(others.map((s) => s.text)))
      : nothing}
  `;
}

export function resultView({ result: r, onCopy, onRestart, onBack, onShare, product }: ResultViewProps) {
  return html`
    <article class="result" part="result" aria-labelledby="heading">
      ${lead(r)} ${details(r)} ${product}
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
