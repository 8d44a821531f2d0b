/** docs/rules.md item 2: at most three short actions, in order, read from the plan (v3). */
import * as T from './result-text.js';
import { STRONG_ACTIVES } from './options.js';
import { type Words, actives, has, names } from './situation.js';

export function nextStepsFor({ d, plan, say }: Words): string[] {
  // Sentences are said (and their sources counted) only for the three steps shown.
  const steps: Array<() => string> = [];
  const add = (id: Parameters<Words['say']>[0], fill?: string) => steps.push(() => say(id, fill));
  const shown = () => steps.slice(0, 3).map((step) => step());
  if (d.verdict === 'not-now') {
    if (plan.comeBack.includes('healed')) add(T.NEXT_HEAL);
    // A flare after a procedure: the clinic first, and a dermatologist for the flare (item 9).
    if (plan.comeBack.includes('flare-treated')) add(T.NEXT_FLARE);
    const paused = actives(plan, 'pause');
    if (paused.length) add(T.NEXT_PAUSE, names(paused));
    // The basics are the routine below; a step of their own only where there is nothing else to do.
    if (!steps.length) add(T.NEXT_BASICS);
    return shown();
  }
  // Row 5: what can change within days comes first (item 5).
  if (d.deciding === 5) add(T.NEXT_MOISTURIZE);
  // What the plan changes about the reader's actives, before anything new.
  if (actives(plan, 'choose-one').length) add(T.NEXT_CHOOSE);
  const asked = actives(plan, 'ask');
  if (asked.length) add(T.NEXT_ASK, names(asked));
  const reduced = actives(plan, 'reduce');
  if (reduced.length) add(T.NEXT_REDUCE, names(reduced));
  if (plan.instead.length) add(T.NEXT_INSTEAD);
  if (plan.serum !== 'now') {
    // No serum step here: with patience it lives only in the "if you give it time" routine (v3).
    const kept = actives(plan, 'keep').filter((x) => has(STRONG_ACTIVES, x));
    if (kept.length) add(T.NEXT_KEEP, names(kept));
    return shown();
  }
  if (plan.patchTest) add(T.NEXT_PATCH);
  add(T.NEXT_START);
  if (d.deciding !== 7) add(T.NEXT_JUDGE);
  return shown();
}
