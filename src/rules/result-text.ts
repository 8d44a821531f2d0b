/**
 * Every sentence a result can show, keyed by id: the catalog that the
 * result's words and `npm run sheet` (docs/content-sheet.md) both read. Facts
 * from docs/rules.md and the two source articles; the words are ours: plain,
 * calm, no promises, each thing said once. `CITES` says which sources a
 * sentence rests on: a result lists a source only when it shows a sentence
 * that cites it (docs/rules.md v3, "Sources that support what is said").
 */
import type { ComeBack, Concern, Referral, Verdict } from './options.js';

export const VERDICT_TEXT: Record<Verdict, { label: string; headline: string }> = {
  'good-fit': { label: 'A good fit', headline: 'An exosome serum suits what you are looking for.' },
  'fits-with-care': {
    label: 'A fit, with care',
    headline: 'An exosome serum can work for you if you start carefully.',
  },
  optional: { label: 'Optional', headline: 'Nice to have if you enjoy it; your skin does not need it.' },
  'not-now': { label: 'Not right now', headline: 'Hold off for now: let your skin settle first.' },
  'not-the-right-tool': {
    label: 'Not the right tool',
    headline: 'An exosome serum is unlikely to give you what you are after.',
  },
};

export const REFERRAL_TEXT: Record<Exclude<Referral, 'none'>, string> = {
  dermatologist: 'See a dermatologist: they can treat what a serum cannot.',
  // Sunburn and broken skin are not a clinic visit: hence the "if" (v3).
  practitioner:
    'If a clinic treated you, follow its aftercare plan and ask it before adding any product; some clinics apply exosome products after treatment.',
};

/** Sentences with one blank, filled with the reader's own names ("your retinoid"). */
type Fill = (names: string) => string;

