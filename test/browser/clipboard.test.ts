import { expect, fixture, html } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { toPlainText } from '../../src/rules/plain-text.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import { recommend } from '../../src/rules/recommend.js';
import { withCare } from './answers.js';
import { $, answerWithMouse, button, click, focused, heading, input } from './helpers.js';

/** Ways a host page or browser takes the async Clipboard API away. */
const clipboards: Record<string, PropertyDescriptor> = {
  'navigator.clipboard is missing': { value: undefined },
  'navigator.clipboard has no writeText': { value: {} },
  'writeText rejects': { value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } },
  'writeText throws': {
    value: {
      writeText: () => {
        throw new TypeError('blocked by the page');
      },
    },
  },
  'reading navigator.clipboard throws': {
    get() {
      throw new Error('blocked by the page');
    },
  },
};

/** What execCommand('copy'), the fallback, does. */
const fallbacks = {
  copies: () => true,
  'returns false': () => false,
  throws: () => {
    throw new DOMException('Not allowed', 'SecurityError');
  },
};

describe('<exosome-quiz> when the clipboard fails', () => {
  const realExec = document.execCommand;
  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    document.execCommand = realExec;
  });

  // Every failure of the clipboard with a failing fallback, and every outcome of the fallback for two of them.
  const cases = [
    ...Object.keys(clipboards).map((how) => [how, 'returns false'] as const),
    ...(['copies', 'throws'] as const).map((fallback) => ['writeText rejects', fallback] as const),
    ['navigator.clipboard is missing', 'copies'] as const,
  ];
  for (const [how, fallback] of cases) {
    const descriptor = clipboards[how]!;
    const exec = fallbacks[fallback];
    it(`${how}, and the fallback ${fallback}`, async () => {
      Object.defineProperty(navigator, 'clipboard', { ...descriptor, configurable: true });
      const el = await fixture<ExosomeQuiz>(html`<exosome-quiz></exosome-quiz>`);
      await answerWithMouse(el, withCare);
      // The copied text ends with the link that opens this result again.
      const text = toPlainText(recommend(withCare), {
        shareUrl: `${location.href.replace(/#.*$/, '')}#exosome-quiz=${encodeAnswers(withCare)}`,
      });
      const copied: string[] = [];
      document.execCommand = (command: string) => {
        const area = $<HTMLTextAreaElement>(el, 'textarea')!;
        if (command === 'copy') copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
        return exec();
      };
      await click(el, button(el, 'Copy result'));
      await el.updateComplete;

      const area = $<HTMLTextAreaElement>(el, 'textarea')!;
      const status = $(el, '[role="status"]')!.textContent!.trim();
      expect(copied, 'the fallback was tried with the whole text selected').to.deep.equal([text]);
      if (fallback === 'copies') {
        expect(status).to.match(/^Copied/);
        expect(area.hidden).to.equal(true);
      } else {
        // Shown, whole and selected, with focus on it and a message saying what to do.
        expect(area.hidden).to.equal(false);
        expect(area.getBoundingClientRect().height).to.be.greaterThan(100);
        expect(area.value).to.equal(text);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, text.length]);
        expect(focused(el)).to.equal(area);
        expect(status).to.equal(
          'Copying did not work here. The text is selected below: press Ctrl+C, or ⌘C on a Mac, to copy it.',
        );
        await expect(el).to.be.accessible();
      }
      // Nothing is lost: the answers and the result are all still there.
      await click(el, button(el, 'Back'));
      expect(input(el, 'expectations', withCare.expectations).checked).to.equal(true);
      await click(el, button(el, 'See my result'));
      expect(heading(el)).to.equal(recommend(withCare).verdictLabel);
    });
  }
});
