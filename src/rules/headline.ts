import * as T from './result-text.js';
import { CARE_TEXT, VERDICT_TEXT, listNames } from './content.js';
import { type Words, concernsWithVerb } from './situation.js';

/** The summary of each deciding row but 8, which names the reader's reasons for care. */
const SUMMARY = [, T.SUMMARY_1, T.SUMMARY_2, T.SUMMARY_3, T.SUMMARY_4, T.SUMMARY_5, T.SUMMARY_6, T.SUMMARY_7, , T.SUMMARY_9];

/** docs/rules.md item 1: the headline and summary fit the deciding rule and the reader. */
export function headlineAndSummary({ d, plan, say }: Words): { headline: string; summary: string } {
  const headline = d.deciding === 4 ? say(T.HEADLINE_4) : VERDICT_TEXT[d.verdict].headline;
  let summary: string;
  if (d.deciding === 8) {
    const care = listNames(plan.care.flatMap((c) => (c === 'targeted' ? [] : [CARE_TEXT[c]])));
    if (plan.care.includes('targeted')) {
      // Both parts named: what a serum is for, and what needs its own treatment (v3).
      const support = plan.support.length > 2 ? 'Your other concerns are' : concernsWithVerb(plan.support);
      const targeted = concernsWithVerb(plan.targeted, false, 'needs', 'need');
      const parts = `${support} what a support serum is for; ${targeted} targeted treatment`;
      summary = say(T.SUMMARY_PARTS, parts) + (care ? ` ${say(T.SUMMARY_CARE_TOO, care)}` : '');
    } else {
      summary = say(T.SUMMARY_CARE_TOO, care);
    }
  } else {
    summary = say(SUMMARY[d.deciding]!);
  }
  if (d.ifPatient !== undefined) {
    // Row 5: the verdict with patience, or plainly that patience would not change it.
    summary += ` ${d.ifPatient === d.verdict ? say(T.PATIENCE_SAME) : say(T.IF_PATIENT, VERDICT_TEXT[d.ifPatient].label)}`;
  }
  return { headline, summary };
}
