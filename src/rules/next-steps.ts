/** docs/rules.md item 2: at most three short actions, in order, for this reader now. */
import { ACTIVE_NAME, NEXT, listNames } from './content.js';
import type { Active } from './options.js';
import { type Situation, nightActives, strongActives } from './situation.js';

const names = (actives: readonly Active[]) => listNames(actives.map((x) => ACTIVE_NAME[x]));

export function nextStepsFor(s: Situation): string[] {
  const { a, rows } = s;
  const strong = strongActives(a);
  const steps: string[] = [];
  if (s.verdict === 'not-now') {
    if (rows.includes(1)) steps.push(NEXT.aftercare);
    // A flare after a procedure: the clinic first, and a dermatologist for the flare (item 9).
    if (rows.includes(2)) steps.push(NEXT.flarePlan);
    if (strong.length) steps.push(NEXT.pause(names(strong)));
    steps.push(NEXT.basics);
    return steps.slice(0, 3);
  }
  // Row 5: what can change within days (item 5).
  if (s.deciding === 5) steps.push(NEXT.moisturize);
  if (!s.serum) {
    steps.push(NEXT.instead);
    if (strong.length) steps.push(NEXT.keepTreatment(names(strong)));
    return steps.slice(0, 3);
  }
  // Tight or flaky skin: lower the active's frequency first (seed 000; DermNet).
  const nights = nightActives(a);
  if (a.skinNow === 'tight-or-flaky' && nights.length) {
    steps.push(nights.length === 1 ? NEXT.lessOften(names(nights)) : NEXT.lessOftenMany);
  }
  if (a.sensitivity !== 'rarely') steps.push(NEXT.patch);
  steps.push(s.deciding === 7 ? NEXT.try : NEXT.start);
  if (s.deciding !== 7) steps.push(NEXT.judge);
  return steps.slice(0, 3);
}
