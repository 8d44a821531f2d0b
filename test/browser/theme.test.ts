import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { $, cleanPageWatchingConsole, mount } from './helpers.js';

// Switching prefers-color-scheme during a run needs CDP: this file runs in
// Chromium only (web-test-runner.config.js; README, "Security and robustness").
const background = (el: ExosomeQuiz) => getComputedStyle($(el, '.card')!).backgroundColor;

const console_ = cleanPageWatchingConsole();

describe('<exosome-quiz> theme attribute', () => {
  it('theme: light and dark hold whatever the system says; auto follows it; a bad value warns and follows it', async () => {
    // Reduced motion: colours change at once, so axe sees the final contrast.
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const el = await mount({ theme: 'light' });
      expect(background(el)).to.equal('rgb(255, 253, 250)');
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(28, 31, 34)');
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el)).to.equal('rgb(255, 253, 250)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(28, 31, 34)');
      await expect(el).to.be.accessible();
      expect(console_.warnings).to.deep.equal([]);
      el.setAttribute('theme', 'purple');
      await el.updateComplete;
      expect(background(el)).to.equal('rgb(255, 253, 250)');
      expect(console_.warnings).to.have.length(1);
      expect(console_.warnings[0]).to.contain('theme').and.contain('auto, light, dark');
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

});
