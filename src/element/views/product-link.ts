import { html, nothing } from 'lit';
import { SERUM_VERDICTS, type Verdict } from '../../rules/options.js';
import { UI } from '../strings.js';

/** The blogger's call to action, under the verdicts where a serum is on the table (SERUM_VERDICTS) (`url` already checked to be http(s), attributes.ts), shown as text (Lit escapes it), opening in a new tab. */
export const productLinkView = (verdict: Verdict, url: string | null, name: string) =>
  url && (SERUM_VERDICTS as readonly Verdict[]).includes(verdict)
    ? html`<aside class="product" part="product" aria-labelledby="product-title">
        <h3 id="product-title">${UI.productTitle}</h3>
        <p>${UI.productText}</p>
        <a class="product-link" part="product-link" href=${url} target="_blank" rel="sponsored noopener"
          >${name || UI.productFallback}<span class="sr-only">${UI.newTab}</span></a
        >
      </aside>`
    : nothing;
