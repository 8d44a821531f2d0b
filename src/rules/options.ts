/**
 * The answer contract of docs/rules.md ("Inputs"). These ids are public:
 * stored answers, share links, events and tests all use them, so they never
 * change once shipped. Labels live in content.ts.
 */

export const CONCERNS = [
  'dullness',
  'dehydration',
  'slow-recovery',
  'post-blemish-marks',
  'mild-texture',
  'fine-lines',
  'redness',
  'active-breakouts',
  'stubborn-pigmentation',
  'acne-scars',
  'just-curious',
] as const;

export const ACTIVES = [
  'retinoid',
  'prescription-retinoid',
  'exfoliating-acids',
  'benzoyl-peroxide',
  'vitamin-c',
  'niacinamide',
  'hyaluronic-acid',
  'peptides',
  'ceramides',
  'none',
] as const;

export const SENSITIVITIES = [
  'rarely',
  'sometimes',
  'often',
  'most-products',
  'diagnosed-controlled',
  'diagnosed-flaring',
] as const;

export const SKIN_NOW = ['calm', 'tight-or-flaky', 'irritated', 'recent-procedure'] as const;

export const EXPECTATIONS = ['days', 'weeks', 'ritual'] as const;

export const VERDICTS = [
  'good-fit',
  'fits-with-care',
  'optional',
  'not-now',
  'not-the-right-tool',
] as const;

export const REFERRALS = ['none', 'dermatologist', 'practitioner'] as const;

export type Concern = (typeof CONCERNS)[number];
export type Active = (typeof ACTIVES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type SkinNow = (typeof SKIN_NOW)[number];
export type Expectation = (typeof EXPECTATIONS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Referral = (typeof REFERRALS)[number];

/** An option that stands alone: choosing it excludes every other option of its field. */
export const EXCLUSIVE = { concerns: 'just-curious', actives: 'none' } as const;

// The groups of docs/rules.md ("Groups used below").
export const SUPPORTIVE_CONCERNS: readonly Concern[] = [
  'dullness',
  'dehydration',
  'slow-recovery',
  'post-blemish-marks',
  'mild-texture',
  'fine-lines',
  'redness',
];
export const TARGETED_CONCERNS: readonly Concern[] = [
  'active-breakouts',
  'stubborn-pigmentation',
  'acne-scars',
];
export const STRONG_ACTIVES: readonly Active[] = [
  'retinoid',
  'prescription-retinoid',
  'exfoliating-acids',
  'benzoyl-peroxide',
];
export const SUPPORTIVE_ACTIVES: readonly Active[] = [
  'niacinamide',
  'hyaluronic-acid',
  'peptides',
  'ceramides',
];

/** The answer fields where a reader chooses several options (and EXCLUSIVE has one that stands alone); the others take one. */
export const MULTI_FIELDS = ['concerns', 'actives'] as const;
export type MultiField = (typeof MULTI_FIELDS)[number];

/** Each answer field's options, in their public order. */
export const OPTIONS = {
  concerns: CONCERNS,
  actives: ACTIVES,
  sensitivity: SENSITIVITIES,
  skinNow: SKIN_NOW,
  expectations: EXPECTATIONS,
} as const;

/** The verdicts under which buying a serum is on the table: never not-now or not-the-right-tool. */
export const SERUM_VERDICTS = ['good-fit', 'fits-with-care', 'optional'] as const satisfies readonly Verdict[];
export type SerumVerdict = (typeof SERUM_VERDICTS)[number];
export const servesSerum = (v: Verdict) => (SERUM_VERDICTS as readonly Verdict[]).includes(v);

// The reader's plan (docs/rules.md, "Version 3: one coherent plan").
/** What happens to each active the reader uses. */
export const ACTIONS = ['keep', 'reduce', 'pause', 'choose-one', 'ask'] as const;
/** Whether a serum is on the table now, only if the reader gives it time (row 5), or not at all. */
export const SERUM_PLANS = ['now', 'if-patient', 'none'] as const;
/** The come-back condition of each `not-now` row, in row order (rows 1 to 4). */
export const COME_BACK = ['healed', 'flare-treated', 'calm', 'basics-tolerated'] as const;
/** Safety lines a reader gets whatever the verdict (v3 "Safety additions"). */
export const CAUTIONS = ['pregnancy', 'get-help', 'allergy-test'] as const;
/** Why a `fits-with-care` reader needs care (docs/rules.md item 1). */
export const CARE = ['reacts', 'condition', 'tight', 'targeted'] as const;

export type Action = (typeof ACTIONS)[number];
export type SerumPlan = (typeof SERUM_PLANS)[number];
export type ComeBack = (typeof COME_BACK)[number];
export type Caution = (typeof CAUTIONS)[number];
export type Care = (typeof CARE)[number];