/** The catalog. Ids are stable: the content sheet and the tests name them. */
export const LINES = {
  // The summary follows the deciding row and the reader (docs/rules.md item 1).
  'summary-1': 'Treated or broken skin needs to close before anything new goes on it.',
  'summary-2': 'A flare comes first. Once it is under control, this question is worth asking again.',
  'summary-3': 'Burning or stinging skin needs a quiet spell with only the basics.',
  'summary-4': 'A new product now would be one more thing your skin could react to.',
  'summary-5': 'These serums work slowly, over weeks.',
  'summary-6': 'What you want to change needs targeted treatment; a serum alone is not enough.',
  'summary-7': 'If you like the feel, it can be a pleasant, gentle step. Skipping it costs you nothing.',
  'summary-9': 'Studies measured hydration, redness and tone. Expect a subtle change with daily use.',
  'summary-care': ((reasons) => `It can suit you, with care for ${reasons}.`) as Fill,
  'summary-parts': ((parts) => `${parts}.`) as Fill,
  'summary-care-too': ((reasons) => `Start with care for ${reasons}.`) as Fill,
  'if-patient': ((label) => `If you can give it 1 to 3 months, the answer is: ${label}.`) as Fill,
  'patience-same': 'Giving it more time would not change this answer.',
  'headline-4': 'Hold off for now: first find a short routine your skin tolerates.',

  // Next steps: at most three, in order, read from the plan (item 2; v3).
  'next-heal': 'Let the skin heal fully first.',
  'next-flare': 'Have a dermatologist treat the flare, and follow their plan.',
  'next-pause': ((names) => `Pause your ${names}.`) as Fill,
  'next-basics': 'Keep to the calm basics below.',
  'next-instead': 'Start with what helps instead, below.',
  'next-keep': ((names) => `Keep using your ${names} as directed.`) as Fill,
  'next-reduce': ((names) => `Use your ${names} less often until your skin is comfortable.`) as Fill,
  'next-ask': ((names) => `Ask your prescriber whether to use your ${names} less often for now.`) as Fill,
  'next-choose': 'Ask your prescriber which one retinoid to keep.',
  'next-moisturize': 'For now, a good moisturizer can help skin feel hydrated within days.',
  'next-patch': 'Patch test the serum first (how: below).',
  'next-start': 'Add the serum where the routine below shows.',
  'next-try': 'If you like the idea, try it where the routine below shows.',
  'next-judge': 'Use it daily, and judge it by the time frames below.',

  // Cautions: safety lines for every verdict (v3, "When to get help", "Pregnancy").
  'caution-pregnancy': 'Retinoids are not for pregnancy or trying to conceive: ask a doctor.',
  'caution-get-help': 'See a doctor if it blisters, swells, spreads or lasts over a week.',
  'caution-allergy-test': 'A dermatologist can patch test your skin to find what it reacts to.',

  // Reasons explain; advice and time frames live elsewhere (item 3).
  'reason-1': 'Products on freshly treated or broken skin have, rarely, caused lasting lumps (granulomas).',
  'reason-2': 'A flare needs a dermatologist’s treatment before anything new.',
  'reason-3': 'Adding more to burning skin is rarely the answer.',
  'reason-4': 'Your skin reacts to most products, so each new one is a risk.',
  'reason-5': 'You hope for change within 2 weeks; most skincare needs 6 weeks or more.',
  'reason-breakouts': 'Active breakouts need acne treatment; a serum will not clear them.',
  'reason-pigmentation': 'Stubborn pigmentation, such as melasma, needs treatment aimed at pigment.',
  'reason-scars': 'Pitted acne scars change with procedures, not with a serum.',
  'reason-7': 'You are mainly curious. Balanced skin may enjoy the texture and the ritual, but does not need it.',
  'reason-reacts': 'Your skin often reacts: tolerance depends on the whole formula, not the headline ingredient.',
  'reason-condition': 'Fragrance and some preservatives commonly trigger rosacea, eczema and dermatitis.',
  'reason-tight': 'Tight, flaky skin needs gentle care.',
  'reason-targeted': 'For the rest, a serum can support treatment, not replace it.',
  'reason-support': ((names) => `${names} what a support serum is meant for.`) as Fill,
  'reason-support-all': 'Everything you chose is what a support serum is meant for.',
  'reason-strong': 'Strong actives do not rule it out; a repair-minded serum may help.',

  // What helps instead, per targeted concern (item 5; v3 "What helps instead, safely").
  'instead-breakouts-ask':
    'Breakouts: ask a pharmacist or dermatologist about benzoyl peroxide or adapalene, and see a dermatologist if they are frequent, painful or leave marks.',
  'instead-breakouts-treated':
    'Breakouts: give your acne treatment time, and see a dermatologist if they stay frequent, painful or leave marks.',
  'instead-breakouts-see': 'Breakouts: a dermatologist can find a treatment your skin tolerates.',
  'instead-breakouts-condition':
    'Breakouts: see a dermatologist. With rosacea or eczema, bumps may not be acne, and acne products can irritate.',
  'instead-pigmentation':
    'Stubborn pigmentation: use broad-spectrum sunscreen daily, and choose a pigment treatment with a dermatologist.',
  'instead-scars':
    'Acne scars: a dermatologist can offer resurfacing (removing a thin top layer) or microneedling.',

  // The routine (item 5): every active the reader keeps has a place.
  'routine-cleanse-morning': 'Rinse, or cleanse gently.',
  'routine-cleanse-evening': 'Cleanse gently.',
  'routine-serum-morning': 'Apply the exosome serum.',
  'routine-serum-every-night': 'Apply the exosome serum again.',
  'routine-serum-other-nights': 'On the other nights, apply the exosome serum.',
  'routine-water-serums': ((names) => `Your ${names}.`) as Fill,
  'routine-kept-serums': ((names) => `Your ${names}, if your skin is comfortable.`) as Fill,
  'routine-peroxide': 'Your benzoyl peroxide, where needed.',
  'routine-peroxide-less': 'Your benzoyl peroxide, where needed, less often.',
  // "On retinoid nights: your retinoid", then how often and the serum's place, from the plan.
  'routine-nights': ((line) => `${line}.`) as Fill,
  'routine-nights-serum': ((line) => `${line}, instead of the serum.`) as Fill,
  'routine-moisturize-morning': 'Moisturize.',
  'routine-moisturize-evening': 'Moisturize to finish.',
  'routine-ceramides': 'Moisturize, with your ceramides.',
  'routine-sunscreen': 'Finish with sunscreen, SPF 30+.',
  'routine-come-back': ((conditions) => `Come back once ${conditions}.`) as Fill,
  'routine-restart': ((names) => `Then restart your ${names}.`) as Fill,
  'routine-restart-each': ((names) => `Then restart your ${names}, one at a time.`) as Fill,

  // Pairings (item 6): only the reader's own actives.
  'pairs-well': ((list) => `Pairs well (for hydration and calm): ${list}.`) as Fill,
  'with-care': ((names) => `Your ${names} can dry and irritate skin.`) as Fill,
  'conflict-retinoid-acids': 'Your retinoid and acids take different nights.',
  'conflict-prescription-acids': 'Your prescription retinoid and acids take different nights.',
  'conflict-peroxide-tretinoin': 'Benzoyl peroxide can break down tretinoin: use them at different times of day.',
  'conflict-two-retinoids': 'Your two retinoids do not go together.',
  'one-at-a-time': 'Bring in one product at a time, a week apart.',

  'patch-test': 'Try it on your inner arm twice a day for 7 to 10 days; skip it if it itches or reddens.',

  // Buying (item 8; seed 001, "How to Choose One").
  'buying-sourcing': 'Clear sourcing: plant, lab-grown or human-derived (human-derived is banned in EU cosmetics).',
  'buying-claims': 'Modest claims: no “stem cell therapy”, no overnight promises.',
  'buying-fragrance-free': 'A short, fragrance-free formula.',
  'buying-fragrance-free-stressed': 'A short, fragrance-free formula: most important for skin that reacts.',
  'buying-price': 'A fair price: dearer is not always better.',
  'buying-one-product': 'One product, not the whole line.',

  disclaimer: 'General information, not medical advice or a diagnosis.',
} satisfies Record<string, string | Fill>;
export type LineId = keyof typeof LINES;

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

