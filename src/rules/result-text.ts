/**
 * Every sentence of a result, keyed by id. Facts from docs/rules.md (v2) and
 * the two source articles; the words are ours: plain, calm, no promises, each
 * thing said once (no two entries here may land in one result as the same
 * sentence; the invariant checker holds that).
 */
import type { Concern, Referral, Verdict } from './options.js';

export const VERDICT_TEXT: Record<Verdict, { label: string; headline: string }> = {
  'good-fit': { label: 'A good fit', headline: 'An exosome serum suits what you are looking for.' },
  'fits-with-care': {
    label: 'A fit, with care',
    headline: 'An exosome serum can work for you, if you start it carefully.',
  },
  optional: { label: 'Optional', headline: 'Nice to have if you enjoy it; your skin does not need it.' },
  'not-now': { label: 'Not right now', headline: 'Hold off for now: your skin needs to settle first.' },
  'not-the-right-tool': {
    label: 'Not the right tool',
    headline: 'An exosome serum is unlikely to give you what you are after.',
  },
};

/** Row 4's reader may be calm: they are not told to let skin settle (docs/rules.md item 1). */
export const HEADLINE_ROW_4 = 'Hold off for now: first find a short routine your skin tolerates.';

/** The summary follows the deciding row (docs/rules.md item 1). */
export const SUMMARY: Record<number, string> = {
  1: 'Treated or broken skin needs to close and heal before anything new goes on it.',
  2: 'A flare comes first. Once it is under control, this question is worth asking again.',
  3: 'Skin that burns or stings needs a quiet spell with only the basics.',
  4: 'A new product now would be one more thing your skin could react to.',
  5: 'These serums work slowly, over weeks.',
  6: 'What you want to change needs targeted treatment; a serum alone is not enough.',
  7: 'If you like the feel, it can be a pleasant, gentle step. Skipping it costs you nothing.',
  9: 'Your skin is the kind these serums were studied on. Expect a subtle change with daily use.',
};

/** Row 8's summary names the actual reasons for care (docs/rules.md item 1). */
export const CARE_SUMMARY = (reasons: string) => `It suits what you describe, with care for ${reasons}.`;
export const CARE_REASON = {
  sensitive: 'skin that reacts easily',
  tight: 'a tight or flaky barrier',
  targeted: 'a concern that needs its own treatment',
};

export const IF_PATIENT = (label: string) => `If you can give it 1 to 3 months, the answer is: ${label}.`;
export const PATIENCE_SAME = 'Giving it more time would not change this answer.';

export const REFERRAL_TEXT: Record<Exclude<Referral, 'none'>, string> = {
  dermatologist: 'See a dermatologist: they can diagnose and treat what a serum cannot.',
  practitioner:
    'Ask the clinic that treated you before you add any product. Some clinics do apply exosome products after treatment.',
};

export const NEXT = {
  aftercare: 'Follow the aftercare plan you were given.',
  flarePlan: 'Have a dermatologist treat the flare, and follow their plan.',
  pause: (names: string) => `Pause your ${names}.`,
  basics: 'Keep to the calm basics below.',
  instead: 'Start with what helps instead, below.',
  keepTreatment: (names: string) => `Keep using your ${names} as directed.`,
  moisturize: 'For now, use a good moisturizer: skin can feel more hydrated within days.',
  lessOften: (names: string) => `Use your ${names} less often until your skin feels comfortable.`,
  lessOftenMany: 'Use your strong actives less often until your skin feels comfortable.',
  patch: 'Patch test it first (how: below).',
  start: 'Add it once a day, where shown below.',
  try: 'If you like the idea, try it where shown below.',
  judge: 'Use it daily; judge it by the time frames below.',
};

/** Reasons explain; advice and time frames live elsewhere (docs/rules.md item 3). */
export const REASON = {
  recentProcedure:
    'Products on freshly treated or broken skin have, rarely, caused lasting lumps (granulomas).',
  flaring: 'A flare needs a dermatologist’s treatment before anything new.',
  irritated: 'Adding more to skin that burns or stings is rarely the answer.',
  mostProducts: 'Your skin reacts to most products, so each new one is a risk.',
  days: 'You hope for a change within about 2 weeks; most skincare needs 6 weeks or more.',
  targetedAlone: {
    'active-breakouts': 'Active breakouts need acne treatment; a serum will not clear them.',
    'stubborn-pigmentation': 'Stubborn pigmentation, such as melasma, needs treatment aimed at pigment.',
    'acne-scars': 'Pitted acne scars change with procedures, not with a serum.',
  } as Partial<Record<Concern, string>>,
  justCurious: 'You are mainly curious. Balanced skin may enjoy the texture and the ritual, but does not need it.',
  often: 'Your skin often reacts: tolerance depends on the whole formula, not the headline ingredient.',
  diagnosedControlled: 'Fragrance and some preservatives commonly trigger rosacea, eczema and dermatitis.',
  tightOrFlaky: 'Tight, flaky skin needs room to recover before anything new.',
  targetedBeside: 'For your other concerns, a serum can support skin beside treatment, not replace it.',
  supportive: (names: string, many: boolean) =>
    `${names} ${many ? 'are' : 'is'} what a support serum is meant for.`,
  supportiveMany: 'What you want to change is what a support serum is meant for.',
  strongActives: (name: string) =>
    `Your ${name} ${name.endsWith('s') ? 'do' : 'does'} not rule it out: people on strong actives may benefit from a repair-minded serum.`,
};

