import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { goodFit, notNow } from './answers.js';
import { closeFrames, openFrame, quizIn, type Frame } from './frames.js';
import { answerWithMouse, button, click, heading, quietFor } from './helpers.js';

interface Logged {
  url: string;
  cookie: string;
}

/** The test server's log of requests made by a fixture page and what it loaded. */
const requestsOf = (run: string) => executeServerCommand<Logged[], { page: string }>('fixture-requests', { page: run });
const resources = (page: Frame) => page.win.performance.getEntriesByType('resource').map((entry) => entry.name);

async function openRun() {
  const run = `run-${Math.random().toString(36).slice(2)}`;
  return { run, page: await openFrame(`/test/browser/fixtures/page.html?${run}`) };
}

describe('<exosome-quiz> on the network', () => {
  afterEach(closeFrames);

  it('a whole run makes no request after its script and sets no cookie', async () => {
    const { run, page } = await openRun();
    // The page itself; its scripts may come from the browser's cache.
    const atLoad = await requestsOf(run);
    expect(atLoad.map((r) => r.url)).to.include(`/test/browser/fixtures/page.html?${run}`);
    const resourcesAtLoad = resources(page);

    const el = await quizIn(page);
    await answerWithMouse(el, goodFit);
    await click(el, button(el, 'Copy result'));
    await click(el, button(el, 'Back'));
    await click(el, button(el, 'See my result'));
    await click(el, button(el, 'Start over'));
    await answerWithMouse(el, notNow);
    expect(heading(el)).to.equal('Not right now');
    await quietFor(300, 'a request the run would make late (nothing announces one that never comes)');

    expect((await requestsOf(run)).map((r) => r.url)).to.deep.equal(atLoad.map((r) => r.url));
    expect(resources(page)).to.deep.equal(resourcesAtLoad);
    expect(page.doc.cookie).to.equal('');
    expect((await requestsOf(run)).every((r) => r.cookie === '')).to.equal(true);
  });

  it('the request log sees a request the page makes (control)', async () => {
    const { run, page } = await openRun();
    await page.win.fetch('/test/browser/fixtures/blank.html?from-the-page');
    expect((await requestsOf(run)).map((r) => r.url)).to.include('/test/browser/fixtures/blank.html?from-the-page');
  });
});
