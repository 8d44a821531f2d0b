/**
 * Every sentence a result can show, keyed by id: the catalog that the
 * result's words and `npm run sheet` (docs/content-sheet.md) both read. Facts
 * from docs/rules.md and the two source articles; the words are ours: plain,
 * calm, no promises, each thing said once. `CITES` says which sources a
 * sentence rests on: a result lists a source only when it shows a sentence
 * that cites it (docs/rules.md v3, "Sources that support what is said").
 */
import type { ComeBack, Referral, Verdict } from './options.js';

export const VERDICT_TEXT: Record<Verdict, { label: string; headline: string }> = {
  'good-fit': { label: 'A good fit', headline: 'An exosome serum suits what you want.' },
  'fits-with-care': {
    label: 'A fit, with care',
    headline: 'An exosome serum can work for you if you start carefully.',
  },
  optional: { label: 'Optional', headline: 'Nice to have if you enjoy it; your skin does not need it.' },
  'not-now': { label: 'Not right now', headline: 'Hold off for now: let your skin settle first.' },
  'not-the-right-tool': {
    label: 'Not the right tool',
    headline: 'An exosome serum is unlikely to give you what you want.',
  },
};

export const REFERRAL_TEXT: Record<Exclude<Referral, 'none'>, string> = {
  dermatologist: 'See a dermatologist: they can treat what a serum cannot.',
  // Sunburn and broken skin are not a clinic visit: hence the "if" (v3).
  practitioner:
    'If a clinic treated you, follow its aftercare and ask it before adding anything; some clinics use exosome products afterwards.',
};

/**
 * One sentence of the catalog: its words (a function where it has one blank
 * to fill with the reader's own names), followed by the sources it rests on
 * where it rests on any. Each is a constant, not a keyed entry, so the
 * script-tag build carries no ids: the content sheet names them by their
 * export names.
 */
export type LineText = string | ((fill: string) => string);
/** Words alone, or words with the sources they rest on. */
export type Line = LineText | [LineText, ...SourceId[]];

// The summary follows the deciding row and the reader (docs/rules.md item 1).
export const SUMMARY_1: Line = 'Treated or broken skin must heal before anything new goes on it.';
export const SUMMARY_2: Line = 'A flare comes first. Once it is under control, ask again.';
export const SUMMARY_3: Line = 'Burning or stinging skin needs only the basics for now.';
export const SUMMARY_4: Line = 'A new product now would be one more thing to react to.';
export const SUMMARY_5: Line = 'These serums work slowly, over weeks.';
export const SUMMARY_6: Line = 'This needs targeted treatment; a serum alone is not enough.';
export const SUMMARY_7: Line = 'A gentle step if you like the feel; skipping it costs nothing.';
export const SUMMARY_9: Line = ['Studies measured hydration, redness and tone. Expect a subtle change with daily use.', 'centella-2025', 'proffer-2022', 'cho-2020'];
export const SUMMARY_PARTS: Line = (parts: string) => `${parts}.`;
export const SUMMARY_CARE_TOO: Line = (reasons: string) => `Start with care for ${reasons}.`;
export const IF_PATIENT: Line = (label: string) => `If you can give it 1 to 3 months, the answer is: ${label}.`;
export const PATIENCE_SAME: Line = 'More time would not change this answer.';
export const HEADLINE_4: Line = 'Hold off: first find a short routine your skin tolerates.';

// Next steps: at most three, in order, read from the plan (item 2; v3).
export const NEXT_HEAL: Line = 'Let the skin heal fully first.';
export const NEXT_FLARE: Line = 'Have a dermatologist treat the flare first.';
export const NEXT_PAUSE: Line = (names: string) => `Pause your ${names}.`;
export const NEXT_BASICS: Line = 'Keep to the calm basics below.';
export const NEXT_INSTEAD: Line = 'Start with what helps instead, below.';
export const NEXT_KEEP: Line = (names: string) => `Keep using your ${names} as directed.`;
export const NEXT_REDUCE: Line = (names: string) => `Use your ${names} less often until your skin is comfortable.`;
export const NEXT_ASK: Line = (names: string) => `Ask your prescriber whether to use your ${names} less often.`;
export const NEXT_CHOOSE: Line = 'Ask your prescriber which one retinoid to keep.';
export const NEXT_MOISTURIZE: Line = 'For now, a good moisturizer can help skin feel hydrated within days.';
export const NEXT_PATCH: Line = 'Patch test the serum first (see below).';
export const NEXT_START: Line = 'Add the serum as shown below.';
export const NEXT_JUDGE: Line = 'Use it daily; judge it by the time frames below.';

