import * as text from './content.js';
import { type Situation, supportiveConcerns, targetedConcerns } from './situation.js';

/** docs/rules.md item 1: the headline and summary fit the deciding rule and the reader. */
export function headlineAndSummary(s: Situation): { headline: string; summary: string } {
  const { a, deciding, verdict, ifPatient } = s;
  const headline = deciding === 4 ? text.HEADLINE_ROW_4 : text.VERDICT_TEXT[verdict].headline;
  let summary = text.SUMMARY[deciding];
  if (deciding === 8) {
    const care = text.CARE_REASON;
    const why = [
      ...(a.sensitivity === 'often' || a.sensitivity === 'diagnosed-controlled' ? [care.sensitive] : []),
      ...(a.skinNow === 'tight-or-flaky' ? [care.tight] : []),
      ...(targetedConcerns(a).length && supportiveConcerns(a).length ? [care.targeted] : []),
    ];
    summary = text.CARE_SUMMARY(text.listNames(why));
  }
  if (ifPatient !== undefined) {
    // Row 5: the verdict with patience, or plainly that patience would not change it.
    const more = ifPatient === verdict ? text.PATIENCE_SAME : text.IF_PATIENT(text.VERDICT_TEXT[ifPatient].label);
    summary = `${summary} ${more}`;
  }
  return { headline, summary: summary! };
}
