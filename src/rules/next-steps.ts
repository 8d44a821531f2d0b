/** docs/rules.md item 2: at most three short actions, in order, read from the plan (v3; v4). */
import type { MessageId } from '../messages/result.js';
import { STRONG_ACTIVES } from './options.js';
import { type Words, actives, has, names } from './situation.js';

export function nextStepsFor({ d, plan, say }: Words): string[] {
  // Sentences are said (and their sources counted) only for the three steps shown.
  const steps: Array<() => string> = [];
  const add = (id: MessageId, fill?: string) => steps.push(() => (say as (id: MessageId, ...fill: string[]) => string)(id, ...(fill === undefined ? [] : [fill])));
  const shown = () => steps.slice(0, 3).map((step) => step());
  const paused = actives(plan, 'pause');
  // A prescription is never paused without a word to its prescriber, in the same line (v4).
  const prescription = has(paused, 'prescription-retinoid');
  if (d.verdict === 'not-now') {
    // Healing is said in the summary and in the come-back condition, not here too (v4, "Said once").
    // A flare after a procedure: the clinic first (the referral), and a dermatologist for the flare (item 9).
    if (plan.comeBack.includes('flare-treated')) add('next.flare');
    if (paused.length) add(prescription ? 'next.pause.prescription' : 'next.pause', names(paused));
    // The basics are the routine below; a step of their own only where there is nothing else to do.
    if (!steps.length) add('next.basics');
    return shown();
  }
  // Row 5: what can change within days comes first (item 5).
  if (d.deciding === 5) add('next.moisturize');
  // What the plan changes about the reader's actives, before anything new.
  if (paused.length) add(plan.condition ? 'next.pause-until-comfortable.dermatologist' : 'next.pause-until-comfortable', names(paused));
  if (actives(plan, 'choose-one').length) add('next.choose');
  const asked = actives(plan, 'ask');
  // Diagnosed skin: the dermatologist decides (v4); otherwise only a prescription is asked about.
  if (asked.length) plan.condition ? add('next.ask-dermatologist', names(asked)) : add('next.ask-prescriber');
  const reduced = actives(plan, 'reduce');
  if (reduced.length) add('next.reduce', names(reduced));
  if (plan.instead.length) add('next.instead');
  if (plan.serum !== 'now') {
    // No serum step here: with patience it lives only in the "if you give it time" routine (v3).
    const kept = actives(plan, 'keep').filter((x) => has(STRONG_ACTIVES, x));
    if (kept.length) add('next.keep', names(kept));
    return shown();
  }
  // Calm first, then the serum: never a pause or reduce step and a plain "add the serum" (v4; row 8; seed 000).
  // A prescription asked about because the skin is tight counts too: the skin is not yet comfortable.
  const calmFirst = paused.length > 0 || reduced.length > 0 || (asked.length > 0 && !plan.condition);
  if (d.verdict === 'optional') {
    // Just curious: a choice, not a plan (v4).
    add(calmFirst ? (plan.patchTest ? 'next.optional.calm-first.patch' : 'next.optional.calm-first') : plan.patchTest ? 'next.optional.patch' : 'next.optional');
    return shown();
  }
  if (calmFirst) add(plan.patchTest ? 'next.calm-first.patch' : 'next.calm-first');
  else {
    if (plan.patchTest) add('next.patch');
    add('next.start');
  }
  add('next.judge');
  return shown();
}