// Cautions: safety lines for every verdict (v3, "When to get help", "Pregnancy").
export const CAUTION_PREGNANCY: Line = ['Retinoids are not for pregnancy or trying to conceive: ask a doctor.', 'aad-retinoids'];
export const CAUTION_GET_HELP: Line = ['See a doctor if it blisters, swells, spreads or lasts a week.', 'aad-reactions'];
export const CAUTION_ALLERGY_TEST: Line = ['A dermatologist can patch test to find what your skin reacts to.', 'aad-contact'];

// Reasons explain; advice and time frames live elsewhere (item 3).
export const REASON_1: Line = ['On treated or broken skin, products have rarely caused lasting lumps (granulomas).', 'kwon-2020', 'jama-derm-2014'];
export const REASON_2: Line = ['A flare needs treatment before anything new.', 'aad-reactions', 'dermnet'];
export const REASON_3: Line = ['Adding more to burning skin is rarely the answer.', 'article-repair'];
export const REASON_4: Line = ['Your skin reacts to most products, so each new one is a risk.', 'article-jade'];
export const REASON_5: Line = ['You hope for change within 2 weeks; most skincare needs 6 weeks or more.', 'article-jade', 'aad-timing'];
export const REASON_BREAKOUTS: Line = ['Breakouts need acne treatment; a serum will not clear them.', 'article-repair'];
export const REASON_PIGMENTATION: Line = ['Stubborn pigmentation, such as melasma, needs a pigment treatment.', 'article-repair'];
export const REASON_SCARS: Line = ['Pitted acne scars change with procedures, not a serum.', 'article-repair'];
export const REASON_7: Line = ['You are curious; balanced skin may enjoy the ritual but does not need it.', 'article-jade'];
export const REASON_REACTS: Line = ['Skin that often reacts responds to the whole formula, not one ingredient.', 'article-repair'];
export const REASON_CONDITION: Line = ['Fragrance and some preservatives often trigger rosacea, eczema and dermatitis.', 'rosacea-survey'];
export const REASON_TIGHT: Line = ['Tight, flaky skin needs gentle care.', 'article-repair'];
export const REASON_TARGETED: Line = ['For the rest, a serum can support treatment, not replace it.', 'article-repair'];
export const REASON_SUPPORT: Line = (names: string) => `${names} what a support serum is for.`;
export const REASON_SUPPORT_ALL: Line = 'Everything you chose is what a support serum is for.';
export const REASON_STRONG: Line = ['Strong actives do not rule it out; a repair-minded serum may help.', 'article-repair'];

// What helps instead, per targeted concern (item 5; v3 "What helps instead, safely").
export const INSTEAD_BREAKOUTS_ASK: Line = ['Breakouts: ask a pharmacist or dermatologist about benzoyl peroxide or adapalene.', 'aad-acne'];
export const INSTEAD_BREAKOUTS_SEE: Line = ['Breakouts: a dermatologist can find a treatment your skin tolerates.', 'aad-acne'];
export const INSTEAD_BREAKOUTS_CONDITION: Line = ['Breakouts: see a dermatologist; with rosacea or eczema, bumps may not be acne and acne products can irritate.', 'aad-acne'];
export const INSTEAD_PIGMENTATION: Line = ['Stubborn pigmentation: wear broad-spectrum sunscreen daily; a dermatologist can choose a pigment treatment.', 'aad-melasma'];
export const INSTEAD_SCARS: Line = ['Acne scars: a dermatologist can offer microneedling or resurfacing (removing a thin top layer).', 'aad-acne-scars'];

