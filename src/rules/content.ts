/**
 * Every sentence a reader sees about their skin and their result, keyed by
 * id, so wording is reviewed (and later translated) in one place. The facts
 * come from docs/rules.md and the two source articles in shared/seeds/; the
 * words are ours: plain, calm, no promises.
 */
import type { AnswerField } from './answers.js';
import type {
  Active,
  Concern,
  Expectation,
  Referral,
  Sensitivity,
  SkinNow,
  Verdict,
} from './options.js';

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
    help: 'Choose all that apply. They shape the routine and pairing advice.',
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

export const VERDICT_TEXT: Record<Verdict, { label: string; headline: string }> = {
  'good-fit': {
    label: 'A good fit',
    headline: 'An exosome serum suits what you are looking for.',
  },
  'fits-with-care': {
    label: 'A fit, with care',
    headline: 'An exosome serum can work for you, if you choose and start it carefully.',
  },
  optional: {
    label: 'Optional',
    headline: 'Nice to have if you enjoy it, not something your skin needs.',
  },
  'not-now': {
    label: 'Not right now',
    headline: 'Hold off for now and let your skin settle first.',
  },
  'not-the-right-tool': {
    label: 'Not the right tool',
    headline: 'An exosome serum is unlikely to give you what you are after.',
  },
};

/** The summary follows the rule that set the verdict (docs/rules.md, rows 1 to 9). */
export const SUMMARY: Record<number, string> = {
  1: 'Give your skin time to close and heal, and follow the aftercare plan you were given. Ask the clinic that treated you before you add any new product.',
  2: 'See your dermatologist about the flare first. Once your skin is back under control, this question is worth asking again.',
  3: 'Give your skin a quiet week or two with only the basics. When it no longer stings or burns, take the quiz again.',
  4: 'First build a short, fragrance-free routine that your skin tolerates. A new product now is one more thing it could react to.',
  5: 'Exosome serums work slowly and quietly, over weeks. If you need a visible change within two weeks, one will most likely disappoint you.',
  6: 'What you want to change needs targeted treatment, and a serum alone will not be enough. A dermatologist can help you choose what will work.',
  7: 'If you like the feel of it, it can be a pleasant, gentle step. Your skin does not need it, and skipping it costs you nothing.',
  8: 'It suits what you describe, as long as you pick a gentle formula and bring it in slowly.',
  9: 'What you describe is the kind of skin these serums were studied on, where they measured better hydration, calmer redness and a more even tone. Expect a subtle change over weeks of daily use.',
};

export const IF_PATIENT = (label: string) =>
  `If you can give it 2 to 3 months, the answer would be: ${label}.`;

export const REFERRAL_TEXT: Record<Exclude<Referral, 'none'>, string> = {
  dermatologist:
    'Worth a visit to a dermatologist: they can diagnose and treat what a serum cannot.',
  practitioner:
    'Ask the practitioner or clinic that treated you before you add anything to your routine.',
};

