/**
 * Every sentence a reader sees about their skin, keyed by id, so wording is
 * reviewed (and later translated) in one place: the questions here, the
 * result in result-text.ts. The facts
 * come from docs/rules.md and the two source articles in shared/seeds/; the
 * words are ours: plain, calm, no promises.
 */
import type { AnswerField } from './answers.js';
import type { Active, Concern, Expectation, Sensitivity, SkinNow } from './options.js';

export interface OptionText {
  label: string;
  hint?: string;
}

export const QUESTIONS: Record<AnswerField, { title: string; help: string }> = {
  concerns: {
    title: 'What would you like to change about your skin?',
    help: 'Choose all that apply.',
  },
  actives: {
    title: 'Which of these do you already use?',
    help: 'Choose all that apply; they shape your routine.',
  },
  sensitivity: {
    title: 'How does your skin usually react to products?',
    help: 'Choose one.',
  },
  skinNow: {
    title: 'How does your skin feel right now?',
    help: 'Choose one.',
  },
  expectations: {
    title: 'What do you hope for?',
    help: 'Choose one.',
  },
};

export const CONCERN_TEXT: Record<Concern, OptionText> = {
  dullness: { label: 'Dullness', hint: 'Skin looks tired or lacks glow' },
  dehydration: { label: 'Dehydration', hint: 'Feels tight or thirsty, even if oily' },
  'slow-recovery': { label: 'Slow recovery', hint: 'Marks and irritation take long to settle' },
  'post-blemish-marks': { label: 'Marks left after breakouts', hint: 'Flat pink or brown spots' },
  'mild-texture': { label: 'Mild uneven texture' },
  'fine-lines': { label: 'Fine lines' },
  redness: { label: 'Redness' },
  'active-breakouts': { label: 'Active breakouts' },
  'stubborn-pigmentation': {
    label: 'Stubborn pigmentation',
    hint: 'Patches that stay, such as melasma',
  },
  'acne-scars': { label: 'Acne scars', hint: 'Pitted or indented scars' },
  'just-curious': { label: 'Nothing in particular, just curious' },
};

export const ACTIVE_TEXT: Record<Active, OptionText> = {
  retinoid: { label: 'A retinoid', hint: 'Retinol, retinal, or adapalene from a pharmacy' },
  'prescription-retinoid': { label: 'A prescription retinoid', hint: 'Tretinoin or tazarotene' },
  'exfoliating-acids': { label: 'Exfoliating acids', hint: 'AHA, BHA or PHA, such as glycolic or salicylic acid' },
  'benzoyl-peroxide': { label: 'Benzoyl peroxide' },
  'vitamin-c': { label: 'Vitamin C' },
  niacinamide: { label: 'Niacinamide' },
  'hyaluronic-acid': { label: 'Hyaluronic acid' },
  peptides: { label: 'Peptides' },
  ceramides: { label: 'Ceramides' },
  none: { label: 'None of these' },
};

export const SENSITIVITY_TEXT: Record<Sensitivity, OptionText> = {
  rarely: { label: 'It rarely reacts' },
  sometimes: { label: 'Sometimes', hint: 'Strong actives can sting or redden it' },
  often: { label: 'Often', hint: 'I keep my routine minimal because of it' },
  'most-products': { label: 'It reacts to most products' },
  'diagnosed-controlled': {
    label: 'Diagnosed rosacea, eczema or dermatitis, under control',
  },
  'diagnosed-flaring': { label: 'Diagnosed rosacea, eczema or dermatitis, flaring now' },
};

export const SKIN_NOW_TEXT: Record<SkinNow, OptionText> = {
  calm: { label: 'Calm and comfortable' },
  'tight-or-flaky': { label: 'Tight, flaky or over-exfoliated' },
  irritated: { label: 'Irritated', hint: 'Burning, stinging or raw right now' },
  'recent-procedure': {
    label: 'Recently treated or broken',
    hint: 'Laser, peel or microneedling in the last 7 days, a wound or sunburn',
  },
};

export const EXPECTATION_TEXT: Record<Expectation, OptionText> = {
  days: { label: 'A visible change within about 2 weeks' },
  weeks: { label: 'A subtle change over 1 to 3 months is fine' },
  ritual: { label: 'Mainly a pleasant routine' },
};

export const OPTION_TEXT = {
  concerns: CONCERN_TEXT,
  actives: ACTIVE_TEXT,
  sensitivity: SENSITIVITY_TEXT,
  skinNow: SKIN_NOW_TEXT,
  expectations: EXPECTATION_TEXT,
} as const;

/** Names used inside sentences ("your retinoid"). */
export const ACTIVE_NAME: Record<Active, string> = {
  retinoid: 'retinoid',
  'prescription-retinoid': 'prescription retinoid',
  'exfoliating-acids': 'exfoliating acids',
  'benzoyl-peroxide': 'benzoyl peroxide',
  'vitamin-c': 'vitamin C',
  niacinamide: 'niacinamide',
  'hyaluronic-acid': 'hyaluronic acid',
  peptides: 'peptides',
  ceramides: 'ceramides',
  none: 'nothing',
};

export * from './result-text.js';

export function listNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