// The routine (item 5): every active the reader keeps has a place.
export const ROUTINE_CLEANSE_MORNING: Line = 'Rinse, or cleanse gently.';
export const ROUTINE_CLEANSE_EVENING: Line = 'Cleanse gently.';
export const ROUTINE_SERUM_MORNING: Line = 'Apply the exosome serum.';
export const ROUTINE_SERUM_EVERY_NIGHT: Line = 'Apply the exosome serum again.';
export const ROUTINE_SERUM_OTHER_NIGHTS: Line = 'On other nights, apply the exosome serum.';
export const ROUTINE_WATER_SERUMS: Line = (names: string) => `Your ${names}.`;
export const ROUTINE_KEPT_SERUMS: Line = (names: string) => `Your ${names}, if comfortable.`;
export const ROUTINE_PEROXIDE: Line = (less: string) => `Your benzoyl peroxide, where needed${less}.`;

// "On retinoid nights: your retinoid", then how often and the serum's place, from the plan.
export const ROUTINE_NIGHTS: Line = (line: string) => `${line}.`;
export const INSTEAD_OF_SERUM = ', instead of the serum';
export const LESS_OFTEN = ', less often';
export const ROUTINE_MOISTURIZE: Line = 'Moisturize.';
export const ROUTINE_MOISTURIZE_EVENING: Line = 'Moisturize to finish.';
export const ROUTINE_CERAMIDES: Line = 'Moisturize, with your ceramides.';
export const ROUTINE_SUNSCREEN: Line = 'Finish with sunscreen, SPF 30+.';
export const ROUTINE_COME_BACK: Line = (conditions: string) => `Come back once ${conditions}.`;
export const ROUTINE_RESTART: Line = (names: string) => `Then restart your ${names}, one at a time.`;

// Pairings (item 6): only the reader's own actives.
export const PAIRS_WELL: Line = [(list: string) => `Pairs well (for hydration and calm): ${list}.`, 'article-repair'];
export const WITH_CARE: Line = [(names: string) => `Your ${names} can dry and irritate skin.`, 'dermnet'];
export const CONFLICT_RETINOID_ACIDS: Line = 'Your retinoid and acids take different nights.';
export const CONFLICT_PRESCRIPTION_ACIDS: Line = 'Your prescription retinoid and acids take different nights.';
export const CONFLICT_PEROXIDE_TRETINOIN: Line = ['Benzoyl peroxide can break down tretinoin: use them at different times of day.', 'aad-acne'];
export const CONFLICT_TWO_RETINOIDS: Line = 'Your two retinoids do not go together.';
export const ONE_AT_A_TIME: Line = 'Bring in one product at a time, a week apart.';
export const PATCH_TEST: Line = ['Try it on your inner arm twice a day for 7 to 10 days; skip it if it itches or reddens.', 'aad-patch-2021'];

// Buying (item 8; seed 001, "How to Choose One").
export const BUYING_SOURCING: Line = ['Clear sourcing: plant, lab-grown or human-derived (human-derived is banned in EU cosmetics).', 'article-jade'];
export const BUYING_CLAIMS: Line = 'Modest claims: no “stem cell therapy” or overnight promises.';
export const BUYING_FRAGRANCE_FREE: Line = 'A short, fragrance-free formula.';
export const BUYING_FRAGRANCE_FREE_STRESSED: Line = 'A short, fragrance-free formula, above all for skin that reacts.';
export const BUYING_PRICE: Line = ['A fair price: dearer is not always better.', 'article-jade'];
export const BUYING_ONE_PRODUCT: Line = ['One product, not the whole line.', 'article-jade'];
export const DISCLAIMER: Line = 'General information, not medical advice or a diagnosis.';

/** Short citations: author, year, people, weeks (docs/rules.md items 4 and 9). */
export const SOURCE_TEXT = {
  'centella-2025': 'Centella studies 2025: about 20 people each',
  'proffer-2022': 'Proffer 2022',
  'kaufman-janette-2023': 'Kaufman-Janette 2023',
  'cho-2020': 'Cho 2020: 21 people, 8 weeks, against a look-alike',
  'wyles-2024': 'Wyles 2024: 12 weeks',
  'taub-2024': 'Taub 2024',
  'cureus-2026': 'Cureus 2026',
  'fda-2019': 'FDA 2019',
  'kwon-2020': 'Kwon 2020',
  'jama-derm-2014': 'JAMA Dermatology 2014',
  'aad-timing': 'AAD: results take time',
  'aad-reactions': 'AAD: product reactions',
  'aad-acne': 'AAD: acne',
  'aad-melasma': 'AAD: melasma',
  'aad-acne-scars': 'AAD: acne scars',
  'aad-patch-2021': 'AAD: patch testing (2021)',
  'aad-contact': 'AAD: contact dermatitis',
  'aad-retinoids': 'AAD: retinoids in pregnancy (and drug labels)',
  dermnet: 'DermNet',
  'rosacea-survey': 'National Rosacea Society survey',
  'article-repair': 'Article: exosome serum, a support layer',
  'article-jade': 'Luna Jade: what are exosome serums?',
};
export type SourceId = keyof typeof SOURCE_TEXT;

