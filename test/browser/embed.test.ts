import { expect } from '@open-wc/testing';

/** The script-tag file, as a blogger embeds it (built by `npm run build`). */
function loadScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/exosome-quiz.iife.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/exosome-quiz.iife.js did not load: run npm run build'));
    document.head.append(script);
  });
}

describe('<exosome-quiz> script-tag build', () => {
  it('defines the element, survives being loaded twice, and prints no warnings', async () => {
    const messages: unknown[] = [];
    const errors: unknown[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => messages.push(args);
    console.error = (...args: unknown[]) => messages.push(args);
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await loadScript();
      await loadScript();
    } finally {
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    expect(customElements.get('exosome-quiz')).to.be.a('function');

    const el = document.createElement('exosome-quiz');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('exosome serum');
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    el.remove();
  });

  it('leaves no globals behind but its element', async () => {
    expect(Object.keys(window).filter((key) => /exosome/i.test(key))).to.deep.equal([]);
  });
});
