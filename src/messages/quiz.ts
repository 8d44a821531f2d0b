/**
 * The quiz's own words, keyed by id: the intro, the questions, every option's
 * label and hint, buttons, progress and announcements. Each is a `msg()` with
 * a literal id so that `lit-localize extract` finds it for translators; the
 * getters make each read happen in the current locale.
 */
import { msg, str } from '@lit/localize';
import type { AnswerField } from '../rules/answers.js';
import type { Active, Concern, Expectation, Sensitivity, SkinNow } from '../rules/options.js';

export interface OptionText {
  label: string;
  hint?: string;
}

export const UI = {
  get introEyebrow() { return msg('Skin quiz · 5 questions · about 1 minute', { id: 'ui.intro.eyebrow' }); },
  get introTitle() { return msg('Would an exosome serum suit your skin?', { id: 'ui.intro.title' }); },
  get introText() {
    return msg('Answer five short questions and get an honest answer: whether it fits, why, what to expect and when, and where it would go in your routine. Your answers stay on this device.', { id: 'ui.intro.text' });
  },
  get start() { return msg('Start the quiz', { id: 'ui.start' }); },
  step: (n: number, total: number) => msg(str`Step ${n} of ${total}`, { id: 'ui.step' }),
  get back() { return msg('Back', { id: 'ui.back' }); },
  get next() { return msg('Next', { id: 'ui.next' }); },
  get seeResult() { return msg('See my result', { id: 'ui.see-result' }); },
  get missingMulti() { return msg('Choose at least one option to continue.', { id: 'ui.missing.multi' }); },
  get missingSingle() { return msg('Choose one option to continue.', { id: 'ui.missing.single' }); },
  get resultEyebrow() { return msg('Your result', { id: 'ui.result.eyebrow' }); },
  get copy() { return msg('Copy result', { id: 'ui.copy' }); },
  get restart() { return msg('Start over', { id: 'ui.restart' }); },
  get copied() { return msg('Copied. You can paste your result anywhere.', { id: 'ui.copied' }); },
  /** What could not be copied: the result's text or its share link (two sentences, no word built in). */
  copyFailed: (what: 'text' | 'link') =>
    what === 'link'
      ? msg('Copying did not work here. The link is selected below: press Ctrl+C, or ⌘C on a Mac, to copy it.', { id: 'ui.copy-failed.link' })
      : msg('Copying did not work here. The text is selected below: press Ctrl+C, or ⌘C on a Mac, to copy it.', { id: 'ui.copy-failed.text' }),
  get copyLabel() { return msg('Your result as text', { id: 'ui.copy-label' }); },
  get restarted() { return msg('Your answers are cleared. The quiz starts again.', { id: 'ui.restarted' }); },
  resultAnnounced: (label: string) => msg(str`Your result: ${label}.`, { id: 'ui.result-announced' }),
  get share() { return msg('Share link', { id: 'ui.share' }); },
  get linkCopied() {
    return msg('Link copied. It opens this result; the answers travel in the link itself, not through a server.', { id: 'ui.link-copied' });
  },
  get productTitle() { return msg('A serum this page suggests', { id: 'ui.product.title' }); },
  get productText() { return msg('Before you buy, check it against the list above.', { id: 'ui.product.text' }); },
  get productFallback() { return msg('See the suggested serum', { id: 'ui.product.fallback' }); },
  get newTab() { return msg(' (opens in a new tab)', { id: 'ui.new-tab' }); },
};

export const QUESTIONS: Record<AnswerField, { readonly title: string; readonly help: string }> = {
  concerns: {
    get title() { return msg('What would you like to change about your skin?', { id: 'question.concerns.title' }); },
    get help() { return msg('Choose all that apply.', { id: 'question.concerns.help' }); },
  },
  actives: {
    get title() { return msg('Which of these do you already use?', { id: 'question.actives.title' }); },
    get help() { return msg('Choose all that apply; they shape your routine.', { id: 'question.actives.help' }); },
  },
  sensitivity: {
    get title() { return msg('How does your skin usually react to products?', { id: 'question.sensitivity.title' }); },
    get help() { return msg('Choose one.', { id: 'question.sensitivity.help' }); },
  },
  skinNow: {
    get title() { return msg('How does your skin feel right now?', { id: 'question.skin-now.title' }); },
    get help() { return msg('Choose one.', { id: 'question.skin-now.help' }); },
  },
  expectations: {
    get title() { return msg('What do you hope for?', { id: 'question.expectations.title' }); },
    get help() { return msg('Choose one.', { id: 'question.expectations.help' }); },
  },
};