/** How several strong actives are named at once. */
export const STRONG_ACTIVES_NAME = 'strong actives';

/** The first AAD source a result lists spells the name out (jargon explained the first time). */
export const AAD_NAME = 'American Academy of Dermatology (AAD)';

/** Short citations: author, year, people, weeks (docs/rules.md items 4 and 9). */
export const SOURCE_TEXT = {
  'centella-2025': 'Centella extracellular vesicle studies 2025: about 20 people each',
  'proffer-2022': 'Proffer 2022',
  'kaufman-janette-2023': 'Kaufman-Janette 2023',
  'cho-2020': 'Cho 2020: 21 people, 8 weeks, against a look-alike product',
  'wyles-2024': 'Wyles 2024: 12 weeks',
  'taub-2024': 'Taub 2024, review',
  'cureus-2026': 'Cureus 2026, review',
  'fda-2019': 'FDA 2019 notice',
  'kwon-2020': 'Kwon 2020, Acta Derm Venereol',
  'jama-derm-2014': 'JAMA Dermatology 2014',
  'aad-timing': 'AAD: results take time',
  'aad-reactions': 'AAD: product reactions',
  'aad-acne': 'AAD: acne',
  'aad-melasma': 'AAD: melasma',
  'aad-acne-scars': 'AAD: acne scars',
  'aad-patch-2021': 'AAD 2021: patch testing',
  dermnet: 'DermNet',
  'rosacea-survey': 'National Rosacea Society survey',
  'article-repair': 'Article: exosome serum as a support layer',
  'article-jade': 'Luna Jade: what are exosome serums?',
};
export type SourceId = keyof typeof SOURCE_TEXT;

export type ExpectationTopic = 'feel' | 'hydration' | 'tone' | 'marks' | 'texture' | 'targeted' | 'evidence';

export const EXPECTATION_TOPIC: Record<
  ExpectationTopic,
  { title: string; timeframe: string | null; text: string; sources: SourceId[] }
> = {
  feel: { title: 'How it feels', timeframe: null, text: 'Mostly what you notice is how it feels to use.', sources: [] },
  hydration: {
    title: 'Hydration',
    timeframe: '2 to 4 weeks',
    text: 'May measurably improve.',
    sources: ['centella-2025'],
  },
  tone: {
    title: 'Tone and redness',
    timeframe: '4 to 6 weeks',
    text: 'May even out, if at all.',
    sources: ['proffer-2022', 'kaufman-janette-2023'],
  },
  marks: {
    title: 'Marks after breakouts',
    timeframe: '4 to 8 weeks',
    text: 'Slow and modest, and only with daily sunscreen.',
    sources: ['cho-2020'],
  },
  texture: {
    title: 'Fine lines and texture',
    timeframe: 'about 12 weeks',
    text: 'Slow; early plumping is hydration.',
    sources: ['wyles-2024'],
  },
  targeted: {
    title: 'Not expected to change with a serum',
    timeframe: null,
    text: '',
    sources: [],
  },
  evidence: {
    title: 'How much we know',
    timeframe: null,
    text: 'Early: a few studies, 6 to 56 people, 2 to 12 weeks, often maker-funded; none past 12 weeks. No exosome skincare product is FDA-approved.',
    sources: ['taub-2024', 'cureus-2026', 'fda-2019'],
  },
};

/** Names of the concerns inside a sentence. */
export const CONCERN_NAME: Partial<Record<Concern, string>> = {
  dullness: 'dullness',
  dehydration: 'dehydration',
  'slow-recovery': 'slow recovery',
  'post-blemish-marks': 'marks left by breakouts',
  'mild-texture': 'mild texture',
  'fine-lines': 'fine lines',
  redness: 'redness',
  'active-breakouts': 'breakouts',
  'stubborn-pigmentation': 'stubborn pigmentation',
  'acne-scars': 'acne scars',
};

/** docs/rules.md item 5, "what helps instead" (AAD acne, melasma, acne scars). */
export const HELPS_INSTEAD: Partial<Record<Concern, string>> = {
  'active-breakouts':
    'Breakouts: benzoyl peroxide or adapalene can help; see a dermatologist if they are frequent, painful or leave marks.',
  'stubborn-pigmentation':
    'Stubborn pigmentation: broad-spectrum sunscreen every day, and a pigment treatment chosen with a dermatologist.',
  'acne-scars': 'Acne scars: procedures a dermatologist offers, such as resurfacing or microneedling.',
};
/** For a reader who already treats breakouts: no new strong active (docs/rules.md, invariants). */
export const HELPS_BREAKOUTS_TREATED =
  'Breakouts: give your acne treatment time; see a dermatologist if they stay frequent, painful or leave marks.';

