import { expect } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { heading, INTRO } from './helpers.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

// Issue 9: a page's load connects the element in one task and renders it in
// a later one, and no frame paints it connected but empty.
describe('<exosome-quiz> at load', () => {
  let el: ExosomeQuiz;
  afterEach(() => el.remove());

  it('renders after the task that connects it, before the next frame paints', async () => {
    el = document.createElement('exosome-quiz');
    document.body.append(el);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(el.hasUpdated).to.equal(false);
    await nextFrame();
    expect(el.hasUpdated).to.equal(true);
    expect(heading(el)).to.equal(INTRO);
  });

  it('keeps the first render when it is moved before it', async () => {
    el = document.createElement('exosome-quiz');
    document.body.append(el);
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal(INTRO);
  });
});
