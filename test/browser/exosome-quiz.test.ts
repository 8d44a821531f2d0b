import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/element/define.js';
import type { ExosomeQuiz } from '../../src/element/exosome-quiz.component.js';
import type { Answers } from '../../src/rules/answers.js';
import { toPlainText } from '../../src/rules/plain-text.js';
import { sourceLines } from '../../src/rules/sections.js';
import { recommend } from '../../src/rules/recommend.js';
import { encodeAnswers } from '../../src/persistence/share-code.js';
import {
  $,
  $$,
  answerWithKeyboard,
  answerWithMouse,
  button,
  click,
  focused,
  heading,
  input,
  INTRO,
  liveText,
  press,
  tabTo,
} from './helpers.js';
import { goodFit, withCare, notNow, wrongTool, targetedOnly } from './answers.js';


async function quiz() {
  return fixture<ExosomeQuiz>(html`<exosome-quiz></exosome-quiz>`);
}

/** The copied text: the result, with the link that opens it again (built here from the share code). */
const textFor = (a: Answers) =>
  toPlainText(recommend(a), { shareUrl: `${location.href.replace(/#.*$/, '')}#exosome-quiz=${encodeAnswers(a)}` });

/** What the reader sees in the result must be what recommend() says. */
function expectResultFor(el: ExosomeQuiz, a: Answers) {
  const r = recommend(a);
  expect(heading(el)).to.equal(r.verdictLabel);
  expect($(el, '.headline')!.textContent!.trim()).to.equal(r.headline);
  const shownReasons = $$(el, '[data-section="why"] li').map((li) => li.textContent!.trim());
  expect(shownReasons).to.deep.equal(r.reasons.map((x) => x.text));
  const shownSteps = $$(el, '[part="next-steps"] li').map((li) => li.textContent!.trim());
  expect(shownSteps).to.deep.equal(r.nextSteps);
  expect($(el, '.disclaimer')!.textContent!.trim()).to.equal(r.disclaimer);
}