/** Reasons, keyed by rule (docs/rules.md row) and the answer that caused them. */
export const REASON = {
  recentProcedure:
    'You had a procedure in the last 7 days, or your skin is broken or sunburnt. Products pressed into open skin have, rarely, caused lasting lumps (granulomas), so wait until it has closed. Some clinics do apply exosome products after treatment: ask yours.',
  flaring:
    'Your rosacea, eczema or dermatitis is flaring. A flare needs its own treatment first, and a new serum would be one more thing for your skin to react to.',
  irritated:
    'Your skin burns, stings or feels raw right now. Calm it first: pause strong actives and keep to a gentle cleanser, moisturizer and sunscreen. Adding more is rarely the answer.',
  mostProducts:
    'Your skin reacts to most products. A short routine it tolerates comes first; every new product is one more thing that could set it off.',
  days:
    'You hope for a visible change within about two weeks. Most skincare needs six weeks or more to show, and what these serums do is subtle.',
  targetedAlone: {
    'active-breakouts':
      'Active breakouts respond to acne treatment, and a serum alone will not clear them.',
    'stubborn-pigmentation':
      'Stubborn pigmentation, such as melasma, needs treatment aimed at pigment and daily sunscreen. A serum alone is not enough.',
    'acne-scars':
      'Pitted acne scars change with in-clinic procedures, not with a serum.',
  } as Partial<Record<Concern, string>>,
  justCurious:
    'You are mainly curious. Balanced skin may enjoy the texture and the ritual, but it does not need an exosome serum.',
  often:
    'Your skin often reacts. How well it tolerates a serum depends on the whole formula, not the headline ingredient, so choose a fragrance-free one and patch test first.',
  diagnosedControlled:
    'You have rosacea, eczema or dermatitis that is under control. Go fragrance-free, patch test first, and check with your dermatologist: fragrance and some preservatives are common triggers.',
  tightOrFlaky:
    'Your skin feels tight, flaky or over-processed. Lower the intensity of your routine before you add anything, so a serum has room to help.',
  targetedBeside: {
    'active-breakouts':
      'You also mention active breakouts. The serum can support your skin alongside acne treatment, but it does not replace it.',
    'stubborn-pigmentation':
      'You also mention stubborn pigmentation. The serum can sit beside pigment treatment and sunscreen, but it does not replace them.',
    'acne-scars':
      'You also mention acne scars. The serum can support your skin, but pitted scars change only with in-clinic procedures.',
  } as Partial<Record<Concern, string>>,
  supportive: {
    dullness:
      'Dullness is one of the things a support serum is for: studies measured small gains in hydration and evenness of tone.',
    dehydration:
      'Dehydration is where the evidence is clearest: small studies measured better skin hydration within weeks.',
    'slow-recovery':
      'Skin that recovers slowly is the kind of built-up strain a repair-minded serum is meant to support.',
    'post-blemish-marks':
      'Marks left after breakouts may fade a little with support and daily sunscreen; one placebo-controlled study saw a modest change.',
    'mild-texture':
      'Mild texture can soften as skin holds more water and renews, over months rather than days.',
    'fine-lines':
      'Fine lines changed a little at about 12 weeks in one study; quicker plumping is mostly hydration.',
    redness: 'Redness: some studies measured calmer-looking skin over 4 to 6 weeks.',
  } as Partial<Record<Concern, string>>,
  strongActives: (names: string) =>
    `You use ${names}. That does not rule a serum out: a repair-minded serum can balance a strong routine, on the right days.`,
};

export type ExpectationTopic =
  | 'feel'
  | 'hydration'
  | 'tone'
  | 'marks'
  | 'texture'
  | 'targeted'
  | 'evidence';

export const EXPECTATION_TOPIC: Record<
  ExpectationTopic,
  { title: string; timeframe: string | null; text: string }
> = {
  feel: {
    title: 'How it feels',
    timeframe: 'from the first week',
    text: 'What you notice first is the texture and the routine itself. Any change in hydration takes 2 to 4 weeks.',
  },
  hydration: {
    title: 'Hydration',
    timeframe: '2 to 4 weeks',
    text: 'Skin may feel, and measure, more hydrated. Two small studies of about 20 people each saw this within 2 to 4 weeks.',
  },
  tone: {
    title: 'Tone and redness',
    timeframe: '4 to 6 weeks',
    text: 'If evenness of tone and redness change, studies saw it at 4 to 6 weeks of daily use.',
  },
  marks: {
    title: 'Dark marks',
    timeframe: '4 to 8 weeks',
    text: 'Dark marks fade slowly and modestly: 4 to 8 weeks in the one placebo-controlled study, and only with sunscreen every day.',
  },
  texture: {
    title: 'Fine lines and texture',
    timeframe: 'about 12 weeks',
    text: 'Lines and texture take about 12 weeks to show any change. Plumping you notice in the first days is hydration.',
  },
  targeted: {
    title: 'Breakouts and scars',
    timeframe: null,
    text: 'These serums were not studied as a treatment for breakouts or pitted scars: expect no change there from the serum itself.',
  },
  evidence: {
    title: 'How much we know',
    timeframe: null,
    text: 'Evidence is early: a handful of studies of 6 to 56 people, over 2 to 12 weeks, often paid for by the makers. No exosome skincare product is FDA-approved, and nothing is known about use beyond 12 weeks.',
  },
};

export const ROUTINE = {
  cleanse: 'Cleanse gently.',
  serum: 'Exosome serum, on clean skin.',
  otherSerums: (names: string) => `Your other water-based serums (${names}).`,
  moisturizer: 'Moisturizer.',
  sunscreen: 'Sunscreen, SPF 30 or higher, as the last step.',
  activeNights: (names: string) =>
    `On the nights you use your ${names}: that active alone, one strong active a night.`,
  serumOtherNights: 'On the other nights: exosome serum.',
  serumEveryNight: 'Exosome serum.',
  basicsMorning: 'Rinse with lukewarm water or a gentle cleanser.',
  basicsNote: {
    aftercare: 'Follow your aftercare plan wherever it differs from this.',
    flare: 'Follow your dermatologist’s plan wherever it differs from this.',
    pause: (names: string, until: string) => `Pause your ${names} until your skin ${until}.`,
    untilHealed: 'has healed',
    untilCalm: 'is calm again',
    short: 'Keep it this short, and fragrance-free, until your skin is settled.',
  },
};

