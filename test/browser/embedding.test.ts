import { expect, waitUntil } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { recommend } from '../../src/rules/recommend.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import {
  $,
  $$,
  answerWithMouse,
  button,
  cleanPage,
  cleanPageWatchingConsole,
  click,
  expectWorking,
  heading,
  input,
  INTRO,
  mount,
  restoreClipboard,
  STEP1,
  storedAnswers,
  stubClipboard,
} from './helpers.js';
import { goodFit, withCare, optional, notNow, wrongTool } from './answers.js';

const pageUrl = () => location.href.replace(/#.*$/, '');
/** Opens the page again at a share link (the fragment is all that changes). */
const openAt = (fragment: string) => history.replaceState(null, '', `${pageUrl()}#${fragment}`);
/** A reload, as far as the widget can tell: the element goes, a new one reads storage and the URL. */
async function reload(el: ExosomeQuiz, attributes: Record<string, string> = {}) {
  el.remove();
  return mount(attributes);
}

const console_ = cleanPageWatchingConsole();
afterEach(restoreClipboard);

describe('<exosome-quiz> attributes', () => {
  it('heading: sets the intro title, shows markup as text, and refuses an empty one once', async () => {
    const el = await mount({ heading: 'Is this serum for you?' });
    expect(heading(el)).to.equal('Is this serum for you?');
    el.setAttribute('heading', '<img src=x onerror="window.pwned=1"><b>Bold</b>');
    await el.updateComplete;
    expect(heading(el)).to.equal('<img src=x onerror="window.pwned=1"><b>Bold</b>');
    expect($(el, '#heading img, #heading b')).to.equal(null);
    expect(console_.warnings).to.deep.equal([]);
    el.setAttribute('heading', '   ');
    await el.updateComplete;
    expect(heading(el)).to.equal(INTRO);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('heading').and.contain('not empty');
    await expect(el).to.be.accessible();
  });

  it('a custom property restyles the widget from the host page, in either theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ theme });
      const primary = () => getComputedStyle($(el, 'button.primary')!);
      const own = primary().backgroundColor;
      el.style.setProperty('--exosome-quiz-accent', 'rgb(107, 63, 160)');
      el.style.setProperty('--exosome-quiz-accent-text', 'rgb(1, 2, 3)');
      await el.updateComplete;
      expect(own, `${theme}: the theme's own accent differs`).to.not.equal('rgb(107, 63, 160)');
      expect(primary().backgroundColor, theme).to.equal('rgb(107, 63, 160)');
      expect(primary().color, theme).to.equal('rgb(1, 2, 3)');
      cleanPage();
    }
  });

  it('skip-intro: starts at the first question; "false" keeps the intro; a bad value warns once', async () => {
    const skipped = await mount({ 'skip-intro': '' });
    expect(heading(skipped)).to.equal(STEP1);
    cleanPage();
    const kept = await mount({ 'skip-intro': 'false' });
    expect(heading(kept)).to.equal(INTRO);
    kept.setAttribute('skip-intro', 'skip-intro');
    await kept.updateComplete;
    expect(heading(kept)).to.equal(STEP1);
    cleanPage();
    const bad = await mount({ 'skip-intro': 'yes please' });
    expect(heading(bad)).to.equal(INTRO);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('skip-intro');
  });

  it('skip-intro: Start over goes back to the first question', async () => {
    const el = await mount({ 'skip-intro': '' });
    openAt(`exosome-quiz=${encodeAnswers(goodFit)}`);
    el.remove();
    const shown = await mount({ 'skip-intro': '' });
    expect(heading(shown)).to.equal(recommend(goodFit).verdictLabel);
    await click(shown, button(shown, 'Start over'));
    expect(heading(shown)).to.equal(STEP1);
  });

  it('persist: a bad value warns once, naming the values, and keeps the default (session)', async () => {
    const el = await mount({ persist: 'forever' });
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('persist').and.contain('session, local, none');
    await click(el, button(el, 'Start the quiz'));
    await click(el, input(el, 'concerns', 'redness').closest('label')!);
    expect(storedAnswers(sessionStorage)).to.deep.equal(['redness']);
  });

  describe('product-url and product-name', () => {
    const product = { 'product-url': 'https://shop.example/serum?ref=blog', 'product-name': 'Calm Serum' };
    const link = (el: ExosomeQuiz) => $<HTMLAnchorElement>(el, 'a[part="product-link"]');

    for (const [name, answers] of [['good-fit', goodFit], ['fits-with-care', withCare], ['optional', optional]] as const) {
      it(`shows the product link for ${name}, as a sponsored link in a new tab`, async () => {
        const el = await mount(product);
        await answerWithMouse(el, answers);
        expect(recommend(answers).verdict).to.equal(name);
        const a = link(el)!;
        expect(a.href).to.equal('https://shop.example/serum?ref=blog');
        expect(a.rel).to.equal('sponsored noopener');
        expect(a.target).to.equal('_blank');
        expect(a.textContent).to.contain('Calm Serum').and.contain('opens in a new tab');
        await expect(el).to.be.accessible();
      });
    }

    for (const [name, answers] of [['not-now', notNow], ['not-the-right-tool', wrongTool]] as const) {
      it(`never shows it for ${name}`, async () => {
        const el = await mount(product);
        await answerWithMouse(el, answers);
        expect(recommend(answers).verdict).to.equal(name);
        expect(link(el)).to.equal(null);
        expect($(el, '[part="product"]')).to.equal(null);
      });
    }

    it('refuses javascript:, data: and relative URLs with one warning each, and shows no link', async () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/shop', 'ftp://files.example/x']) {
        console_.warnings.length = 0;
        const el = await mount({ 'product-url': url, 'product-name': 'Calm Serum' });
        await answerWithMouse(el, goodFit);
        expect(link(el), url).to.equal(null);
        expect($$(el, 'a')).to.have.length(0);
        expect(console_.warnings, url).to.have.length(1);
        expect(console_.warnings[0]).to.contain('product-url').and.contain('https: or http:');
        el.remove();
        sessionStorage.clear();
      }
    });

    it('shows a product name with markup as text', async () => {
      const el = await mount({ ...product, 'product-name': '<img src=x onerror="window.pwned=1">Serum</a><b>' });
      await answerWithMouse(el, goodFit);
      expect(link(el)!.textContent).to.contain('<img src=x onerror="window.pwned=1">Serum</a><b>');
      expect($$(el, '.product img, .product b')).to.have.length(0);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('takes a change of URL at run time', async () => {
      const el = await mount();
      await answerWithMouse(el, goodFit);
      expect(link(el)).to.equal(null);
      el.setAttribute('product-url', 'http://shop.example/b');
      await el.updateComplete;
      expect(link(el)!.href).to.equal('http://shop.example/b');
      expect(link(el)!.textContent).to.contain('See the suggested serum');
      el.removeAttribute('product-url');
      await el.updateComplete;
      expect(link(el)).to.equal(null);
    });
  });
});