describe('<exosome-quiz>', () => {
  // Progress persists per tab by default (persist="session"): each test starts as a new reader.
  beforeEach(() => sessionStorage.clear());

  it('opens on an intro that passes axe, without taking focus from the page', async () => {
    const el = await quiz();
    expect(heading(el)).to.equal(INTRO);
    expect(focused(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows each step as a fieldset with a legend, native inputs named by field, progress and hints', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    const fieldset = $(el, 'fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('What would you like to change about your skin?');
    expect($(el, '.progress-label')!.textContent!.trim()).to.equal('Step 1 of 5');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(1);
    const inputs = $$<HTMLInputElement>(el, 'input');
    expect(inputs.map((i) => i.type)).to.deep.equal(new Array(11).fill('checkbox'));
    expect(inputs.map((i) => i.value)).to.include.members(['dullness', 'acne-scars', 'just-curious']);
    expect(inputs.every((i) => i.name === 'concerns')).to.equal(true);
    expect($(el, '#concerns-acne-scars-hint')!.textContent).to.equal('Pitted or indented scars');
    await expect(el).to.be.accessible();
  });

  it('moves focus to each new step heading and announces the step', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    expect(focused(el)).to.equal($(el, '#heading'));
    // The first Start is heard by the statechart just after the question paints (issue 17): its step is said then.
    await waitUntil(() => liveText(el) === 'Step 1 of 5', 'the first step was never announced');
    await click(el, input(el, 'concerns', 'redness'));
    await click(el, button(el, 'Next'));
    expect(focused(el)!.textContent!.trim()).to.equal('Which of these do you already use?');
    expect(liveText(el)).to.equal('Step 2 of 5');
  });

  it('every step passes axe, and so does the error state', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    const steps: Array<[string, string]> = [
      ['concerns', 'redness'],
      ['actives', 'peptides'],
      ['sensitivity', 'rarely'],
      ['skinNow', 'calm'],
      ['expectations', 'weeks'],
    ];
    for (const [field, option] of steps) {
      await expect(el, `step ${field}`).to.be.accessible();
      await click(el, $$(el, 'button[type="submit"]')[0]!);
      expect($(el, '[part="error"]'), `error on ${field}`).to.exist;
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('missing');
      await expect(el, `error on ${field}`).to.be.accessible();
      await click(el, input(el, field, option));
      expect($(el, '[part="error"]')).to.equal(null);
      await click(el, $$(el, 'button[type="submit"]')[0]!);
    }
    expect(heading(el)).to.equal('A good fit');
    await expect(el).to.be.accessible();
  });

  it('says what is missing, in words and in the live region, when Next is pressed without an answer', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    await click(el, button(el, 'Next'));
    expect(heading(el)).to.equal('What would you like to change about your skin?');
    expect($(el, '[part="error"]')!.textContent!.trim()).to.equal('Choose at least one option to continue.');
    expect(liveText(el)).to.equal('Choose at least one option to continue.');
  });

  it('clears the other actives when "None of these" is chosen', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    await click(el, input(el, 'concerns', 'redness'));
    await click(el, button(el, 'Next'));
    await click(el, input(el, 'actives', 'peptides'));
    await click(el, input(el, 'actives', 'none'));
    const checked = $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);
    expect(checked).to.deep.equal(['none']);
  });

  for (const [name, answers] of [
    ['a good fit', goodFit],
    ['a fit with care', withCare],
    ['not right now', notNow],
  ] as const) {
    it(`a reader completes the quiz with the mouse and sees ${name}`, async () => {
      const el = await quiz();
      await answerWithMouse(el, answers);
      expectResultFor(el, answers);
      expect(liveText(el)).to.equal(`Your result: ${recommend(answers).verdictLabel}.`);
      expect(focused(el)).to.equal($(el, '#heading'));
    });
  }

  for (const [name, answers] of [
    ['not the right tool', wrongTool],
    ['a fit with care', withCare],
    ['a good fit', goodFit],
  ] as const) {
    it(`a reader completes the quiz with the keyboard alone and sees ${name}`, async () => {
      const el = await quiz();
      await answerWithKeyboard(el, answers);
      expectResultFor(el, answers);
    });
  }

  it('shows every part of the result that the rules give', async () => {
    const el = await quiz();
    await answerWithMouse(el, withCare);
    const r = recommend(withCare);
    const text = $(el, '.result')!.textContent!.replace(/\s+/g, ' ');
    for (const part of [
      r.summary,
      ...r.expectations.map((e) => e.text),
      ...r.routine.morning.map((s) => s.text),
      ...r.routine.evening.map((s) => s.text),
      r.pairings.pairsWell?.text ?? '',
      ...r.nextSteps,
      ...r.cautions,
      ...r.pairings.withCare.map((p) => p.text),
      r.patchTest!.text,
      ...r.buying.map((b) => b.text),
      ...r.expectations.flatMap((e) => e.sources),
      ...sourceLines(r),
    ]) {
      expect(text).to.contain(part);
    }
  });

  describe('the result a reader can act on (docs/rules.md v2 and v3)', () => {
    it('keeps the rest in titled sections, with only "what to expect" open, and opens one from the keyboard', async () => {
      const el = await quiz();
      await answerWithMouse(el, withCare);
      const sections = $$<HTMLDetailsElement>(el, 'details[part="section"]');
      expect(sections.map((d) => d.querySelector('summary')!.textContent!.trim())).to.deep.equal([
        'Why',
        'What to expect',
        'Where it goes in your routine',
        'Pairings',
        'Patch test',
        'When buying, look for',
        'Sources',
      ]);
      expect(sections.filter((d) => d.open).map((d) => d.dataset.section)).to.deep.equal(['expect']);
      const why = sections[0]!;
      expect(why.querySelector('li')!.checkVisibility()).to.equal(false);
      await tabTo(el, (f) => f === why.querySelector('summary'));
      await press(el, 'Enter');
      expect(why.open).to.equal(true);
      expect(why.querySelector('li')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the safety lines under "Take care", right after the next steps and before the sections', async () => {
      const el = await quiz();
      await answerWithMouse(el, goodFit);
      const r = recommend(goodFit);
      const cautions = $(el, '[part="cautions"]')!;
      expect(cautions.querySelector('h3')!.textContent!.trim()).to.equal('Take care');
      expect($$(el, '[part="cautions"] li').map((li) => li.textContent!.trim())).to.deep.equal(r.cautions);
      expect(r.cautions[0]).to.match(/pregnancy/);
      const next = $(el, '[part="next-steps"]')!;
      const first = $(el, 'details[part="section"]')!;
      expect(next.compareDocumentPosition(cautions) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(cautions.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('offers no serum routine and no buying list where the serum is not the right tool, and says what helps instead', async () => {
      const el = await quiz();
      await answerWithMouse(el, targetedOnly);
      const r = recommend(targetedOnly);
      expect(heading(el)).to.equal('Not the right tool');
      const titles = $$(el, 'details[part="section"] summary').map((x) => x.textContent!.trim());
      expect(titles).to.include('What helps instead');
      expect(titles).to.not.include('When buying, look for');
      expect($(el, '[data-section="instead"] li')!.textContent!.trim()).to.equal(r.helpsInstead[0]!.text);
      // The next step points to it, so it is open, beside what to expect.
      const open = $$<HTMLDetailsElement>(el, 'details[part="section"]').filter((d) => d.open).map((d) => d.dataset.section);
      expect(open).to.deep.equal(['expect', 'instead']);
      expect($(el, '.result')!.textContent).to.not.match(/exosome serum\./i);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      await expect(el).to.be.accessible();
    });
  });

  it('keeps every answer when the reader goes back', async () => {
    const el = await quiz();
    await answerWithMouse(el, withCare);
    await click(el, button(el, 'Back'));
    expect(input(el, 'expectations', 'weeks').checked).to.equal(true);
    await click(el, button(el, 'Back'));
    await click(el, button(el, 'Back'));
    expect(input(el, 'sensitivity', 'often').checked).to.equal(true);
    await click(el, button(el, 'Back'));
    await click(el, button(el, 'Back'));
    const concerns = $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);
    expect(concerns).to.deep.equal(['dullness', 'dehydration']);
  });

  it('Start over clears every answer and returns to the intro', async () => {
    const el = await quiz();
    await answerWithMouse(el, goodFit);
    await click(el, button(el, 'Start over'));
    expect(heading(el)).to.equal(INTRO);
    expect(liveText(el)).to.contain('cleared');
    await click(el, button(el, 'Start the quiz'));
    expect($$(el, 'input:checked')).to.have.length(0);
  });

  describe('Copy result', () => {
    const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const realExec = document.execCommand;
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
      document.execCommand = realExec;
    });

    function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
      Object.defineProperty(navigator, 'clipboard', {
        value: writeText ? { writeText } : undefined,
        configurable: true,
      });
    }

    /** Records what execCommand('copy') would copy: the selected text in the widget. */
    function stubExecCommand(el: ExosomeQuiz, result: boolean) {
      const copied: string[] = [];
      document.execCommand = (command: string) => {
        const area = $<HTMLTextAreaElement>(el, 'textarea')!;
        if (command === 'copy') copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
        return result;
      };
      return copied;
    }

    it('puts exactly the plain-text result on the clipboard and says so', async () => {
      const written: string[] = [];
      stubClipboard(async (text) => void written.push(text));
      const el = await quiz();
      await answerWithMouse(el, goodFit);
      await click(el, button(el, 'Copy result'));
      await el.updateComplete;
      expect(written).to.deep.equal([textFor(goodFit)]);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.match(/^Copied/);
      await expect(el).to.be.accessible();
    });

    it('falls back to a selected textarea when the Clipboard API is missing', async () => {
      stubClipboard(undefined);
      const el = await quiz();
      await answerWithKeyboard(el, notNow);
      const copied = stubExecCommand(el, true);
      await tabTo(el, (f) => f.textContent!.trim() === 'Copy result');
      await press(el, 'Enter');
      expect(copied).to.deep.equal([textFor(notNow)]);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.match(/^Copied/);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.hidden).to.equal(true);
    });

    it('falls back when the clipboard is refused, and leaves the text selected if copying fails', async () => {
      stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const el = await quiz();
      await answerWithMouse(el, withCare);
      stubExecCommand(el, false);
      await click(el, button(el, 'Copy result'));
      await el.updateComplete;
      const area = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(area.hidden).to.equal(false);
      expect(area.value).to.equal(textFor(withCare));
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect($(el, '[role="status"]')!.textContent).to.contain('press Ctrl+C');
      await expect(el).to.be.accessible();
    });
  });

  it('is not restyled by aggressive page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = '* { font-family: "Comic Sans MS" !important; letter-spacing: 4px; text-transform: uppercase; } button { background: red !important; } body { color: lime; font-size: 40px; }';
    document.head.append(style);
    try {
      const el = await quiz();
      const title = $(el, '#heading')!;
      expect(getComputedStyle(title).textTransform).to.equal('none');
      expect(getComputedStyle(title).letterSpacing).to.equal('normal');
      expect(getComputedStyle(title).color).to.not.equal('rgb(0, 255, 0)');
      expect(getComputedStyle(button(el, 'Start the quiz')).backgroundColor).to.equal('rgb(43, 106, 92)');
    } finally {
      style.remove();
    }
  });

  it('keeps its place when moved in the page', async () => {
    const el = await quiz();
    await click(el, button(el, 'Start the quiz'));
    await click(el, input(el, 'concerns', 'redness'));
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(input(el, 'concerns', 'redness').checked).to.equal(true);
    await click(el, button(el, 'Next'));
    expect(heading(el)).to.equal('Which of these do you already use?');
  });

  it('runs two independent quizzes on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><exosome-quiz></exosome-quiz><exosome-quiz></exosome-quiz></div>`);
    const [first, second] = [...wrapper.querySelectorAll('exosome-quiz')];
    await click(first!, button(first!, 'Start the quiz'));
    expect(heading(first!)).to.equal('What would you like to change about your skin?');
    expect(heading(second!)).to.equal(INTRO);
  });
});
