import { html } from 'lit';
import { UI } from '../strings.js';

export const introView = (heading: string, onStart: () => void) => html`
  <section class="intro" part="intro" aria-labelledby="heading">
    <p class="eyebrow">${UI.introEyebrow}</p>
    <h2 id="heading" class="title" tabindex="-1">${heading}</h2>
    <p class="lead">${UI.introText}</p>
    <div class="actions">
      <button type="button" class="primary" part="button button-primary" @click=${onStart}>
        ${UI.start}
      </button>
    </div>
  </section>
`;