describe('<exosome-quiz> events', () => {
  it('fires start, each step, complete, copy, share and restart, with their details, bubbling out of the shadow root', async () => {
    const seen: { type: string; detail: unknown; composed: boolean }[] = [];
    const names = ['start', 'step', 'complete', 'copy', 'share', 'restart'].map((n) => `exosome-quiz-${n}`);
    const record = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail, composed: e.composed });
    for (const name of names) document.addEventListener(name, record);
    const written = stubClipboard();
    try {
      const el = await mount();
      await answerWithMouse(el, goodFit);
      await click(el, button(el, 'Copy result'));
      await click(el, button(el, 'Share link'));
      await click(el, button(el, 'Back'));
      await click(el, button(el, 'See my result'));
      await click(el, button(el, 'Start over'));
      const url = `${pageUrl()}#exosome-quiz=${encodeAnswers(goodFit)}`;
      const step = (s: string, index: number) => ({ type: 'exosome-quiz-step', detail: { step: s, index, total: 5 }, composed: true });
      const complete = { type: 'exosome-quiz-complete', detail: { answers: goodFit, recommendation: recommend(goodFit) }, composed: true };
      expect(seen).to.deep.equal([
        { type: 'exosome-quiz-start', detail: null, composed: true },
        step('concerns', 0),
        step('actives', 1),
        step('sensitivity', 2),
        step('skinNow', 3),
        step('expectations', 4),
        complete,
        { type: 'exosome-quiz-copy', detail: { method: 'clipboard' }, composed: true },
        { type: 'exosome-quiz-share', detail: { method: 'clipboard', url }, composed: true },
        step('expectations', 4),
        complete,
        { type: 'exosome-quiz-restart', detail: null, composed: true },
      ]);
      expect(written[1]).to.equal(url);
      expect(written[0]).to.contain(`See this result again: ${url}`);
      // The events it fired are exactly those the manifest documents (custom-elements.json, from the JSDoc; test/dist/docs.test.ts holds it to README).
      const manifest = await (await fetch('/custom-elements.json')).json();
      const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find((d: { tagName?: string }) => d.tagName === 'exosome-quiz');
      expect([...new Set(seen.map((e) => e.type))].sort()).to.deep.equal(element.events.map((e: { name: string }) => e.name).sort());
      expect($(el, '[role="status"]')!.textContent).to.equal('');
    } finally {
      for (const name of names) document.removeEventListener(name, record);
    }
  });
});

