import type { Answers } from './answers.js';
import * as text from './content.js';
import type { ExpectationTopic, PairIngredient } from './content.js';
import {
  type Active,
  type Concern,
  type Referral,
  type Verdict,
  STRONG_ACTIVES,
  SUPPORTIVE_ACTIVES,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
} from './options.js';
import type { Reason, Recommendation } from './result.js';

type ReasonDraft = Omit<Reason, 'rule'>;

interface Rule {
  /** The row number in docs/rules.md, "Verdicts and precedence". */
  row: number;
  when(a: Answers): boolean;
  verdict: Verdict;
  referral(a: Answers): Referral;
  reasons(a: Answers): ReasonDraft[];
}

const has = <T>(list: readonly T[], item: T) => list.includes(item);
const supportiveConcerns = (a: Answers) => a.concerns.filter((c) => has(SUPPORTIVE_CONCERNS, c));
const targetedConcerns = (a: Answers) => a.concerns.filter((c) => has(TARGETED_CONCERNS, c));
const strongActives = (a: Answers) => a.actives.filter((x) => has(STRONG_ACTIVES, x));

const concernReasons = (concerns: Concern[], texts: Partial<Record<Concern, string>>) =>
  concerns.map((option) => ({ field: 'concerns' as const, option, text: texts[option]! }));

const none = (): Referral => 'none';

/**
 * docs/rules.md, "Verdicts and precedence", rows 1 to 8. The first rule that
 * matches sets the verdict; every rule that matches adds its reasons. Row 9
 * ("otherwise") is the fallback in `recommend`.
 */
const RULES: readonly Rule[] = [
  {
    // Row 1: aftercare first; actives paused ~7 days; granulomas after products
    // on open skin (Kwon 2020 Acta Derm Venereol; JAMA Dermatology 2014).
    row: 1,
    when: (a) => a.skinNow === 'recent-procedure',
    verdict: 'not-now',
    referral: () => 'practitioner',
    reasons: () => [{ field: 'skinNow', option: 'recent-procedure', text: text.REASON.recentProcedure }],
  },
  {
    // Row 2: a flare needs diagnosis and treatment first (AAD guidance; DermNet).
    row: 2,
    when: (a) => a.sensitivity === 'diagnosed-flaring',
    verdict: 'not-now',
    referral: () => 'dermatologist',
    reasons: () => [{ field: 'sensitivity', option: 'diagnosed-flaring', text: text.REASON.flaring }],
  },
  {
    // Row 3: calm first (seed 000: "adding more intensity is rarely the answer").
    row: 3,
    when: (a) => a.skinNow === 'irritated',
    verdict: 'not-now',
    referral: none,
    reasons: () => [{ field: 'skinNow', option: 'irritated', text: text.REASON.irritated }],
  },
  {
    // Row 4: a basic routine first (seed 001: "if you're sensitive ... probably aren't your answer").
    row: 4,
    when: (a) => a.sensitivity === 'most-products',
    verdict: 'not-now',
    referral: none,
    reasons: () => [{ field: 'sensitivity', option: 'most-products', text: text.REASON.mostProducts }],
  },
  {
    // Row 5: visible change takes weeks, most products 6+ (seed 001: "expecting quick fixes"; AAD).
    row: 5,
    when: (a) => a.expectations === 'days',
    verdict: 'not-the-right-tool',
    referral: none,
    reasons: () => [{ field: 'expectations', option: 'days', text: text.REASON.days }],
  },
  {
    // Row 6: targeted concerns need targeted treatment (seed 000: "a serum alone may not be enough").
    row: 6,
    when: (a) => supportiveConcerns(a).length === 0 && targetedConcerns(a).length > 0,
    verdict: 'not-the-right-tool',
    referral: () => 'dermatologist',
    reasons: (a) => concernReasons(targetedConcerns(a), text.REASON.targetedAlone),
  },
  {
    // Row 7: balanced skin may enjoy it; it is not needed (seed 001).
    row: 7,
    when: (a) => a.concerns[0] === 'just-curious',
    verdict: 'optional',
    referral: none,
    reasons: () => [{ field: 'concerns', option: 'just-curious', text: text.REASON.justCurious }],
  },
  {
    // Row 8: the whole formula decides tolerance; reduce intensity before adding;
    // support, not substitute (seed 000; National Rosacea Society trigger survey).
    row: 8,
    when: (a) =>
      a.sensitivity === 'often' ||
      a.sensitivity === 'diagnosed-controlled' ||
      a.skinNow === 'tight-or-flaky' ||
      (targetedConcerns(a).length > 0 && supportiveConcerns(a).length > 0),
    verdict: 'fits-with-care',
    referral: (a) =>
      a.sensitivity === 'diagnosed-controlled' || targetedConcerns(a).length > 0
        ? 'dermatologist'
        : 'none',
    reasons: (a) => {
      const reasons: ReasonDraft[] = [];
      if (a.sensitivity === 'often') {
        reasons.push({ field: 'sensitivity', option: 'often', text: text.REASON.often });
      }
      if (a.sensitivity === 'diagnosed-controlled') {
        reasons.push({
          field: 'sensitivity',
          option: 'diagnosed-controlled',
          text: text.REASON.diagnosedControlled,
        });
      }
      if (a.skinNow === 'tight-or-flaky') {
        reasons.push({ field: 'skinNow', option: 'tight-or-flaky', text: text.REASON.tightOrFlaky });
      }
      if (supportiveConcerns(a).length > 0) {
        reasons.push(...concernReasons(targetedConcerns(a), text.REASON.targetedBeside));
      }
      return reasons;
    },
  },
];

