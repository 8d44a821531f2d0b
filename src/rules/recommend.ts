/**
 * The reader's answers in, an honest recommendation out (docs/rules.md), in
 * three steps: the verdict (decide.ts), one plan for the reader (plan.ts),
 * then the words, each part read from the plan and said by message id.
 */
import { isOne } from '../messages/locale.js';
import type { MessageId } from '../messages/result.js';
import type { Answers } from './answers.js';
import { type Decision, SIMPLE_ROWS, decide } from './decide.js';
import { expectationsFor, sourcesFor } from './expectations.js';
import { headlineAndSummary, verdictLabel } from './headline.js';
import { nextStepsFor } from './next-steps.js';
import { STRONG_ACTIVES, type Care } from './options.js';
import { buyingFor, pairingsFor } from './pairings.js';
import { type Plan, planFor } from './plan.js';
import type { Reason, Recommendation } from './result.js';
import { helpsInsteadFor, routineFor } from './routine.js';
import { type Words, actives, concernNames, has, wordsFor } from './situation.js';

/** The reason of each row one answer decides (its sources: sources.ts). */
const ROW_REASON: Record<number, MessageId> = {
  1: 'reason.procedure',
  2: 'reason.flare',
  3: 'reason.irritated',
  4: 'reason.most-products',
  5: 'reason.days',
  7: 'reason.curious',
};
const TARGETED_REASON: Record<string, MessageId> = {
  'active-breakouts': 'reason.breakouts',
  'stubborn-pigmentation': 'reason.pigmentation',
  'acne-scars': 'reason.scars',
};
const CARE_REASON: Record<Exclude<Care, 'targeted'>, [Reason['field'], string, MessageId]> = {
  reacts: ['sensitivity', 'often', 'reason.reacts'],
  condition: ['sensitivity', 'diagnosed-controlled', 'reason.condition'],
  tight: ['skinNow', 'tight-or-flaky', 'reason.tight'],
};

/** Item 3: every matching row's reasons, each tied to the answer that caused it. */
function reasonsFor({ d, plan, say }: Words): Reason[] {
  const sayAny = say as (id: MessageId, ...fill: string[]) => string;
  return d.rows.flatMap((rule): Reason[] => {
    const reason = (field: Reason['field'], option: string, id: MessageId, ...fill: string[]) => ({ rule, field, option, text: sayAny(id, ...fill) });
    const simple = SIMPLE_ROWS[rule];
    if (simple) {
      // "Balanced skin may enjoy the ritual" only for calm skin that rarely or sometimes reacts (v4).
      const calm = !d.rows.includes(1) && !d.rows.includes(3) && !plan.care.includes('tight');
      const id = rule === 7 && (plan.reactive || !calm) ? 'reason.curious.not-needed' : ROW_REASON[rule]!;
      return [reason(simple[0], simple[1], id)];
    }
    if (rule === 6) return plan.targeted.map((c) => reason('concerns', c, TARGETED_REASON[c]!));
    if (rule === 8) {
      // A targeted concern beside supportive ones is named in the summary; its reason only when it is the sole one.
      const out: Reason[] = [];
      for (const c of plan.care) {
        if (c !== 'targeted') {
          const [field, option, id] = CARE_REASON[c];
          // "The whole formula decides tolerance" only where a serum is offered (v4).
          if (id !== 'reason.reacts' || plan.serum !== 'none') out.push(reason(field, option, id));
        }
      }
      if (plan.care.length === 1 && plan.care[0] === 'targeted') out.push(reason('concerns', plan.targeted[0]!, 'reason.targeted', concernNames(plan.targeted)));
      return out;
    }
    // Row 9: what a support serum is for (unless the summary already named it), and strong actives
    // do not rule it out: seed 000 names retinoid and acid users among those it may help.
    const out: Reason[] = [];
    const { support, targeted } = plan;
    if (support.length && !plan.care.includes('targeted')) {
      out.push(
        support.length > 2 && !targeted.length
          ? reason('concerns', support[0]!, 'reason.support-all')
          : reason('concerns', support[0]!, isOne(support.length) ? 'reason.support.one' : 'reason.support.other', concernNames(support)),
      );
    }
    // Only where the serum is for now and the plan keeps the reader's strong actives as they are.
    const strong = actives(plan, 'keep', 'choose-one').filter((x) => has(STRONG_ACTIVES, x));
    const changed = actives(plan, 'pause', 'reduce', 'ask').some((x) => has(STRONG_ACTIVES, x));
    if (strong.length && !changed && plan.serum === 'now') out.push(reason('actives', strong[0]!, 'reason.strong'));
    return out;
  });
}

/** The result and the ids of every sentence it shows (for the content sheet and its counts). */
export function recommendWithLines(a: Answers): { result: Recommendation; lines: Set<MessageId> } {
  const d: Decision = decide(a);
  const plan: Plan = planFor(a, d);
  const said = new Set<MessageId>();
  const w = wordsFor(d, plan, said);
  const { say } = w;
  const result: Recommendation = {
    verdict: d.verdict,
    verdictLabel: verdictLabel(w, d.verdict),
    referral: d.referral,
    referralNote: d.referral === 'none' ? null : say(`referral.${d.referral}`),
    ...(d.ifPatient && { ifPatient: d.ifPatient }),
    ...headlineAndSummary(w),
    nextSteps: nextStepsFor(w),
    cautions: plan.cautions.map((c) => say(`caution.${c}`)),
    reasons: reasonsFor(w),
    expectations: expectationsFor(w),
    routine: routineFor(w),
    helpsInstead: helpsInsteadFor(w),
    pairings: pairingsFor(w),
    // A patch test at home: of the serum where one is offered, else of any new product (v4).
    patchTest: plan.patchTest ? { text: say(plan.serum === 'none' ? 'patch.any-product' : 'patch.serum') } : null,
    buying: buyingFor(w),
    sources: [],
    disclaimer: say('disclaimer'),
    plan,
  };
  result.sources = sourcesFor(said);
  return { result, lines: said };
}

export const recommend = (a: Answers): Recommendation => recommendWithLines(a).result;
