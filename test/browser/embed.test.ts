import { expect } from '@open-wc/testing';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { closeFrames, loadScript, openFrame, quizIn, type Frame } from './frames.js';
import { button, click, heading, INTRO } from './helpers.js';

const IIFE = '/dist/exosome-quiz.iife.js';
const ESM = '/dist/exosome-quiz.js';
const BLANK = '/test/browser/fixtures/blank.html';

/** The widget in the frame answers a click: the definition that stayed works. */
async function expectWorking(page: Frame) {
  const el = await quizIn(page);
  expect(heading(el)).to.equal(INTRO);
  await click(el, button(el, 'Start the quiz'));
  expect(heading(el)).to.equal('What would you like to change about your skin?');
  return el;
}

describe('<exosome-quiz> script-tag build', () => {
  afterEach(closeFrames);

  it('defines the element with no inline style and leaves no global of its own', async () => {
    const page = await openFrame(BLANK);
    const before = new Set(Object.keys(page.win));
    await loadScript(page, IIFE);
    expect(page.win.customElements.get('exosome-quiz')).to.be.a('function');
    const el = await expectWorking(page);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    // Lit and zod keep their own version and config globals; the widget adds none.
    expect(Object.keys(page.win).filter((key) => !before.has(key) && /exosome|quiz/i.test(key))).to.deep.equal([]);
    expect(page.console).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('loaded twice: no exception, one working definition, one console note', async () => {
    const page = await openFrame(BLANK);
    await loadScript(page, IIFE);
    const first = page.win.customElements.get('exosome-quiz');
    await loadScript(page, IIFE);
    expect(page.errors).to.deep.equal([]);
    expect(page.win.customElements.get('exosome-quiz')).to.equal(first);
    expect(page.console).to.have.length(1);
    expect(page.console[0]!.level).to.equal('info');
    expect(page.console[0]!.text).to.match(/^exosome-quiz 0\.1\.0: <exosome-quiz> is already defined on this page \(by version 0\.1\.0\), so this copy is not used/);
    await expectWorking(page);
  });

  it('the ESM build and the script-tag build on one page: the first stays, one note', async () => {
    const page = await openFrame(BLANK);
    await loadScript(page, ESM, 'module');
    const first = page.win.customElements.get('exosome-quiz');
    await loadScript(page, IIFE);
    expect(page.errors).to.deep.equal([]);
    expect(page.win.customElements.get('exosome-quiz')).to.equal(first);
    expect(page.console.map((m) => m.level)).to.deep.equal(['info']);
    await expectWorking(page);
  });

  for (const [name, version, named] of [
    ['another version of the widget', '0.0.9', 'version 0.0.9'],
    ['a script of the page that took the tag name', undefined, 'another script'],
  ] as const) {
    it(`leaves the page alone when ${name} defined <exosome-quiz> first, with one note`, async () => {
      const page = await openFrame(BLANK);
      class Earlier extends page.win.HTMLElement {
        static version = version;
        connectedCallback() {
          this.textContent = 'the earlier quiz';
        }
      }
      page.win.customElements.define('exosome-quiz', Earlier);
      await loadScript(page, IIFE);
      expect(page.errors).to.deep.equal([]);
      expect(page.win.customElements.get('exosome-quiz')).to.equal(Earlier);
      expect(page.console).to.have.length(1);
      expect(page.console[0]!.text).to.contain(`already defined on this page (by ${named})`);
      const el = page.doc.createElement('exosome-quiz') as ExosomeQuiz;
      page.doc.body.append(el);
      expect(el.textContent).to.equal('the earlier quiz');
    });
  }

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