/** Row 9: what topical studies measured (Centella EV trials 2025; Proffer 2022; Cho 2020). */
const FALLBACK: Verdict = 'good-fit';
const FALLBACK_ROW = 9;

const SUPPORTED: readonly Verdict[] = ['good-fit', 'fits-with-care'];

function supportReasons(a: Answers): ReasonDraft[] {
  const reasons: ReasonDraft[] = concernReasons(supportiveConcerns(a), text.REASON.supportive);
  const strong = strongActives(a);
  // Strong actives alone do not lower the verdict: seed 000 names retinoid and
  // acid users among those a repair-oriented serum may help (docs/rules.md).
  if (strong.length > 0) {
    reasons.push({
      field: 'actives',
      option: strong[0]!,
      text: text.REASON.strongActives(text.listNames(strong.map(nameWithArticle))),
    });
  }
  return reasons;
}

function nameWithArticle(active: Active): string {
  const name = text.ACTIVE_NAME[active];
  return active === 'retinoid' || active === 'prescription-retinoid' ? `a ${name}` : name;
}

/** The reader's answers in, an honest recommendation out (docs/rules.md). */
export function recommend(a: Answers): Recommendation {
  const matched = RULES.filter((rule) => rule.when(a));
  const first = matched[0];
  const verdict = first?.verdict ?? FALLBACK;
  const deciding = first?.row ?? FALLBACK_ROW;
  // Row 5's `ifPatient`: the verdict rows 6 to 9 give, from the rules already matched.
  const patient =
    deciding === 5 ? (matched.find((rule) => rule.row >= 6)?.verdict ?? FALLBACK) : undefined;

  const reasons: Reason[] = matched.flatMap((rule) =>
    rule.reasons(a).map((r) => ({ rule: rule.row, ...r })),
  );
  if (SUPPORTED.includes(patient ?? verdict)) {
    reasons.push(...supportReasons(a).map((r) => ({ rule: FALLBACK_ROW, ...r })));
  }

  let referral: Referral = 'none';
  for (const rule of matched) {
    referral = rule.referral(a);
    if (referral !== 'none') break;
  }

  const summary =
    patient === undefined
      ? text.SUMMARY[deciding]!
      : `${text.SUMMARY[deciding]} ${text.IF_PATIENT(text.VERDICT_TEXT[patient].label)}`;

  return {
    verdict,
    verdictLabel: text.VERDICT_TEXT[verdict].label,
    referral,
    referralNote: referral === 'none' ? null : text.REFERRAL_TEXT[referral],
    ...(patient === undefined ? {} : { ifPatient: patient }),
    headline: text.VERDICT_TEXT[verdict].headline,
    summary,
    reasons,
    expectations: expectationsFor(a),
    routine: verdict === 'not-now' ? basicsRoutine(a, deciding) : serumRoutine(a),
    pairings: pairingsFor(a),
    patchTest: a.sensitivity === 'rarely' ? null : { text: text.PATCH_TEST },
    buying: buyingFor(a),
    disclaimer: text.DISCLAIMER,
  };
}

/** docs/rules.md, "What every result contains", 3: time frames by concern. */
const TOPIC_OF: Record<Concern, ExpectationTopic> = {
  dullness: 'tone',
  dehydration: 'hydration',
  'slow-recovery': 'hydration',
  'post-blemish-marks': 'marks',
  'mild-texture': 'texture',
  'fine-lines': 'texture',
  redness: 'tone',
  'active-breakouts': 'targeted',
  'stubborn-pigmentation': 'marks',
  'acne-scars': 'targeted',
  'just-curious': 'feel',
};
const TOPIC_ORDER: readonly ExpectationTopic[] = ['feel', 'hydration', 'tone', 'marks', 'texture', 'targeted'];

function expectationsFor(a: Answers): Recommendation['expectations'] {
  const items = TOPIC_ORDER.flatMap((topic) => {
    const concerns = a.concerns.filter((c) => TOPIC_OF[c] === topic);
    return concerns.length ? [{ topic, concerns, ...text.EXPECTATION_TOPIC[topic] }] : [];
  });
  items.push({ topic: 'evidence', concerns: [], ...text.EXPECTATION_TOPIC.evidence });
  return items;
}

// Actives that belong to the evening and take a night of their own (docs/rules.md, routine).
const NIGHT_ACTIVES: readonly Active[] = ['retinoid', 'prescription-retinoid', 'exfoliating-acids'];
const WATER_SERUMS: readonly Active[] = ['vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides'];

