import { expect, fixture, html } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import { recommend } from '../../src/rules/recommend.js';
import { withCare } from './answers.js';
import { $, $$, answerWithMouse, button, click, heading, shadow } from './helpers.js';

/** The hostile theme (demo/hostile.css) with its root and body font sizes: 62.5%, tiny, huge. */
const CONDITIONS = ['62.5%', 'tiny', 'huge'] as const;

const STYLE = [
  'fontSize', 'lineHeight', 'fontFamily', 'fontStyle', 'fontWeight', 'color', 'textAlign', 'textIndent',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textDecorationLine', 'boxSizing', 'display', 'float',
  'marginTop', 'marginBottom', 'marginLeft', 'paddingTop', 'paddingLeft', 'borderTopWidth', 'borderTopStyle',
  'appearance', 'cursor',
] as const;

type Snapshot = Array<Record<string, string | number[]>>;


/** Computed style and place (relative to the card) of every element inside the card. */
function snapshot(el: ExosomeQuiz): Snapshot {
  const card = $(el, '.card')!.getBoundingClientRect();
  return [...shadow(el).querySelectorAll('.root *')].map((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return {
      node: `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`,
      ...Object.fromEntries(STYLE.map((name) => [name, style[name]])),
      box: node.getClientRects().length
        ? [box.x - card.x, box.y - card.y, box.width, box.height].map(Math.round)
        : 'not rendered',
    };
  });
}

/** Same computed styles; same boxes within a pixel (where the card sits on the page changes sub-pixel rounding). */
function expectSameLook(actual: Snapshot, expected: Snapshot, state: string) {
  const withoutBoxes = (s: Snapshot) => s.map(({ box: _box, ...style }) => style);
  expect(withoutBoxes(actual), state).to.deep.equal(withoutBoxes(expected));
  actual.forEach(({ box, node }, i) => {
    const want = expected[i]!.box;
    const off = Array.isArray(box) && Array.isArray(want) ? Math.max(...box.map((v, j) => Math.abs(v - want[j]!))) : box === want ? 0 : Infinity;
    expect(off, `${state}: box of ${node} ${box} (plain page: ${want})`).to.be.at.most(1);
  });
}

/** Intro, the first step showing its error, and a result: the states with the most kinds of element. */
async function walk(): Promise<Record<string, Snapshot>> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><exosome-quiz></exosome-quiz></div>`);
  const el = wrapper.querySelector('exosome-quiz')!;
  await el.updateComplete;
  const states: Record<string, Snapshot> = { intro: snapshot(el) };
  await click(el, button(el, 'Start the quiz'));
  await click(el, button(el, 'Next'));
  expect($(el, '[part="error"]')).to.exist;
  states.step = snapshot(el);
  expectLegible(el);
  await click(el, button(el, 'Back'));
  await answerWithMouse(el, withCare);
  expect(heading(el)).to.equal(recommend(withCare).verdictLabel);
  states.result = snapshot(el);
  expectLegible(el);
  return states;
}

function expectLegible(el: ExosomeQuiz) {
  const px = (node: Element, name: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(node)[name]);
  const title = $(el, '#heading')!;
  expect(px(title, 'fontSize'), 'title size').to.be.at.least(20);
  for (const text of $$(el, 'p, li, .option-label, .option-hint')) {
    expect(px(text, 'fontSize'), `${text.className} size`).to.be.at.least(13);
    expect(px(text, 'lineHeight') / px(text, 'fontSize'), `${text.className} line height`).to.be.within(1.2, 1.8);
  }
  for (const b of $$(el, 'button')) {
    expect(b.getBoundingClientRect().height, `${b.textContent} height`).to.be.at.least(44);
  }
  // The help line sits clearly below a step's title, in every engine (WebKit drops margins inside <legend>).
  const help = $(el, '.help');
  if (help) expect(help.getBoundingClientRect().top - title.getBoundingClientRect().bottom).to.be.at.least(8);
}

function addHostileSheet() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/hostile.css';
  const loaded = new Promise((resolve) => (link.onload = resolve));
  document.head.append(link);
  return { loaded, remove: () => link.remove() };
}

/** A page's own elements, to see that the widget's styling does not reach them. */
const PAGE_ELEMENTS = 'html, body, .page-sample, .page-sample *';
function pageStyles() {
  return [...document.querySelectorAll(PAGE_ELEMENTS)].map((node) => {
    const style = getComputedStyle(node);
    return [node.tagName, ...STYLE.map((name) => style[name])].join(' | ');
  });
}

describe('<exosome-quiz> on a page with hostile global CSS', () => {
  let baseline: Record<string, Snapshot>;
  before(async () => {
    baseline = await walk();
  });
  afterEach(() => document.documentElement.classList.remove(...CONDITIONS));

  for (const condition of CONDITIONS) {
    it(`looks and lays out exactly as on a plain page (root font size ${condition})`, async () => {
      const sheet = addHostileSheet();
      try {
        await sheet.loaded;
        if (condition !== '62.5%') document.documentElement.classList.add(condition);
        expect(getComputedStyle(document.body).textAlign, 'the hostile sheet applies').to.equal('justify');
        const hostile = await walk();
        for (const state of ['intro', 'step', 'result']) expectSameLook(hostile[state]!, baseline[state]!, state);
      } finally {
        sheet.remove();
      }
    });
  }

  it('leaks none of its styling into the page', async () => {
    const sample = await fixture<HTMLDivElement>(html`
      <div class="page-sample">
        <h2>A heading</h2>
        <p>A paragraph with <a href="#x">a link</a>.</p>
        <fieldset><legend>A legend</legend><label><input type="checkbox" /> A label</label></fieldset>
        <button type="button">A button</button>
        <progress max="5" value="1"></progress>
        <textarea></textarea>
      </div>
    `);
    const sheets = document.styleSheets.length;
    const before = pageStyles();
    const el = document.createElement('exosome-quiz');
    sample.after(el);
    await el.updateComplete;
    await answerWithMouse(el, withCare);
    expect(pageStyles()).to.deep.equal(before);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets).to.have.length(0);
    el.remove();
  });
});
