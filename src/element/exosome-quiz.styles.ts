import { css } from 'lit';

/** The dark palette, for theme="dark" and for "auto" on a dark system. */
const dark = css`
    --_bg: var(--exosome-quiz-background, #1c1f22);
    --_surface: var(--exosome-quiz-surface, #262a2e);
    --_text: var(--exosome-quiz-text, #ecebe7);
    --_muted: var(--exosome-quiz-muted, #b0b4b9);
    --_accent: var(--exosome-quiz-accent, #86cdbb);
    --_accent-text: var(--exosome-quiz-accent-text, #10231e);
    --_border: var(--exosome-quiz-border, #3d4348);
    --_error: var(--exosome-quiz-error, #ffb4ab);
    --_good: #1f3a31;
    --_care: #3b3220;
    --_optional: #22324a;
    --_hold: #41291f;
    --_other: #312c41;
`;

/**
 * Every colour and size goes through a private `--_*` token whose public
 * `--exosome-quiz-*` property wins when the host page sets it.
 */
export const styles = css`
  :host {
    display: block;
  }
  /* The host element is in the page's light DOM, where the page's own rules
     (even a bare '*') outrank :host and would pass inherited text styles in.
     The reset therefore sits on the root inside the shadow tree. */
  .root {
    all: initial;
    display: block;
    container-type: inline-size;
    --_font: var(--exosome-quiz-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_bg: var(--exosome-quiz-background, #fffdfa);
    --_surface: var(--exosome-quiz-surface, #f5f1eb);
    --_text: var(--exosome-quiz-text, #1f2328);
    --_muted: var(--exosome-quiz-muted, #565c64);
    --_accent: var(--exosome-quiz-accent, #2b6a5c);
    --_accent-text: var(--exosome-quiz-accent-text, #ffffff);
    --_border: var(--exosome-quiz-border, #d9d2c8);
    --_error: var(--exosome-quiz-error, #b3261e);
    --_radius: var(--exosome-quiz-radius, 12px);
    --_good: #e3f1ea;
    --_care: #f7eedb;
    --_optional: #e6eef7;
    --_hold: #f6e6df;
    --_other: #ece9f3;
    font-family: var(--_font);
    /* 'medium' is the reader's own default text size (16px unless they changed
       it), whatever the host page does to its root. Every size inside is in
       em from here, never rem, so a theme's 'html { font-size: 62.5% }' does
       not shrink the widget while the reader's browser setting still scales it. */
    font-size: medium;
    line-height: 1.55;
    color: var(--_text);
    text-align: start;
  }
  /* theme="auto" follows the reader's system; "light" and "dark" hold. */
  @media (prefers-color-scheme: dark) {
    .root:not(.light) {
${dark}
    }
  }
  .root.dark {
${dark}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .card {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(16px, 4cqi, 32px);
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0;
  }
  .title {
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 650;
    margin-block: 0.2em 0.35em;
  }
  .title:focus {
    outline: none;
  }
  #heading {
    /* Focus scrolls the new step into view: keep what sits above it visible too. */
    scroll-margin-block-start: 4.5em;
  }
  .title:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
    border-radius: 2px;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.875em;
    letter-spacing: 0.01em;
  }
  .lead,
  .summary {
    margin-block-end: 1em;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-block-end: 1em;
  }
  .progress-label {
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }
  progress {
    appearance: none;
    flex: 1;
    height: 6px;
    border: 0;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_border);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 3px;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* WebKit drops the bottom margin of a heading inside <legend>, so the gap
     under a step's title belongs to the help line, which every engine keeps. */
  legend .title {
    margin-block-end: 0;
  }
  .help {
    color: var(--_muted);
    margin-block: 0.5em 0.75em;
  }
  .options {
    display: grid;
    gap: 8px;
  }
  @container (min-width: 560px) {
    .options.multi {
      grid-template-columns: 1fr 1fr;
    }
  }
  .option {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: 12px 14px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option:has(input:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  input {
    margin: 3px 0 0;
    width: 18px;
    height: 18px;
    flex: none;
    accent-color: var(--_accent);
  }
  .option-text {
    display: grid;
  }
  .option-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    margin-block-start: 0.75em;
  }
  fieldset[aria-invalid='true'] .option {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-start: 1.25em;
  }
  .step .actions {
    justify-content: space-between;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 10px 20px;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .result .actions .primary {
    margin-inline-start: auto;
  }
  .verdict {
    border-radius: calc(var(--_radius) * 0.75);
    padding: 16px 18px;
    margin-block-end: 1em;
    border-inline-start: 6px solid var(--_accent);
  }
  .verdict .title {
    font-size: 1.75em;
    margin-block: 0 0.15em;
  }
  .headline {
    font-size: 1.0625em;
  }
  .verdict-good-fit {
    background: var(--_good);
  }
  .verdict-fits-with-care {
    background: var(--_care);
  }
  .verdict-optional {
    background: var(--_optional);
  }
  .verdict-not-now {
    background: var(--_hold);
  }
  .verdict-not-the-right-tool {
    background: var(--_other);
  }
  /* The result: the lead (verdict to next steps) fits the first screen at 375 px;
     the rest sits in native disclosures, all open in print. */
  .next {
    margin-block: 1em 1.25em;
  }
  .next ol {
    margin-block-start: 0.25em;
  }
  .result .section {
    border-block-start: 1px solid var(--_border);
  }
  .result .section:last-of-type {
    border-block-end: 1px solid var(--_border);
  }
  .section > summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    min-height: 44px;
    padding-block: 0.5em;
    font-size: 1.0625em;
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  .section > summary::-webkit-details-marker {
    display: none;
  }
  .section > summary::after {
    content: '+';
    flex: none;
    width: 1.5em;
    text-align: center;
    font-size: 1.25em;
    font-weight: 400;
    color: var(--_accent);
  }
  .section[open] > summary::after {
    content: '−';
  }
  .section > summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .section-body {
    display: grid;
    gap: 0.5em;
    padding-block-end: 1em;
  }
  .cite {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  @media print {
    .section::details-content {
      content-visibility: visible;
      display: block;
    }
    .section > summary::after,
    .result .actions {
      display: none;
    }
  }
  h3 {
    font-size: 1.125em;
    margin-block-end: 0.45em;
  }
  h4 {
    font-size: 0.9375em;
    margin-block: 0.8em 0.25em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 6px;
  }
  .expectations {
    list-style: none;
    padding: 0;
  }
  .timeframe {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    margin-inline-start: 4px;
  }
  .expect-text {
    display: block;
  }
  .routine {
    display: grid;
    gap: 0 24px;
  }
  @container (min-width: 560px) {
    .routine {
      grid-template-columns: 1fr 1fr;
    }
  }
  .expect-title,
  li.serum,
  .stressed {
    font-weight: 600;
  }
  .note {
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 10px 12px;
    margin-block: 0.75em;
  }
  .disclaimer {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-start: 1.4em;
  }
  .copy-fallback {
    display: block;
    width: 100%;
    min-height: 11.5em;
    margin-block-start: 0.85em;
    font: 0.875em/1.4 ui-monospace, monospace;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 8px;
  }
  .copy-fallback[hidden] {
    display: none;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block-start: 0.55em;
    font-size: 0.9375em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .option,
    button {
      transition: border-color 120ms ease, background-color 120ms ease, box-shadow 120ms ease;
    }
  }
`;
