import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { recommend } from '../../src/rules/recommend.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import { PAYLOADS, anyAnswers, hostileString, mutatedCode } from '../support/arbitraries.js';
import {
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
  quietFor,
} from './helpers.js';
import { goodFit } from './answers.js';

const RUNS = 1000;

const console_ = cleanPageWatchingConsole();

/** Replaces a storage object for the test: `restore()` puts the real one back. */
function replaceStorage(name: 'localStorage' | 'sessionStorage', get: () => Storage) {
  const real = Object.getOwnPropertyDescriptor(window, name)!;
  Object.defineProperty(window, name, { get, configurable: true });
  return () => Object.defineProperty(window, name, real);
}

describe('<exosome-quiz> when storage fails', () => {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    it(`${name} that throws on access (private mode, sandboxed frame): one warning, a working quiz without persistence`, async () => {
      const restore = replaceStorage(name, () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      try {
        const el = await mount({ persist: name === 'localStorage' ? 'local' : 'session' });
        await answerWithMouse(el, goodFit);
        expect(heading(el)).to.equal(recommend(goodFit).verdictLabel);
        expect(console_.warnings).to.have.length(1);
        expect(console_.warnings[0]).to.contain(name).and.contain('SecurityError');
        expect(console_.errors).to.deep.equal([]);
      } finally {
        restore();
      }
    });
  }

  it('a full quota: one warning, the answers stay on screen, and what was saved before is still there after a reload', async () => {
    const el = await mount();
    await click(el, button(el, 'Start the quiz'));
    await click(el, input(el, 'concerns', 'redness').closest('label')!);
    await click(el, button(el, 'Next'));
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await click(el, input(el, 'actives', 'peptides').closest('label')!);
      await click(el, input(el, 'actives', 'ceramides').closest('label')!);
      await click(el, button(el, 'Back'));
      expect(input(el, 'concerns', 'redness').checked).to.equal(true);
      await click(el, button(el, 'Next'));
      expect(input(el, 'actives', 'peptides').checked).to.equal(true);
      expect(input(el, 'actives', 'ceramides').checked).to.equal(true);
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('QuotaExceededError');
    } finally {
      Storage.prototype.setItem = realSetItem;
    }
    el.remove();
    const back = await mount();
    expect(heading(back)).to.equal('Which of these do you already use?');
    await click(back, button(back, 'Back'));
    expect(input(back, 'concerns', 'redness').checked).to.equal(true);
  });
});

/** `window.pwned`: set by any payload of PAYLOADS that ran (test/support/arbitraries.ts). */
const flag = window as { pwned?: unknown };

/** Mounts, checks the widget works and reported at most `maxWarnings`, then clears the page. */
async function expectSurvives(attributes: Record<string, string>, maxWarnings: number) {
  console_.warnings.length = 0;
  console_.errors.length = 0;
  let el: ExosomeQuiz | undefined;
  try {
    el = await mount(attributes);
    await expectWorking(el);
  } finally {
    cleanPage();
  }
  if (flag.pwned !== undefined) throw new Error('a payload ran (window.pwned is set)');
  if (console_.errors.length) throw new Error(`errors: ${console_.errors.join('; ')}`);
  if (console_.warnings.length > maxWarnings) throw new Error(`${console_.warnings.length} warnings: ${console_.warnings.join(' | ')}`);
  return console_.warnings;
}

describe('<exosome-quiz> with bad input (fast-check, in the browser)', () => {
  it(`any attribute values: a working quiz, markup shown as text, at most one warning per attribute (${RUNS} cases)`, async function () {
    this.timeout(300_000);
    const names = ['heading', 'product-url', 'product-name', 'persist', 'skip-intro', 'theme'];
    const value = fc.oneof(hostileString, fc.constantFrom('', 'light', 'dark', 'local', 'none', 'https://shop.example/x', 'http://a.b'));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), value), fc.boolean(), async (attributes, atResult) => {
        // Half the cases open at a result, where the product attributes are used.
        if (atResult) history.replaceState(null, '', `#exosome-quiz=${encodeAnswers(goodFit)}`);
        const warnings = await expectSurvives(attributes, Object.keys(attributes).length);
        const named = warnings.map((w) => names.find((n) => w.startsWith(`<exosome-quiz>: ${n}=`)));
        expect(named).to.not.include(undefined);
        expect(new Set(named).size).to.equal(named.length);
        expect(flag.pwned, 'a payload ran').to.equal(undefined);
      }),
      { numRuns: RUNS },
    );
    // An event handler in injected markup runs later (an image's error, a frame's load).
    await quietFor(50, 'a payload in an error or load handler, which runs after the markup is in');
    expect(flag.pwned, 'a payload ran').to.equal(undefined);
  });

  it('would notice a payload that ran: the same strings inserted as markup set the flag (control)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const payload of PAYLOADS.filter((p) => !p.startsWith('javascript:'))) {
        delete flag.pwned;
        // createContextualFragment, unlike innerHTML, lets <script> run: the worst a page could do with the text.
        host.replaceChildren(document.createRange().createContextualFragment(payload));
        await waitUntil(() => flag.pwned !== undefined, `the payload did not run: ${payload}`, { timeout: 2000 });
        expect(flag.pwned, payload).to.equal(1);
      }
    } finally {
      host.remove();
      delete flag.pwned;
    }
  });

  it(`any share fragment: random, mutated codes, very long, unicode (${RUNS} cases)`, async function () {
    this.timeout(300_000);
    const fragment = fc.oneof(
      mutatedCode(encodeAnswers).map((code) => `exosome-quiz=${code}`),
      hostileString.map((s) => `exosome-quiz=${s}`),
      hostileString,
      anyAnswers.map((a) => `exosome-quiz=${encodeAnswers(a)}`),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (hash) => {
        history.replaceState(null, '', `#${hash}`);
        const shown = location.hash;
        const warnings = await expectSurvives({}, 1);
        // Only our own entry is ever reported; the host's fragments are left alone silently.
        if (!shown.startsWith('#exosome-quiz=')) expect(warnings).to.deep.equal([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`any stored value: random, JSON, a saved state with one field broken or its code mutated (${RUNS} cases)`, async function () {
    this.timeout(300_000);
    const saved = {
      at: Date.now() - 1000,
      screen: 'actives',
      code: encodeAnswers({ concerns: ['redness'], actives: [], sensitivity: null, skinNow: null, expectations: null }),
    };
    const stored = fc.oneof(
      hostileString,
      fc.json(),
      fc
        .tuple(fc.constantFrom('at', 'screen', 'code', 'extra'), fc.anything())
        .map(([key, value]) => JSON.stringify({ ...saved, [key]: value })),
      mutatedCode(encodeAnswers).map((code) => JSON.stringify({ ...saved, code })),
      fc.constant(JSON.stringify(saved)),
    );
    await fc.assert(
      fc.asyncProperty(stored, fc.constantFrom('session', 'local'), async (value, persist) => {
        (persist === 'local' ? localStorage : sessionStorage).setItem('exosome-quiz', value);
        await expectSurvives({ persist }, 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('a very long heading wraps inside the widget', async () => {
    const el = await mount({ heading: `${'Serum'.repeat(400)} ${'🧴'.repeat(200)}` });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(heading(el)).to.not.equal(INTRO);
  });
});