export const ROUTINE = {
  cleanseMorning: 'Rinse, or cleanse gently.',
  cleanseEvening: 'Cleanse gently.',
  serumMorning: 'Apply the exosome serum.',
  serumEveryNight: 'Apply the exosome serum again.',
  serumOtherNights: 'On the other nights, apply the exosome serum.',
  waterSerums: (names: string) => `Then your ${names}.`,
  peroxide: 'Your benzoyl peroxide, where needed.',
  night: (nights: string) => `${nights}, instead of the serum.`,
  nightKeep: (nights: string) => `${nights}.`,
  nights: (short: string, name: string) => `On ${short} nights: your ${name}`,
  nightsMany: (shorts: string) => `On ${shorts} nights: one a night`,
  moisturizerMorning: 'Moisturize.',
  moisturizerEvening: 'Moisturize to finish.',
  ceramides: (step: string) => `${step.slice(0, -1)}, with your ceramides.`,
  sunscreen: 'Finish with sunscreen, SPF 30+.',
  comeBack: {
    1: 'Come back once your aftercare is over and your skin has closed, usually about 7 days.',
    2: 'Come back once a dermatologist has the flare under control.',
    3: 'Come back once your skin no longer burns or stings.',
    4: 'Come back once your skin tolerates this short routine.',
  } as Record<number, string>,
  restart: (names: string) => `Restart your ${names} then.`,
};

export const PAIRS_WELL_WHY = 'they tend to support hydration, calm and the barrier';
export const PAIRS_YOURS = (names: string) => `${names}, which you use`;
export const PAIRS_ALSO = (names: string) => `also ${names}`;
export const PAIR_NAME = {
  niacinamide: 'Niacinamide',
  'hyaluronic-acid': 'Hyaluronic acid',
  peptides: 'Peptides',
  ceramides: 'Ceramides',
  panthenol: 'Panthenol',
  centella: 'Centella',
};
export type PairIngredient = keyof typeof PAIR_NAME;


/** docs/rules.md item 6: said once, whatever the number of strong actives (seed 000; DermNet). */
export const WITH_CARE = {
  serum: (names: string) => `${names} can dry and irritate skin.`,
  later: (names: string) => `${names} can dry and irritate skin: keep a serum to the other nights.`,
  many: 'Retinoids and acids',
};

export const CONFLICT = {
  retinoidAcids: (retinoids: string) => `${retinoids} and acids: never on the same night; alternate.`,
  peroxideTretinoin:
    'Benzoyl peroxide can break down tretinoin, so they go at different times of day.',
  twoRetinoids: 'Two retinoids: use one, and ask your prescriber which.',
};

export const ONE_AT_A_TIME = 'Add one new product at a time, about a week apart.';

export const PATCH_TEST =
  'Test a new product on your inner arm twice a day for 7 to 10 days; skip it if it itches, reddens or stings.';

export type BuyingPoint = 'sourcing' | 'claims' | 'fragrance-free' | 'price' | 'one-product';
export const BUYING: Record<BuyingPoint, string> = {
  sourcing:
    'Clear sourcing: plant, bioengineered or human-derived (human-origin is banned in EU cosmetics, tightly regulated in Korea).',
  claims: 'Measured claims: no “stem cell therapy”, no overnight promises.',
  'fragrance-free': 'A fragrance-free, short formula.',
  price: 'A realistic price: higher price is not always higher quality.',
  'one-product': 'One product, not the whole line.',
};
export const FRAGRANCE_STRESSED = 'A fragrance-free, short formula: this matters most for skin that reacts.';

export const DISCLAIMER = 'General information, not medical advice; it does not diagnose.';

export const PLAIN_TEXT = {
  title: 'Exosome serum quiz: my result',
  verdict: 'Verdict',
  next: 'Next steps',
  why: 'Why',
  expect: 'What to expect, and when',
  expectLater: 'What to expect, later',
  routine: 'Where it goes in your routine',
  routineIfTime: 'If you give it time: where it goes',
  basics: 'For now: a calm, simple routine',
  keep: 'Your routine, without a serum',
  instead: 'What helps instead',
  morning: 'Morning',
  evening: 'Evening',
  pairings: 'Pairings',
  pairingsLater: 'Pairings, for later',
  pairsWell: 'Pairs well',
  conflicts: 'Keep these apart',
  patchTest: 'Patch test',
  patchTestLater: 'Patch test, later',
  buying: 'What to look for when buying',
  sources: 'Sources',
  otherSources: 'Other sources',
  share: 'See this result again',
};
