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

  it('dist/embed.html holds a working quiz under its own strict CSP, for iframe-only platforms', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Skin quiz';
    frame.src = '/dist/embed.html';
    frame.style.cssText = 'width: 375px; height: 700px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const inner = frame.contentWindow!;
    const violations: string[] = [];
    inner.document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    await inner.customElements.whenDefined('exosome-quiz');
    const quiz = inner.document.querySelector('exosome-quiz')! as HTMLElement & { updateComplete: Promise<unknown> };
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('h2')!.textContent).to.contain('exosome serum');
    (quiz.shadowRoot!.querySelector('button.primary') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('legend')!.textContent).to.contain('change about your skin');
    expect(inner.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("script-src 'self'");
    expect(getComputedStyle(inner.document.body).margin).to.equal('0px');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
