import { css } from 'lit';

/** What the host page brings in: its heading (any length) and its call to action, set apart from the advice. */
export const embedStyles = css`
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
