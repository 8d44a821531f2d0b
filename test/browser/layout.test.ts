import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/element/define.js';
import { cleanPage, mount } from './helpers.js';

import reserve from '../../demo/reserve.css?inline';

/** The rule README tells hosts to add, word for word. */
const RESERVE = /^exosome-quiz.*$/m.exec(reserve)![0];

describe('<exosome-quiz> page layout', () => {
  beforeEach(() => cleanPage());
  afterEach(() => cleanPage());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    it(`the intro fills exactly the space reserved before the script loads, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const style = document.createElement('style');
      style.textContent = RESERVE;
      document.head.append(style);
      try {
        const before = document.createElement('exosome-quiz-not-yet');
        // An element of another (undefined) name stands for the quiz before its script runs.
        style.textContent += RESERVE.replace('exosome-quiz', 'exosome-quiz-not-yet');
        document.body.append(before);
        const reserved = before.getBoundingClientRect().height;
        before.remove();
        expect(reserved).to.equal(24 * 16);
        const el = await mount();
        expect(el.getBoundingClientRect().height).to.equal(reserved);
      } finally {
        style.remove();
      }
    });
  }
});
