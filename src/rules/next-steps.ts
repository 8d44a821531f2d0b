/** docs/rules.md item 2: at most three short actions, in order, read from the plan (v3). */
import { STRONG_ACTIVES } from './options.js';
import { type Words, actives, has, names } from './situation.js';

export function nextStepsFor({ d, plan, say }: Words): string[] {
  // Sentences are said (and their sources counted) only for the three steps shown.
  const steps: Array<() => string> = [];
  const add = (id: Parameters<Words['say']>[0], fill?: string) => steps.push(() => say(id, fill));
  const shown = () => steps.slice(0, 3).map((step) => step());
  if (d.verdict === 'not-now') {
    if (plan.comeBack.includes('healed')) add('next-heal');
    // A flare after a procedure: the clinic first, and a dermatologist for the flare (item 9).
    if (plan.comeBack.includes('flare-treated')) add('next-flare');
    const paused = actives(plan, 'pause');
    if (paused.length) add('next-pause', names(paused));
    // The basics are the routine below; a step of their own only where there is nothing else to do.
    if (!steps.length) add('next-basics');
    return shown();
  }
  // Row 5: what can change within days comes first (item 5).
  if (d.deciding === 5) add('next-moisturize');
  // What the plan changes about the reader's actives, before anything new.
  if (actives(plan, 'choose-one').length) add('next-choose');
  const asked = actives(plan, 'ask');
  if (asked.length) add('next-ask', names(asked));
  const reduced = actives(plan, 'reduce');
  if (reduced.length) add('next-reduce', names(reduced));
  if (plan.instead.length) add('next-instead');
  if (plan.serum !== 'now') {
    // No serum step here: with patience it lives only in the "if you give it time" routine (v3).
    const kept = actives(plan, 'keep').filter((x) => has(STRONG_ACTIVES, x));
    if (kept.length) add('next-keep', names(kept));
    return shown();
  }
  if (plan.patchTest) add('next-patch');
  add(d.deciding === 7 ? 'next-try' : 'next-start');
  if (d.deciding !== 7) add('next-judge');
  return shown();
}
