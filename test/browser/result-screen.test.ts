import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { recommend } from '../../src/rules/recommend.js';
import { goodFit, notNow, targetedOnly, withCare } from './answers.js';
import { $, $$, answerWithMouse } from './helpers.js';

// The result's layout on a phone's first screen and on paper. Setting the
// viewport and the print medium needs CDP, so this file runs in Chromium
// only (web-test-runner.config.js; README, "Security and robustness").
const quiz = () => fixture<ExosomeQuiz>(html`<exosome-quiz></exosome-quiz>`);

describe('<exosome-quiz> result on screen and on paper', () => {
  afterEach(() => Promise.all([setViewport({ width: 800, height: 600 }), emulateMedia({ media: 'screen' })]));

    it('puts the verdict, summary, referral and next steps on the first screen at 375 px', async () => {
      await setViewport({ width: 375, height: 667 });
      for (const answers of [goodFit, withCare, notNow, targetedOnly]) {
        const el = await quiz();
        await answerWithMouse(el, answers);
        const top = $(el, '.card')!.getBoundingClientRect().top;
        const bottom = $(el, '[part="next-steps"]')!.getBoundingClientRect().bottom;
        expect(bottom - top, recommend(answers).verdict).to.be.at.most(667);
        if (recommend(answers).referralNote) expect($(el, '[part="referral"]')!.getBoundingClientRect().bottom - top).to.be.below(bottom - top);
      }
    });


    it('shows every section open in print', async () => {
      const el = await quiz();
      await answerWithMouse(el, withCare);
      const closed = $$<HTMLDetailsElement>(el, 'details[part="section"]').filter((d) => !d.open);
      expect(closed.length).to.be.above(3);
      await emulateMedia({ media: 'print' });
      for (const d of closed) expect(d.querySelector('.section-body > *')!.checkVisibility(), d.dataset.section).to.equal(true);
    });

});
