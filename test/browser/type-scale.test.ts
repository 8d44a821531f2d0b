import { expect, fixture, html } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { $, button, click } from './helpers.js';

/** The computed sizes a reader sees on the first question. */
async function sizesOnFirstStep() {
  // Each call is a new reader: progress persists per tab by default (persist="session").
  sessionStorage.clear();
  const el = await fixture<ExosomeQuiz>(html`<exosome-quiz></exosome-quiz>`);
  await click(el, button(el, 'Start the quiz'));
  const px = (selector: string) => parseFloat(getComputedStyle($(el, selector)!).fontSize);
  const title = $(el, '#heading')!.getBoundingClientRect();
  const help = $(el, '#help')!.getBoundingClientRect();
  return {
    title: px('#heading'),
    label: px('.option-label'),
    hint: px('.option-hint'),
    button: px('button.primary'),
    gapUnderTitle: Math.round(help.top - title.bottom),
  };
}

/** The reader's own default text size, as their browser sets it. */
function readerDefault() {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.documentElement.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

function hostRule(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('<exosome-quiz> type scale', () => {
  it('sizes its text from the reader’s default size, with a gap under each step title', async () => {
    const base = readerDefault();
    const sizes = await sizesOnFirstStep();
    expect(sizes.title).to.equal(base * 1.375);
    expect(sizes.label).to.equal(base);
    expect(sizes.hint, 'a hint is the size of its label, in the muted colour').to.equal(base);
    expect(sizes.button).to.equal(base);
    // The help line must not sit against the title (WebKit drops a heading's
    // margin inside <legend>).
    expect(sizes.gapUnderTitle).to.be.within(6, 12);
  });

  for (const css of [
    'html { font-size: 62.5% }',
    'html { font-size: 9px }',
    'html { font-size: 62.5% } body { font-size: 1.6rem }',
    'html { font-size: 40px } body { font-size: 3rem; line-height: 3 }',
  ]) {
    it(`keeps the same sizes when the host page sets ${css}`, async () => {
      const plain = await sizesOnFirstStep();
      const undo = hostRule(css);
      try {
        const themed = await sizesOnFirstStep();
        expect(themed).to.deep.equal(plain);
      } finally {
        undo();
      }
    });
  }
});