describe('<exosome-quiz> events with skip-intro and restored state', () => {
  it('skip-intro fires start and the first step once the first question has painted; a restored step fires nothing', async () => {
    const seen: string[] = [];
    const record = (e: Event) => seen.push(`${e.type}:${JSON.stringify((e as CustomEvent).detail)}`);
    document.addEventListener('exosome-quiz-start', record);
    document.addEventListener('exosome-quiz-step', record);
    try {
      const el = await mount({ 'skip-intro': '' });
      // The first question paints before the statechart is built (issue 17); it starts in idle time just after.
      expect(heading(el)).to.equal(STEP1);
      // This checks which events come, and in what order, not how soon (the bench measures that): idle time can
      // take over a second to come on a loaded machine (three engines on two cores), so it waits up to 5 s.
      await waitUntil(() => seen.length > 0, 'no event after the first question painted', { timeout: 5000 });
      expect(seen).to.deep.equal(['exosome-quiz-start:null', 'exosome-quiz-step:{"step":"concerns","index":0,"total":5}']);
      await click(el, input(el, 'concerns', 'redness').closest('label')!);
      await click(el, button(el, 'Next'));
      seen.length = 0;
      await reload(el, { 'skip-intro': '' });
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('exosome-quiz-start', record);
      document.removeEventListener('exosome-quiz-step', record);
    }
  });
});

describe('<exosome-quiz> resume', () => {
  async function answerTwoSteps(el: ExosomeQuiz) {
    await click(el, button(el, 'Start the quiz'));
    await click(el, input(el, 'concerns', 'redness').closest('label')!);
    await click(el, button(el, 'Next'));
    await click(el, input(el, 'actives', 'peptides').closest('label')!);
  }

  for (const persist of ['session', 'local'] as const) {
    it(`persist="${persist}": a reload comes back to the same step with the same answers, and to the result`, async () => {
      const el = await mount({ persist });
      await answerTwoSteps(el);
      const back = await reload(el, { persist });
      expect(heading(back)).to.equal('Which of these do you already use?');
      expect(input(back, 'actives', 'peptides').checked).to.equal(true);
      await click(back, button(back, 'Back'));
      expect(input(back, 'concerns', 'redness').checked).to.equal(true);
      back.remove();
      cleanPage();
      const done = await mount({ persist });
      await answerWithMouse(done, withCare);
      const again = await reload(done, { persist });
      expect(heading(again)).to.equal(recommend(withCare).verdictLabel);
      expect(console_.warnings).to.deep.equal([]);
      const other = persist === 'local' ? sessionStorage : localStorage;
      expect(other.length).to.equal(0);
    });
  }

  it('persist="local": progress older than 30 days is dropped silently', async () => {
    const el = await mount({ persist: 'local' });
    await answerTwoSteps(el);
    const saved = JSON.parse(localStorage.getItem('exosome-quiz')!);
    localStorage.setItem('exosome-quiz', JSON.stringify({ ...saved, at: Date.now() - 31 * 24 * 3600 * 1000 }));
    const back = await reload(el, { persist: 'local' });
    expect(heading(back)).to.equal(INTRO);
    expect(console_.warnings).to.deep.equal([]);
  });

  it('persist="none": nothing is stored and a reload starts clean; switching to none clears what was kept', async () => {
    const el = await mount({ persist: 'none' });
    await answerTwoSteps(el);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const back = await reload(el, { persist: 'none' });
    expect(heading(back)).to.equal(INTRO);
    back.setAttribute('persist', 'session');
    await answerTwoSteps(back);
    expect(storedAnswers(sessionStorage)).to.deep.equal(['redness', 'peptides']);
    back.setAttribute('persist', 'none');
    await back.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(input(back, 'actives', 'peptides').checked).to.equal(true);
  });

  it('a corrupt stored value gives one warning and a clean, working quiz', async () => {
    sessionStorage.setItem('exosome-quiz', '{"v":1,"at":0,"screen":"result","draft":{"concerns":["glitter"]}}');
    const el = await mount();
    expect(heading(el)).to.equal(INTRO);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('saved progress').and.contain('discarded');
    expect(sessionStorage.getItem('exosome-quiz')).to.equal(null);
    await answerWithMouse(el, goodFit);
    expect(heading(el)).to.equal(recommend(goodFit).verdictLabel);
    expect(console_.warnings).to.have.length(1);
  });
});

