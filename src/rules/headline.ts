import type { MessageId } from '../messages/result.js';
import { list } from '../messages/locale.js';
import type { Verdict } from './options.js';
import { type Words, concernNames } from './situation.js';

/** The summary of each deciding row but 8, which names the reader's reasons for care. */
const SUMMARY: Record<number, MessageId> = {
  1: 'summary.procedure',
  2: 'summary.flare',
  3: 'summary.irritated',
  4: 'summary.most-products',
  5: 'summary.days',
  6: 'summary.targeted',
  7: 'summary.curious',
  9: 'summary.good-fit',
};
const CARE = { reacts: 'care.reacts', condition: 'care.condition', tight: 'care.tight' } as const;

/** The verdict's label, as the result and the "if you give it time" sentence name it. */
export const verdictLabel = ({ say }: Words, verdict: Verdict) => say(`verdict.${verdict}`);

/** docs/rules.md item 1: the headline and summary fit the deciding rule and the reader. */
export function headlineAndSummary(w: Words): { headline: string; summary: string } {
  const { d, plan, say } = w;
  const headline = say(d.deciding === 4 ? 'headline.basics-first' : `headline.${d.verdict}`);
  let summary: string;
  if (d.deciding === 8) {
    const reasons = plan.care.flatMap((c) => (c === 'targeted' ? [] : [say(CARE[c])]));
    const care = reasons.length ? say('summary.care', list(reasons)) : '';
    if (plan.care.includes('targeted')) {
      // Both parts named: what a serum is for, and what needs its own treatment (v3); a diagnosed
      // reader's redness is not a serum's (v4), so the first part may be empty.
      const targeted = concernNames(plan.targeted);
      const parts = plan.support.length ? say('summary.parts', concernNames(plan.support), targeted) : say('summary.targeted-only', targeted);
      summary = care ? `${parts} ${care}` : parts;
    } else {
      summary = care;
    }
  } else {
    summary = say(SUMMARY[d.deciding]!);
  }
  if (d.ifPatient !== undefined) {
    // Row 5: the verdict with patience, or plainly that patience would not change it.
    summary += ` ${d.ifPatient === d.verdict ? say('summary.patience-same') : say('summary.if-patient', verdictLabel(w, d.ifPatient))}`;
  }
  return { headline, summary };
}