/** The come-back condition of each `not-now` row (item 5; v3 "Come back when every condition holds"). */
export const COME_BACK_TEXT: Record<ComeBack, string> = {
  healed: 'your skin has healed (after a procedure, usually about 7 days)',
  'flare-treated': 'a dermatologist has the flare under control',
  calm: 'your skin no longer burns or stings',
  'basics-tolerated': 'your skin tolerates this short routine',
};

/** Row 8's reasons for care, inside the summary (item 1). */
export const CARE_TEXT = {
  reacts: 'skin that reacts easily',
  condition: 'a condition that makes skin react',
  tight: 'tight, flaky skin',
};

export type ExpectationTopic = 'feel' | 'hydration' | 'tone' | 'redness' | 'marks' | 'texture' | 'targeted' | 'evidence';

/**
 * Time frames by concern, each with its sources (item 4): title, time frame,
 * text, then the sources; `tone` and `redness` apart (v3).
 */
export const EXPECTATION_TOPIC: Record<ExpectationTopic | 'condition-redness', [string, string | null, string, ...SourceId[]]> = {
  feel: ['How it feels', null, 'Mostly, you notice how it feels.'],
  hydration: ['Hydration', '2 to 4 weeks', 'May measurably improve.', 'centella-2025'],
  tone: ['Tone', '4 to 6 weeks', 'May even out, if at all.', 'proffer-2022', 'kaufman-janette-2023'],
  redness: ['Redness', '4 to 6 weeks', 'May lessen, if at all.', 'proffer-2022', 'kaufman-janette-2023'],
  // Proffer 2022 and Kaufman-Janette 2023 did not study rosacea (v3, "Rosacea redness").
  'condition-redness': ['Redness', null, 'A dermatologist treats redness from rosacea or a similar condition; a serum may only help comfort.'],
  marks: ['Marks after breakouts', '4 to 8 weeks', 'Modest, and only with daily sunscreen.', 'cho-2020'],
  texture: ['Fine lines and texture', 'about 12 weeks', 'Slow; early plumping is hydration.', 'wyles-2024'],
  targeted: ['Not expected to change', null, ''],
  evidence: [
    'Evidence',
    null,
    'Early and small: 6 to 56 people over 2 to 12 weeks, often paid for by makers. The FDA, the US regulator, has approved no product.',
    'taub-2024',
    'cureus-2026',
    'fda-2019',
  ],
};


/** What pairs well with the serum: the supportive actives, panthenol and centella (seed 000). */
export const PAIRS = ['niacinamide', 'hyaluronic-acid', 'peptides', 'ceramides', 'panthenol', 'centella'] as const;
export type PairIngredient = (typeof PAIRS)[number];

/** The result's section titles, on screen and in the copied text (one list: sections.ts). */
export const PLAIN_TEXT = {
  title: 'My exosome serum quiz result',
  next: 'Next steps',
  cautions: 'Take care',
  why: 'Why',
  expect: 'What to expect',
  expectLater: 'What to expect, later',
  routine: 'Where it goes in your routine',
  routineIfTime: 'If you give it time: your routine',
  basics: 'For now: the calm basics',
  keep: 'Your routine, without a serum',
  instead: 'What helps instead',
  morning: 'Morning',
  evening: 'Evening',
  pairings: 'Pairings',
  pairingsLater: 'Pairings, for later',
  conflicts: 'Keep apart',
  patchTest: 'Patch test',
  patchTestLater: 'Patch test, later',
  buying: 'When buying, look for',
  sources: 'Sources',
  otherSources: 'Other sources',
  share: 'See this result again',
};

/** The first AAD source a result lists spells the name out (jargon explained the first time). */
export const AAD_NAME = 'American Academy of Dermatology (AAD)';