const step = (id: string, stepText: string) => ({ id, text: stepText });
const names = (actives: readonly Active[]) => text.listNames(actives.map((x) => text.ACTIVE_NAME[x]));

/** docs/rules.md, "What every result contains", 4 (seed 000: after cleansing, before moisturizer). */
function serumRoutine(a: Answers): Recommendation['routine'] {
  const serums = a.actives.filter((x) => has(WATER_SERUMS, x));
  const nights = a.actives.filter((x) => has(NIGHT_ACTIVES, x));
  const morning = [step('cleanse', text.ROUTINE.cleanse), step('exosome-serum', text.ROUTINE.serum)];
  if (serums.length) morning.push(step('other-serums', text.ROUTINE.otherSerums(names(serums))));
  morning.push(step('moisturizer', text.ROUTINE.moisturizer), step('sunscreen', text.ROUTINE.sunscreen));

  const evening = [step('cleanse', text.ROUTINE.cleanse)];
  if (nights.length) {
    evening.push(
      step('active-nights', text.ROUTINE.activeNights(names(nights))),
      step('exosome-serum', text.ROUTINE.serumOtherNights),
    );
  } else {
    evening.push(step('exosome-serum', text.ROUTINE.serumEveryNight));
  }
  evening.push(step('moisturizer', text.ROUTINE.moisturizer));
  return { kind: 'serum', morning, evening, notes: [] };
}

/** For `not-now`: the calm basics instead of the serum (rows 1 to 4). */
function basicsRoutine(a: Answers, row: number): Recommendation['routine'] {
  const strong = strongActives(a);
  const notes: string[] = [];
  if (row === 1) notes.push(text.ROUTINE.basicsNote.aftercare);
  if (row === 2) notes.push(text.ROUTINE.basicsNote.flare);
  if (strong.length) {
    const { pause, untilHealed, untilCalm } = text.ROUTINE.basicsNote;
    notes.push(pause(names(strong), row === 1 ? untilHealed : untilCalm));
  }
  if (row === 4) notes.push(text.ROUTINE.basicsNote.short);
  return {
    kind: 'basics',
    morning: [
      step('cleanse', text.ROUTINE.basicsMorning),
      step('moisturizer', text.ROUTINE.moisturizer),
      step('sunscreen', text.ROUTINE.sunscreen),
    ],
    evening: [step('cleanse', text.ROUTINE.cleanse), step('moisturizer', text.ROUTINE.moisturizer)],
    notes,
  };
}

const PAIRS: readonly PairIngredient[] = [
  'niacinamide',
  'hyaluronic-acid',
  'peptides',
  'ceramides',
  'panthenol',
  'centella',
];

/** docs/rules.md, "What every result contains", 5: pairings from the reader's own actives. */
function pairingsFor(a: Answers): Recommendation['pairings'] {
  const uses = (x: Active) => has(a.actives, x);
  const pairsWell = PAIRS.map((ingredient) => {
    const yours = has(SUPPORTIVE_ACTIVES, ingredient as Active) && uses(ingredient as Active);
    const { name, why } = text.PAIR_TEXT[ingredient];
    return { ingredient, yours, text: yours ? text.PAIR_YOURS(name, why) : `${name}: ${why}.` };
  }).sort((x, y) => Number(y.yours) - Number(x.yours));

  const withCare = strongActives(a).map((active) => ({
    active,
    text:
      a.skinNow === 'tight-or-flaky' && active !== 'benzoyl-peroxide'
        ? `${text.WITH_CARE[active]} ${text.WITH_CARE_TIGHT}`
        : text.WITH_CARE[active]!,
  }));

  const conflicts: Recommendation['pairings']['conflicts'] = [];
  for (const retinoid of ['retinoid', 'prescription-retinoid'] as const) {
    if (uses(retinoid) && uses('exfoliating-acids')) {
      conflicts.push({
        actives: [retinoid, 'exfoliating-acids'],
        text: text.CONFLICT.retinoidAcids(text.ACTIVE_NAME[retinoid]),
      });
    }
  }
  if (uses('benzoyl-peroxide') && uses('prescription-retinoid')) {
    conflicts.push({
      actives: ['benzoyl-peroxide', 'prescription-retinoid'],
      text: text.CONFLICT.peroxideTretinoin,
    });
  }
  if (uses('vitamin-c')) {
    for (const night of NIGHT_ACTIVES.filter(uses)) {
      conflicts.push({ actives: ['vitamin-c', night], text: text.CONFLICT.vitaminC(text.ACTIVE_NAME[night]) });
    }
  }
  return { pairsWell, withCare, conflicts, oneAtATime: text.ONE_AT_A_TIME };
}

/** docs/rules.md, "What every result contains", 7 (seed 001, "How to Choose One"). */
function buyingFor(a: Answers): Recommendation['buying'] {
  const stressed = a.sensitivity !== 'rarely';
  return (['sourcing', 'claims', 'fragrance-free', 'price', 'one-product'] as const).map((id) => ({
    id,
    stressed: id === 'fragrance-free' && stressed,
    text: id === 'fragrance-free' && stressed ? text.FRAGRANCE_STRESSED : text.BUYING[id],
  }));
}
