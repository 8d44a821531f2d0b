import { expect, waitUntil } from '@open-wc/testing';
import { toPlainText } from '../../src/rules/plain-text.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import { recommend } from '../../src/rules/recommend.js';
import { withCare } from './answers.js';
import { STRICT_CSP } from './fixtures/policy.mjs';
import { closeFrames, openFrame, quizIn, type Frame } from './frames.js';
import { answerWithMouse, button, click, heading, INTRO } from './helpers.js';

// test/browser/fixtures/page.html?csp=strict is served with the policy of
// fixtures/policy.mjs (fixtures/server.mjs sends it), and loads the built script-tag file.
const PAGE = '/test/browser/fixtures/page.html?csp=strict';

const violations = (page: Frame) => (page.win as unknown as { cspViolations: string[] }).cspViolations;

describe('<exosome-quiz> under a strict Content Security Policy', () => {
  afterEach(closeFrames);

  it('the fixture page is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('runs the whole quiz to the copied result with no policy violation', async () => {
    const page = await openFrame(PAGE);
    const copied: string[] = [];
    Object.defineProperty(page.win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
      configurable: true,
    });
    const el = await quizIn(page);
    await answerWithMouse(el, withCare);
    expect(heading(el)).to.equal(recommend(withCare).verdictLabel);
    await click(el, button(el, 'Copy result'));
    await el.updateComplete;
    // The copied text ends with the link that opens this result again (the frame's own URL and fragment).
    const shareUrl = `${page.win.location.href.replace(/#.*$/, '')}#exosome-quiz=${encodeAnswers(withCare)}`;
    expect(copied).to.deep.equal([toPlainText(recommend(withCare), { shareUrl })]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Copied/);
    await click(el, button(el, 'Start over'));
    expect(heading(el)).to.equal(INTRO);
    expect(el.shadowRoot!.querySelector('style'), 'no <style> element in the shadow root').to.equal(null);
    expect(page.doc.querySelectorAll('style')).to.have.length(0);
    expect(violations(page)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('would notice a violation: an inline <style> added to the page is reported (control)', async () => {
    const page = await openFrame(PAGE);
    const style = page.doc.createElement('style');
    style.textContent = 'body { color: red }';
    page.doc.head.append(style);
    await waitUntil(() => violations(page).length > 0, 'no violation reported', { timeout: 2000 });
    expect(violations(page).join()).to.match(/^style-src/);
  });
});
