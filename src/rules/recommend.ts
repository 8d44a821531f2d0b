import type { Answers } from './answers.js';
import * as text from './content.js';
import { expectationsFor, sourcesFor } from './expectations.js';
import { headlineAndSummary } from './headline.js';
import { nextStepsFor } from './next-steps.js';
import type { Concern, Referral, Verdict } from './options.js';
import { buyingFor, pairingsFor } from './pairings.js';
import type { Reason, Recommendation } from './result.js';
import { helpsInsteadFor, routineFor } from './routine.js';
import {
  SERUM_VERDICTS,
  type Situation,
  strongActives,
  supportiveConcerns,
  targetedConcerns,
} from './situation.js';

type ReasonDraft = Omit<Reason, 'rule'>;

interface Rule {
  /** The row number in docs/rules.md, "Verdicts and precedence". */
  row: number;
  when(a: Answers): boolean;
  verdict: Verdict;
  referral(a: Answers): Referral;
  reasons(a: Answers): ReasonDraft[];
}

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
      const targeted = targetedConcerns(a);
      if (targeted.length && supportiveConcerns(a).length) {
        reasons.push({ field: 'concerns', option: targeted[0]!, text: text.REASON.targetedBeside });
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
  const supportive = supportiveConcerns(a);
  const reasons: ReasonDraft[] = [];
  if (supportive.length) {
    const names = supportive.map((c, i) => (i ? text.CONCERN_NAME[c]! : capitalize(text.CONCERN_NAME[c]!)));
    const line =
      supportive.length > 2 ? text.REASON.supportiveMany : text.REASON.supportive(text.listNames(names), supportive.length > 1);
    reasons.push({ field: 'concerns', option: supportive[0]!, text: line });
  }
  const strong = strongActives(a);
  // Strong actives alone do not lower the verdict: seed 000 names retinoid and
  // acid users among those a repair-oriented serum may help (docs/rules.md).
  if (strong.length > 0) {
    reasons.push({
      field: 'actives',
      option: strong[0]!,
      text: text.REASON.strongActives(strong.length > 1 ? text.STRONG_ACTIVES_NAME : text.ACTIVE_NAME[strong[0]!]),
    });
  }
  return reasons;
}

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The reader's answers in, an honest recommendation out (docs/rules.md). */
export function recommend(a: Answers): Recommendation {
  const matched = RULES.filter((rule) => rule.when(a));
  const first = matched[0];
  const verdict = first?.verdict ?? FALLBACK;
  const deciding = first?.row ?? FALLBACK_ROW;
  // Row 5's `ifPatient`: the verdict rows 6 to 9 give, from the rules already matched.
  const ifPatient =
    deciding === 5 ? (matched.find((rule) => rule.row >= 6)?.verdict ?? FALLBACK) : undefined;
  const rows = [...matched.map((rule) => rule.row), ...(SUPPORTED.includes(ifPatient ?? verdict) ? [FALLBACK_ROW] : [])];
  const s: Situation = {
    a,
    verdict,
    deciding,
    rows,
    ...(ifPatient === undefined ? {} : { ifPatient }),
    serum: SERUM_VERDICTS.includes(ifPatient ?? verdict),
  };

  const reasons: Reason[] = matched.flatMap((rule) =>
    rule.reasons(a).map((r) => ({ rule: rule.row, ...r })),
  );
  if (SUPPORTED.includes(ifPatient ?? verdict)) {
    reasons.push(...supportReasons(a).map((r) => ({ rule: FALLBACK_ROW, ...r })));
  }

  let referral: Referral = 'none';
  for (const rule of matched) {
    referral = rule.referral(a);
    if (referral !== 'none') break;
  }

  const result: Recommendation = {
    verdict,
    verdictLabel: text.VERDICT_TEXT[verdict].label,
    referral,
    referralNote: referral === 'none' ? null : text.REFERRAL_TEXT[referral],
    ...(ifPatient === undefined ? {} : { ifPatient }),
    ...headlineAndSummary(s),
    nextSteps: nextStepsFor(s),
    reasons,
    expectations: expectationsFor(s),
    routine: routineFor(s),
    helpsInstead: helpsInsteadFor(s),
    pairings: pairingsFor(s),
    patchTest: a.sensitivity === 'rarely' ? null : { text: text.PATCH_TEST },
    buying: buyingFor(s),
    sources: [],
    disclaimer: text.DISCLAIMER,
  };
  result.sources = sourcesFor(s, result);
  return result;
}
