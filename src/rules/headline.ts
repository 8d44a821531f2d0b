import { CARE_TEXT, VERDICT_TEXT, listNames } from './content.js';
import { type Words, concernsWithVerb } from './situation.js';

/** docs/rules.md item 1: the headline and summary fit the deciding rule and the reader. */
export function headlineAndSummary({ d, plan, say }: Words): { headline: string; summary: string } {
  const headline = d.deciding === 4 ? say('headline-4') : VERDICT_TEXT[d.verdict].headline;
  let summary: string;
  if (d.deciding === 8) {
    const care = listNames(plan.care.flatMap((c) => (c === 'targeted' ? [] : [CARE_TEXT[c]])));
    if (plan.care.includes('targeted')) {
      // Both parts named: what a serum is for, and what needs its own treatment (v3).
      const support = plan.support.length > 2 ? 'Your other concerns are' : concernsWithVerb(plan.support);
      const targeted = concernsWithVerb(plan.targeted, false).replace(/ (is|are)$/, (_, verb) => ` need${verb === 'is' ? 's' : ''}`);
      const parts = `${support} what a support serum is for; ${targeted} targeted treatment`;
      summary = say('summary-parts', parts) + (care ? ` ${say('summary-care-too', care)}` : '');
    } else {
      summary = say('summary-care', care);
    }
  } else {
    summary = say(`summary-${d.deciding}` as 'summary-1');
  }
  if (d.ifPatient !== undefined) {
    // Row 5: the verdict with patience, or plainly that patience would not change it.
    summary += ` ${d.ifPatient === d.verdict ? say('patience-same') : say('if-patient', VERDICT_TEXT[d.ifPatient].label)}`;
  }
  return { headline, summary };
}