export const CONCERN_TEXT: Record<Concern, OptionText> = {
  dullness: { get label() { return msg('Dullness', { id: 'option.dullness' }); }, get hint() { return msg('Skin looks tired or lacks glow', { id: 'option.dullness.hint' }); } },
  dehydration: { get label() { return msg('Dehydration', { id: 'option.dehydration' }); }, get hint() { return msg('Feels tight or thirsty, even if oily', { id: 'option.dehydration.hint' }); } },
  'slow-recovery': { get label() { return msg('Slow recovery', { id: 'option.slow-recovery' }); }, get hint() { return msg('Marks and irritation take long to settle', { id: 'option.slow-recovery.hint' }); } },
  'post-blemish-marks': { get label() { return msg('Marks left after breakouts', { id: 'option.post-blemish-marks' }); }, get hint() { return msg('Flat pink or brown spots', { id: 'option.post-blemish-marks.hint' }); } },
  'mild-texture': { get label() { return msg('Mild uneven texture', { id: 'option.mild-texture' }); } },
  'fine-lines': { get label() { return msg('Fine lines', { id: 'option.fine-lines' }); } },
  redness: { get label() { return msg('Redness', { id: 'option.redness' }); } },
  'active-breakouts': { get label() { return msg('Active breakouts', { id: 'option.active-breakouts' }); } },
  'stubborn-pigmentation': { get label() { return msg('Stubborn pigmentation', { id: 'option.stubborn-pigmentation' }); }, get hint() { return msg('Patches that stay, such as melasma', { id: 'option.stubborn-pigmentation.hint' }); } },
  'acne-scars': { get label() { return msg('Acne scars', { id: 'option.acne-scars' }); }, get hint() { return msg('Pitted or indented scars', { id: 'option.acne-scars.hint' }); } },
  'just-curious': { get label() { return msg('Nothing in particular, just curious', { id: 'option.just-curious' }); } },
};

export const ACTIVE_TEXT: Record<Active, OptionText> = {
  retinoid: { get label() { return msg('A retinoid', { id: 'option.retinoid' }); }, get hint() { return msg('Retinol, retinal, or adapalene from a pharmacy', { id: 'option.retinoid.hint' }); } },
  'prescription-retinoid': { get label() { return msg('A prescription retinoid', { id: 'option.prescription-retinoid' }); }, get hint() { return msg('Tretinoin or tazarotene', { id: 'option.prescription-retinoid.hint' }); } },
  'exfoliating-acids': { get label() { return msg('Exfoliating acids', { id: 'option.exfoliating-acids' }); }, get hint() { return msg('AHA, BHA or PHA, such as glycolic or salicylic acid', { id: 'option.exfoliating-acids.hint' }); } },
  'benzoyl-peroxide': { get label() { return msg('Benzoyl peroxide', { id: 'option.benzoyl-peroxide' }); } },
  'vitamin-c': { get label() { return msg('Vitamin C', { id: 'option.vitamin-c' }); } },
  niacinamide: { get label() { return msg('Niacinamide', { id: 'option.niacinamide' }); } },
  'hyaluronic-acid': { get label() { return msg('Hyaluronic acid', { id: 'option.hyaluronic-acid' }); } },
  peptides: { get label() { return msg('Peptides', { id: 'option.peptides' }); } },
  ceramides: { get label() { return msg('Ceramides', { id: 'option.ceramides' }); } },
  none: { get label() { return msg('None of these', { id: 'option.none' }); } },
};

export const SENSITIVITY_TEXT: Record<Sensitivity, OptionText> = {
  rarely: { get label() { return msg('It rarely reacts', { id: 'option.rarely' }); } },
  sometimes: { get label() { return msg('Sometimes', { id: 'option.sometimes' }); }, get hint() { return msg('Strong actives can sting or redden it', { id: 'option.sometimes.hint' }); } },
  often: { get label() { return msg('Often', { id: 'option.often' }); }, get hint() { return msg('I keep my routine minimal because of it', { id: 'option.often.hint' }); } },
  'most-products': { get label() { return msg('It reacts to most products', { id: 'option.most-products' }); } },
  'diagnosed-controlled': { get label() { return msg('Diagnosed rosacea, eczema or dermatitis, under control', { id: 'option.diagnosed-controlled' }); } },
  'diagnosed-flaring': { get label() { return msg('Diagnosed rosacea, eczema or dermatitis, flaring now', { id: 'option.diagnosed-flaring' }); } },
};

export const SKIN_NOW_TEXT: Record<SkinNow, OptionText> = {
  calm: { get label() { return msg('Calm and comfortable', { id: 'option.calm' }); } },
  'tight-or-flaky': { get label() { return msg('Tight, flaky or over-exfoliated', { id: 'option.tight-or-flaky' }); } },
  irritated: { get label() { return msg('Irritated', { id: 'option.irritated' }); }, get hint() { return msg('Burning, stinging or raw right now', { id: 'option.irritated.hint' }); } },
  'recent-procedure': {
    get label() { return msg('Recently treated or broken', { id: 'option.recent-procedure' }); },
    get hint() { return msg('Laser, peel or microneedling in the last 7 days, a wound or sunburn', { id: 'option.recent-procedure.hint' }); },
  },
};

export const EXPECTATION_TEXT: Record<Expectation, OptionText> = {
  days: { get label() { return msg('A visible change within about 2 weeks', { id: 'option.days' }); } },
  weeks: { get label() { return msg('A subtle change over 1 to 3 months is fine', { id: 'option.weeks' }); } },
  ritual: { get label() { return msg('Mainly a pleasant routine', { id: 'option.ritual' }); } },
};

export const OPTION_TEXT = {
  concerns: CONCERN_TEXT,
  actives: ACTIVE_TEXT,
  sensitivity: SENSITIVITY_TEXT,
  skinNow: SKIN_NOW_TEXT,
  expectations: EXPECTATION_TEXT,
} as const;
