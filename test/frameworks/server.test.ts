import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { createSSRApp, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';
import { describe, expect, it } from 'vitest';

/**
 * The server step of an SSR framework (Next's prerender, Nuxt, an Astro page's
 * frontmatter): it imports the package and renders the tag into HTML. Nothing
 * is defined there and nothing throws; the browser defines the element when
 * the module runs there (README, Frameworks). Reads the built package (npm run build).
 */
describe('exosome-quiz on a server', () => {
  it("React's renderToString renders the bare tag and the exosome-quiz/react wrapper", async () => {
    const { ExosomeQuiz } = await import('exosome-quiz/react');
    const html = renderReact(
      createElement('main', null, [
        createElement('exosome-quiz', { key: 'bare', 'product-url': 'https://shop.example/calm-serum', theme: 'dark' }),
        createElement(ExosomeQuiz, { key: 'wrapped', theme: 'light' }),
      ]),
    );
    expect(html).toContain('<exosome-quiz product-url="https://shop.example/calm-serum" theme="dark"></exosome-quiz>');
    expect(html.match(/<exosome-quiz\b/g)).toHaveLength(2);
    expect(globalThis.customElements?.get('exosome-quiz')).toBeUndefined();
  });

  it("Vue's renderToString renders the tag with its attributes", async () => {
    await import('exosome-quiz');
    const app = createSSRApp({ render: () => h('exosome-quiz', { 'product-url': 'https://shop.example/calm-serum', persist: 'none' }) });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'exosome-quiz';
    expect(await renderVue(app)).toBe('<exosome-quiz product-url="https://shop.example/calm-serum" persist="none"></exosome-quiz>');
    expect(globalThis.customElements?.get('exosome-quiz')).toBeUndefined();
  });
});
