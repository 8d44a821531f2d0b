import { expect } from '@open-wc/testing';
import { closeFrames, loadScript, openFrame, quizIn } from './frames.js';
import { heading } from './helpers.js';

// Issue 16: the line inside the tag shows while the script has not run (or
// never does), and disappears once the element is defined: its shadow root
// has no slot, so light-DOM children are not rendered.
describe('<exosome-quiz> fallback content', () => {
  afterEach(closeFrames);

  it('shows the line inside the tag before the script runs, and hides it once the element upgrades', async () => {
    const page = await openFrame('/test/browser/fixtures/fallback.html');
    const line = page.doc.querySelector('exosome-quiz > p')!;
    expect(page.win.customElements.get('exosome-quiz')).to.equal(undefined);
    expect(line.getClientRects().length).to.be.above(0);
    expect((line as HTMLElement).innerText).to.contain('needs JavaScript');

    await loadScript(page, '/dist/exosome-quiz.iife.js');
    const el = await quizIn(page);
    expect(heading(el)).to.equal('Would an exosome serum suit your skin?');
    expect(line.isConnected).to.equal(true);
    expect(line.getClientRects().length).to.equal(0);
    expect(page.errors).to.deep.equal([]);
  });
});
