/**
 * The reader's answers in, an honest recommendation out (docs/rules.md), in
 * three steps: the verdict (decide.ts), one plan for the reader (plan.ts),
 * then the words, each part read from the plan.
 */
import * as T from './result-text.js';
import type { Answers } from './answers.js';
import { VERDICT_TEXT, REFERRAL_TEXT, type Line } from './content.js';
import { type Decision, SIMPLE_ROWS, decide } from './decide.js';
import { expectationsFor, sourcesFor } from './expectations.js';
import { headlineAndSummary } from './headline.js';
import { nextStepsFor } from './next-steps.js';
import { STRONG_ACTIVES, type Care } from './options.js';
import { buyingFor, pairingsFor } from './pairings.js';
import { type Plan, planFor } from './plan.js';
import type { Reason, Recommendation } from './result.js';
import { helpsInsteadFor, routineFor } from './routine.js';
import { type Words, actives, concernsWithVerb, has, wordsFor } from './situation.js';

/** The reason of each row one answer decides (its source is on the sentence). */
const ROW_REASON: Record<number, Line> = { 1: T.REASON_1, 2: T.REASON_2, 3: T.REASON_3, 4: T.REASON_4, 5: T.REASON_5, 7: T.REASON_7 };
const TARGETED_REASON: Record<string, Line> = {
  'active-breakouts': T.REASON_BREAKOUTS,
  'stubborn-pigmentation': T.REASON_PIGMENTATION,
  'acne-scars': T.REASON_SCARS,
};
const CARE_REASON: Record<Care, [Reason['field'], string | null, Line]> = {
  reacts: ['sensitivity', 'often', T.REASON_REACTS],
  condition: ['sensitivity', 'diagnosed-controlled', T.REASON_CONDITION],
  tight: ['skinNow', 'tight-or-flaky', T.REASON_TIGHT],
  targeted: ['concerns', null, T.REASON_TARGETED],
};

/** Item 3: every matching row's reasons, each tied to the answer that caused it. */
function reasonsFor({ d, plan, say }: Words): Reason[] {
  return d.rows.flatMap((rule): Reason[] => {
    const reason = (field: Reason['field'], option: string, id: Line, fill?: string) => ({ rule, field, option, text: say(id, fill) });
    const simple = SIMPLE_ROWS[rule];
    if (simple) return [reason(simple[0], simple[1], ROW_REASON[rule]!)];
    if (rule === 6) return plan.targeted.map((c) => reason('concerns', c, TARGETED_REASON[c]!));
    if (rule === 8) {
      // A targeted concern beside supportive ones is named in the summary; its reason only when it is the sole one.
      const care = plan.care.length > 1 ? plan.care.filter((c) => c !== 'targeted') : plan.care;
      return care.map((c) => {
        const [field, option, id] = CARE_REASON[c];
        return reason(field, option ?? plan.targeted[0]!, id);
      });
    }
    // Row 9: what a support serum is for (unless the summary already named it), and strong actives
    // do not rule it out: seed 000 names retinoid and acid users among those it may help.
    const out: Reason[] = [];
    const { support, targeted } = plan;
    if (support.length && !plan.care.includes('targeted')) {
      out.push(support.length > 2 && !targeted.length
        ? reason('concerns', support[0]!, T.REASON_SUPPORT_ALL)
        : reason('concerns', support[0]!, T.REASON_SUPPORT, concernsWithVerb(support)));
    }
    const strong = actives(plan, 'keep', 'reduce', 'ask', 'choose-one').filter((x) => has(STRONG_ACTIVES, x));
    // Only where the serum is for now: with patience, the reasons for waiting come first.
    if (strong.length && plan.serum === 'now') out.push(reason('actives', strong[0]!, T.REASON_STRONG));
    return out;
  });
}

const CAUTION_LINE = { pregnancy: T.CAUTION_PREGNANCY, 'get-help': T.CAUTION_GET_HELP, 'allergy-test': T.CAUTION_ALLERGY_TEST } as const;

/** The result and the ids of every sentence it shows (for the content sheet and its counts). */
export function recommendWithLines(a: Answers): { result: Recommendation; lines: Set<Line> } {
  const d: Decision = decide(a);
  const plan: Plan = planFor(a, d);
  const said = new Set<Line>();
  const w = wordsFor(d, plan, said);
  const expectations = expectationsFor(w);
  const result: Recommendation = {
    verdict: d.verdict,
    verdictLabel: VERDICT_TEXT[d.verdict].label,
    referral: d.referral,
    referralNote: d.referral === 'none' ? null : REFERRAL_TEXT[d.referral],
    ...(d.ifPatient && { ifPatient: d.ifPatient }),
    ...headlineAndSummary(w),
    nextSteps: nextStepsFor(w),
    cautions: plan.cautions.map((c) => w.say(CAUTION_LINE[c])),
    reasons: reasonsFor(w),
    expectations,
    routine: routineFor(w),
    helpsInstead: helpsInsteadFor(w),
    pairings: pairingsFor(w),
    patchTest: plan.patchTest ? { text: w.say(T.PATCH_TEST) } : null,
    buying: buyingFor(w),
    sources: [],
    disclaimer: w.say(T.DISCLAIMER),
    plan,
  };
  result.sources = sourcesFor(said, expectations);
  return { result, lines: said };
}

export const recommend = (a: Answers): Recommendation => recommendWithLines(a).result;
