import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { recommend } from '../../src/rules/recommend.js';
import { goodFit, notNow, wrongTool } from './answers.js';
import { $, $$, answerWithMouse, button, click } from './helpers.js';

// Runs in Chromium only: switching prefers-color-scheme and
// prefers-reduced-motion during a run needs CDP, which neither Firefox
// (WebDriver BiDi) nor WebKitWebDriver offers (README, "Security and robustness").

async function quiz() {
  return fixture<ExosomeQuiz>(html`<exosome-quiz></exosome-quiz>`);
}

describe('<exosome-quiz>', () => {
  describe('in dark mode and with reduced motion', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

    it('uses the dark theme, and every state still passes axe (contrast included)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await quiz();
      const background = getComputedStyle($(el, '.card')!).backgroundColor;
      expect(background).to.equal('rgb(28, 31, 34)');
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Start the quiz'));
      await click(el, button(el, 'Next'));
      await expect(el).to.be.accessible();
      for (const answers of [goodFit, notNow, wrongTool]) {
        const fresh = await quiz();
        await answerWithMouse(fresh, answers);
        await expect(fresh, recommend(answers).verdict).to.be.accessible();
      }
    });

    it('moves nothing, with or without reduced motion: no transition or animation anywhere in the widget', async () => {
      // Issue 17: the options' colour fades were dropped (each one repainted for 120 ms, at 4x slowdown
      // into the reader's next click), so there is no motion for reduced motion to turn off.
      const el = await quiz();
      await click(el, button(el, 'Start the quiz'));
      const moving = () =>
        $$(el, '*').filter((node) => {
          const style = getComputedStyle(node);
          return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
        });
      expect(moving()).to.deep.equal([]);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(moving()).to.deep.equal([]);
    });
  });
});
