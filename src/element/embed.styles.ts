import { css } from 'lit';

/** What the host page brings in: its heading (any length) and its call to action, set apart from the advice. */
export const embedStyles = css`
  /* The space a host reserves before the script loads (README, "No layout
     shift": exosome-quiz:not(:defined) { display: block; font-size: medium;
     min-height: 24em }). The root is font-size: medium too, so the intro
     fills exactly that space and nothing below it moves. */
  .root {
    display: flex;
    flex-direction: column;
    min-height: 24em;
  }
  .card {
    flex: 1 0 auto;
  }
  .title {
    overflow-wrap: anywhere;
  }
  .product {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.875em 1em;
    margin-block: 1.25em 0.75em;
  }
  .product h3 {
    margin-block-end: 0.25em;
  }
  .product-link {
    display: inline-block;
    margin-block-start: 0.5em;
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  .product-link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;
