import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { templates as de } from '../../src/locales/de.js';
import { templates as es } from '../../src/locales/es.js';
import { useLanguage } from '../../src/messages/languages.js';
import type { Answers } from '../../src/rules/answers.js';
import { toPlainText } from '../../src/rules/plain-text.js';
import { recommend } from '../../src/rules/recommend.js';
import { withCare } from './answers.js';
import { closeFrames, loadScript, openFrame, quizIn, type Frame } from './frames.js';
import { $, button, click, heading, input } from './helpers.js';

const BLANK = '/test/browser/fixtures/blank.html';
type Words = typeof es;

/** A page in `lang` with that language's script-tag file, its clipboard recording what is written. */
async function pageIn(lang: string, hash = '') {
  const page = await openFrame(`${BLANK}${hash}`);
  page.doc.documentElement.lang = lang;
  const written: string[] = [];
  Object.defineProperty(page.win.navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
  await loadScript(page, `/dist/exosome-quiz.${lang}.iife.js`);
  return { page, written, el: await quizIn(page) };
}

/** The reader's walk with the mouse, finding each button by its name in that language. */
async function walk(el: ExosomeQuiz, words: Words, a: Answers) {
  await click(el, button(el, words['ui.start']));
  for (const field of ['concerns', 'actives', 'sensitivity', 'skinNow', 'expectations'] as const) {
    for (const option of [a[field]].flat()) await click(el, input(el, field, option).closest('label')!);
    await click(el, button(el, field === 'expectations' ? words['ui.see-result'] : words['ui.next']));
  }
}

const sameUrl = (page: Frame) => page.win.location.href.replace(/#.*$/, '');

for (const [lang, words] of [['es', es], ['de', de]] as const) {
  describe(`<exosome-quiz> in ${lang === 'es' ? 'Spanish' : 'German'} (dist/exosome-quiz.${lang}.iife.js)`, () => {
    before(() => useLanguage(lang));
    afterEach(closeFrames);

    it('walks to a result, copies it and its share link in that language, and the link opens the same result', async () => {
      const { page, written, el } = await pageIn(lang);
      expect(heading(el)).to.equal(words['ui.intro.title']);
      await walk(el, words, withCare);
      const result = recommend(withCare);
      expect(heading(el)).to.equal(result.verdictLabel);
      expect($(el, '.summary')!.textContent).to.equal(result.summary);

      await click(el, button(el, words['ui.copy']));
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(words['ui.copied']);
      await click(el, button(el, words['ui.share']));
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(words['ui.link-copied']);
      const url = new URL(written[1]!);
      expect(url.hash).to.match(/^#exosome-quiz=1[\w-]{6}$/);
      expect(written[0]).to.equal(toPlainText(result, { shareUrl: `${sameUrl(page)}${url.hash}` }));

      closeFrames();
      const friend = await pageIn(lang, url.hash);
      expect(heading(friend.el)).to.equal(result.verdictLabel);
      expect(button(friend.el, words['ui.restart'])).to.exist;
    });
  });
}

describe('<exosome-quiz> lang in the ESM build', () => {
  before(() => useLanguage('en'));
  after(() => useLanguage('en'));
  /** The title once the quiz has rendered. */
  const title = (el: ExosomeQuiz) => $(el, '#heading')?.textContent?.trim();

  it('follows the nearest lang on the page, and a later change of it', async () => {
    const section = document.createElement('section');
    section.lang = 'de-DE';
    const el = document.createElement('exosome-quiz') as ExosomeQuiz;
    section.append(el);
    document.body.append(section);
    await waitUntil(() => title(el) === de['ui.intro.title'], 'German intro');
    el.lang = 'es';
    await waitUntil(() => title(el) === es['ui.intro.title'], 'Spanish intro');
    el.lang = 'fr';
    await waitUntil(() => title(el) === 'Would an exosome serum suit your skin?', 'English for a language it does not have');
    section.remove();
  });
});