describe('<exosome-quiz> share links', () => {
  it('round-trip: the shared link opens the same recommendation at once, and leaves the URL once the reader moves on', async () => {
    const written = stubClipboard();
    const el = await mount({ persist: 'none' });
    await answerWithMouse(el, withCare);
    await click(el, button(el, 'Share link'));
    expect($(el, '[role="status"]')!.textContent).to.contain('Link copied');
    const url = new URL(written[0]!);
    expect(url.search).to.equal(location.search);
    expect(url.hash).to.match(/^#exosome-quiz=1[\w-]{6}$/);
    el.remove();
    openAt(url.hash.slice(1));
    const friend = await mount();
    expect(heading(friend)).to.equal(recommend(withCare).verdictLabel);
    expect($(friend, '.summary')!.textContent).to.equal(recommend(withCare).summary);
    await expect(friend).to.be.accessible();
    expect(location.hash).to.equal(url.hash);
    await click(friend, button(friend, 'Start over'));
    expect(location.hash).to.equal('');
    expect(console_.warnings).to.deep.equal([]);
  });

  it('a tampered or old fragment gives one warning and a clean, working quiz', async () => {
    const code = encodeAnswers(goodFit);
    for (const bad of [`${code.slice(0, 3)}x${code.slice(4)}`, `0${code.slice(1)}`, `${code}A`, '%%%']) {
      console_.warnings.length = 0;
      openAt(`exosome-quiz=${bad}`);
      const el = await mount();
      expect(heading(el), bad).to.equal(INTRO);
      expect(console_.warnings, bad).to.have.length(1);
      expect(console_.warnings[0]).to.contain('share link');
      expect(location.hash).to.equal('');
      await expectWorking(el);
      el.remove();
    }
  });

  it("leaves the host's own #anchor alone, silently", async () => {
    openAt('comments');
    const el = await mount();
    expect(heading(el)).to.equal(INTRO);
    expect(location.hash).to.equal('#comments');
    await answerWithMouse(el, goodFit);
    expect(location.hash).to.equal('#comments');
    expect(console_.warnings).to.deep.equal([]);
  });

  it('opens a link followed on the same page (hashchange)', async () => {
    const el = await mount();
    location.hash = `exosome-quiz=${encodeAnswers(notNow)}`;
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(heading(el)).to.equal(recommend(notNow).verdictLabel);
  });
});

describe('<exosome-quiz> several on one page', () => {
  it('keep their own state, storage and share link, keyed by id', async () => {
    openAt(`exosome-quiz.second=${encodeAnswers(wrongTool)}`);
    const first = await mount({ id: 'first' });
    const second = await mount({ id: 'second' });
    expect(heading(first)).to.equal(INTRO);
    expect(heading(second)).to.equal(recommend(wrongTool).verdictLabel);
    await click(first, button(first, 'Start the quiz'));
    await click(first, input(first, 'concerns', 'fine-lines').closest('label')!);
    expect(storedAnswers(sessionStorage, 'exosome-quiz.first')).to.deep.equal(['fine-lines']);
    expect(sessionStorage.getItem('exosome-quiz.second')).to.equal(null);
    const written = stubClipboard();
    await click(second, button(second, 'Share link'));
    expect(written[0]).to.match(/#exosome-quiz\.second=1[\w-]{6}$/);
    first.remove();
    second.remove();
    const [a, b] = [await mount({ id: 'first' }), await mount({ id: 'second' })];
    expect(input(a, 'concerns', 'fine-lines').checked).to.equal(true);
    expect(heading(b)).to.equal(recommend(wrongTool).verdictLabel);
    expect(console_.warnings).to.deep.equal([]);
  });

  it('without ids, both work and the page is told once', async () => {
    const first = await mount();
    const second = await mount();
    await click(first, button(first, 'Start the quiz'));
    expect(heading(second)).to.equal(INTRO);
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.contain('give each its own id');
    await expectWorking(second);
  });
});