export type PairIngredient =
  | 'niacinamide'
  | 'hyaluronic-acid'
  | 'peptides'
  | 'ceramides'
  | 'panthenol'
  | 'centella';

export const PAIR_TEXT: Record<PairIngredient, { name: string; why: string }> = {
  niacinamide: { name: 'Niacinamide', why: 'supports the barrier and an even tone' },
  'hyaluronic-acid': { name: 'Hyaluronic acid', why: 'holds water in the skin' },
  peptides: { name: 'Peptides', why: 'support firmness and repair' },
  ceramides: { name: 'Ceramides', why: 'rebuild the skin barrier' },
  panthenol: { name: 'Panthenol', why: 'soothes and hydrates' },
  centella: { name: 'Centella', why: 'calms the look of redness' },
};

export const PAIR_YOURS = (name: string, why: string) => `${name}, which you already use: ${why}.`;

export const WITH_CARE: Partial<Record<Active, string>> = {
  retinoid: 'Your retinoid: use the serum in the morning or on the nights you skip it.',
  'prescription-retinoid':
    'Your prescription retinoid: use the serum in the morning or on the nights you skip it, and mention it to your prescriber.',
  'exfoliating-acids':
    'Your exfoliating acids: use the serum in the morning or on the nights you do not exfoliate.',
  'benzoyl-peroxide':
    'Your benzoyl peroxide: it dries skin, so use the serum at the other time of day and keep moisturizing.',
};
export const WITH_CARE_TIGHT = 'Your skin feels tight or flaky: use this active less often first.';

export const CONFLICT = {
  retinoidAcids: (retinoid: string) =>
    `Your ${retinoid} and your exfoliating acids: not on the same night. Alternate nights instead.`,
  peroxideTretinoin:
    'Benzoyl peroxide and a prescription retinoid: use them at different times of day, since benzoyl peroxide can break tretinoin down. Adapalene is the exception.',
  vitaminC: (night: string) =>
    `Vitamin C and your ${night}: keep vitamin C for the morning and your ${night} for the evening.`,
};

export const ONE_AT_A_TIME =
  'Bring in one new product at a time, about a week apart, so you can tell what your skin reacts to.';

export const PATCH_TEST =
  'Patch test first: apply a little to your inner arm twice a day for 7 to 10 days. If it itches, reddens or stings, do not use it on your face.';

export type BuyingPoint = 'sourcing' | 'claims' | 'fragrance-free' | 'price' | 'one-product';

export const BUYING: Record<BuyingPoint, string> = {
  sourcing:
    'Clear sourcing: the brand says where its exosomes come from (plant, bioengineered or human-derived cell cultures). Human-origin ingredients are banned in EU cosmetics and tightly regulated in Korea.',
  claims:
    'Measured claims: be wary of “stem cell therapy”, “reverses aging” or overnight results. No serum does that.',
  'fragrance-free': 'A fragrance-free formula with a short ingredient list.',
  price: 'A realistic price: paying more does not buy better exosomes.',
  'one-product':
    'One product is enough: you do not need the cream, toner and mist from the same line.',
};
export const FRAGRANCE_STRESSED =
  'A fragrance-free formula with a short ingredient list. For skin that reacts, this matters most: fragrance is a common trigger.';

export const DISCLAIMER =
  'This is general information, not medical advice, and it does not diagnose. If your skin worries you, talk to a dermatologist or pharmacist.';

export const PLAIN_TEXT = {
  title: 'Does an exosome serum suit my skin?',
  verdict: 'Verdict',
  why: 'Why',
  expect: 'What to expect, and when',
  routine: 'Routine',
  basics: 'Routine for now',
  morning: 'Morning',
  evening: 'Evening',
  pairings: 'Pairings',
  pairingsLater: 'Pairings, for later when your skin is ready',
  pairsWell: 'Pairs well',
  withCare: 'With care',
  conflicts: 'In your current routine',
  patchTest: 'Patch test',
  buying: 'What to look for when buying',
  share: 'See this result again',
};

export function listNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
