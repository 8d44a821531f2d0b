import { html, nothing } from 'lit';
import type { Verdict } from '../../rules/options.js';
import { UI } from '../strings.js';

/** The verdicts under which a serum is worth buying; never for not-now or not-the-right-tool. */
const SHOWN_FOR: readonly Verdict[] = ['good-fit', 'fits-with-care', 'optional'];

/** The blogger's call to action (`url` already checked to be http(s), attributes.ts), shown as text (Lit escapes it), opening in a new tab. */
export const productLinkView = (verdict: Verdict, url: string | null, name: string) =>
  url && SHOWN_FOR.includes(verdict)
    ? html`<aside class="product" part="product" aria-labelledby="product-title">
        <h3 id="product-title">${UI.productTitle}</h3>
        <p>${UI.productText}</p>
        <a class="product-link" part="product-link" href=${url} target="_blank" rel="sponsored noopener"
          >${name || UI.productFallback}<span class="sr-only">${UI.newTab}</span></a
        >
      </aside>`
    : nothing;