/** What each sentence rests on (docs/rules.md's "why (source)" column and v3). */
export const CITES: Partial<Record<LineId, SourceId[]>> = {
  'summary-9': ['centella-2025', 'proffer-2022', 'cho-2020'],
  'reason-1': ['kwon-2020', 'jama-derm-2014'],
  'reason-2': ['aad-reactions', 'dermnet'],
  'reason-3': ['article-repair'],
  'reason-4': ['article-jade'],
  'reason-5': ['article-jade', 'aad-timing'],
  'reason-breakouts': ['article-repair'],
  'reason-pigmentation': ['article-repair'],
  'reason-scars': ['article-repair'],
  'reason-7': ['article-jade'],
  'reason-reacts': ['article-repair'],
  'reason-condition': ['rosacea-survey'],
  'reason-tight': ['article-repair'],
  'reason-targeted': ['article-repair'],
  'reason-strong': ['article-repair'],
  'caution-pregnancy': ['aad-retinoids'],
  'caution-get-help': ['aad-reactions'],
  'caution-allergy-test': ['aad-contact'],
  'instead-breakouts-ask': ['aad-acne'],
  'instead-breakouts-treated': ['aad-acne'],
  'instead-breakouts-see': ['aad-acne'],
  'instead-breakouts-condition': ['aad-acne'],
  'instead-pigmentation': ['aad-melasma'],
  'instead-scars': ['aad-acne-scars'],
  'pairs-well': ['article-repair'],
  'with-care': ['dermnet'],
  'conflict-peroxide-tretinoin': ['aad-acne'],
  'patch-test': ['aad-patch-2021'],
  'buying-sourcing': ['article-jade'],
  'buying-price': ['article-jade'],
  'buying-one-product': ['article-jade'],
};

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

/** Time frames by concern, each with its sources (item 4); `tone` and `redness` apart (v3). */
export const EXPECTATION_TOPIC: Record<
  ExpectationTopic | 'condition-redness',
  { title: string; timeframe: string | null; text: string; sources: SourceId[] }
> = {
  feel: { title: 'How it feels', timeframe: null, text: 'Mostly what you notice is how it feels to use.', sources: [] },
  hydration: { title: 'Hydration', timeframe: '2 to 4 weeks', text: 'May measurably improve.', sources: ['centella-2025'] },
  tone: { title: 'Tone', timeframe: '4 to 6 weeks', text: 'May even out, if at all.', sources: ['proffer-2022', 'kaufman-janette-2023'] },
  redness: { title: 'Redness', timeframe: '4 to 6 weeks', text: 'May lessen, if at all.', sources: ['proffer-2022', 'kaufman-janette-2023'] },
  // Proffer 2022 and Kaufman-Janette 2023 did not study rosacea (v3, "Rosacea redness").
  'condition-redness': {
    title: 'Redness',
    timeframe: null,
    text: 'A dermatologist treats redness from rosacea or a similar condition; a serum may only help comfort.',
    sources: [],
  },
  marks: {
    title: 'Marks after breakouts',
    timeframe: '4 to 8 weeks',
    text: 'Modest, and only with daily sunscreen.',
    sources: ['cho-2020'],
  },
  texture: { title: 'Fine lines and texture', timeframe: 'about 12 weeks', text: 'Slow; early plumping is hydration.', sources: ['wyles-2024'] },
  targeted: { title: 'Not expected to change', timeframe: null, text: '', sources: [] },
  evidence: {
    title: 'Evidence',
    timeframe: null,
    text: 'Early and small: 6 to 56 people over 2 to 12 weeks, often paid for by makers. The FDA, the US regulator, has approved no product.',
    sources: ['taub-2024', 'cureus-2026', 'fda-2019'],
  },
};

/** Names of the concerns inside a sentence; `plural` ones take "are". */
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
export const PLURAL_CONCERNS: readonly Concern[] = ['post-blemish-marks', 'fine-lines', 'active-breakouts', 'acne-scars'];

export const PAIR_NAME = {
  niacinamide: 'Niacinamide',
  'hyaluronic-acid': 'Hyaluronic acid',
  peptides: 'Peptides',
  ceramides: 'Ceramides',
  panthenol: 'Panthenol',
  centella: 'Centella',
};
export type PairIngredient = keyof typeof PAIR_NAME;

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
