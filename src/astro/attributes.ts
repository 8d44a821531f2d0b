/// <reference types="astro/astro-jsx" preserve="true" />
/**
 * `<exosome-quiz>` in Astro templates, for `astro check` and the editor:
 * each attribute by its HTML name, with the values the element accepts, so
 * `theme="blue"` is an error. For an app: `import type {} from
 * 'exosome-quiz/astro'` once (src/env.d.ts). Astro writes attributes, not
 * properties, and cannot attach listeners in a template: listen in a client
 * `<script>`, where the events are typed by the package itself (README,
 * Frameworks).
 *
 * Written from the attribute table rather than generated from the manifest:
 * the custom-element integrations have no Astro generator.
 */
import type { AttributeValues } from '../element/attributes.js';

declare global {
  namespace astroHTML.JSX {
    /** Each attribute as written in the page; the element parses its text (src/element/attributes.ts). */
    interface ExosomeQuizAttributes extends HTMLAttributes {
      heading?: string;
      'product-url'?: string;
      'product-name'?: string;
      persist?: AttributeValues['persist'];
      /** Present (or "true") to start at the first question. */
      'skip-intro'?: boolean | 'true' | 'false';
      theme?: AttributeValues['theme'];
    }
    interface IntrinsicElements {
      'exosome-quiz': ExosomeQuizAttributes;
    }
  }
}
