/**
 * docs/rules.md item 5, read from the plan: where the serum goes, with a
 * place for every active the reader keeps; the calm basics and when to come
 * back for `not-now`; the reader's own routine and what helps instead where
 * no serum is on the table.
 */
import * as T from './result-text.js';
import { COME_BACK_TEXT, listNames } from './content.js';
import type { Active } from './options.js';
import type { ActivePlan } from './plan.js';
import type { Recommendation, RoutineStep } from './result.js';
import { type Words, actives, has, names } from './situation.js';

type Routine = Recommendation['routine'];

const step = (id: string, text: string, held: Active[] = []): RoutineStep => ({ id, text, actives: held });

// Water-based serums go after the exosome serum in the morning, vitamin C among them (seed 000 placement).
const WATER_SERUMS: readonly Active[] = ['vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides'];
const NIGHT_SHORT: Partial<Record<Active, string>> = {
  retinoid: 'retinoid',
  'prescription-retinoid': 'prescription retinoid',
  'exfoliating-acids': 'acid',
};

/** "On retinoid or acid nights: one a night, less often than now": the plan's night actives in one step. */
function nightLine(nights: readonly ActivePlan[]): string {
  const choose = nights.some((x) => x.action === 'choose-one');
  // Two retinoids share one place: the reader keeps only one of them (item 6; v3 "choose one").
  const shorts = [...new Set(nights.map((x) => (x.action === 'choose-one' ? 'retinoid' : NIGHT_SHORT[x.active]!)))];
  const what =
    shorts.length === 1
      ? `On ${shorts[0]} nights: ${choose ? 'one of your two retinoids' : `your ${names([nights[0]!.active])}`}`
      : `On ${listNames(shorts).replace(/ and (?=[^,]*$)/, ' or ')} nights: one a night`;
  const less = nights.some((x) => x.action === 'reduce' || x.action === 'ask') ? T.LESS_OFTEN : '';
  const asked = nights.some((x) => x.action === 'ask') ? ', as your prescriber advises' : '';
  return what + less + asked;
}

function morning({ plan, say }: Words, withSerum: boolean): RoutineStep[] {
  const kept = plan.actives.filter((x) => x.time === 'morning');
  const water = kept.map((x) => x.active).filter((x) => has(WATER_SERUMS, x));
  const peroxide = kept.find((x) => x.active === 'benzoyl-peroxide');
  const steps = [step('cleanse', say(T.ROUTINE_CLEANSE_MORNING))];
  if (withSerum) steps.push(step('exosome-serum', say(T.ROUTINE_SERUM_MORNING)));
  if (water.length) steps.push(step('other-serums', say(T.ROUTINE_WATER_SERUMS, names(water)), water));
  // Benzoyl peroxide in the morning, so it never meets tretinoin at night (AAD acne guidance).
  if (peroxide) {
    steps.push(step('benzoyl-peroxide', say(T.ROUTINE_PEROXIDE, peroxide.action === 'keep' ? '' : T.LESS_OFTEN), ['benzoyl-peroxide']));
  }
  steps.push(moisturizer(kept, say), step('sunscreen', say(T.ROUTINE_SUNSCREEN)));
  return steps;
}

const moisturizer = (kept: readonly ActivePlan[], say: Words['say']) =>
  kept.some((x) => x.active === 'ceramides')
    ? step('moisturizer', say(T.ROUTINE_CERAMIDES), ['ceramides'])
    : step('moisturizer', say(T.ROUTINE_MOISTURIZE));

function evening({ plan, say }: Words, withSerum: boolean): RoutineStep[] {
  const nights = plan.actives.filter((x) => x.time === 'evening');
  const steps = [step('cleanse', say(T.ROUTINE_CLEANSE_EVENING))];
  if (nights.length) {
    const line = nightLine(nights);
    steps.push(step('active-nights', say(T.ROUTINE_NIGHTS, line + (withSerum ? T.INSTEAD_OF_SERUM : '')), nights.map((x) => x.active)));
  }
  if (withSerum) steps.push(step('exosome-serum', say(nights.length ? T.ROUTINE_SERUM_OTHER_NIGHTS : T.ROUTINE_SERUM_EVERY_NIGHT)));
  steps.push(step('moisturizer', say(T.ROUTINE_MOISTURIZE_EVENING)));
  return steps;
}

/** `not-now`: the calm basics, what the reader keeps, and when to come back (rows 1 to 4; v3). */
function basics(w: Words): Routine {
  const { plan, say } = w;
  const kept = plan.actives.filter((x) => x.action === 'keep');
  const serums = kept.map((x) => x.active).filter((x) => x !== 'ceramides');
  const paused = actives(plan, 'pause');
  const notes = [say(T.ROUTINE_COME_BACK, listNames(plan.comeBack.map((c) => COME_BACK_TEXT[c])))];
  // Restart one at a time, never all at once (v3, "What to pause").
  if (paused.length) notes.push(say(T.ROUTINE_RESTART, names(paused)));
  return {
    kind: 'basics',
    morning: [
      step('cleanse', say(T.ROUTINE_CLEANSE_MORNING)),
      ...(serums.length ? [step('other-serums', say(T.ROUTINE_KEPT_SERUMS, names(serums)), serums)] : []),
      moisturizer(kept, say),
      step('sunscreen', say(T.ROUTINE_SUNSCREEN)),
    ],
    evening: [step('cleanse', say(T.ROUTINE_CLEANSE_EVENING)), step('moisturizer', say(T.ROUTINE_MOISTURIZE_EVENING))],
    notes,
  };
}

export function routineFor(w: Words): Routine {
  if (w.d.verdict === 'not-now') return basics(w);
  const serum = w.plan.serum !== 'none';
  return { kind: serum ? 'serum' : 'basics', morning: morning(w, serum), evening: evening(w, serum), notes: [] };
}

/** Per targeted concern, what helps instead (AAD acne, melasma, acne scars; v3 "What helps instead, safely"). */
export function helpsInsteadFor({ plan, say }: Words): Recommendation['helpsInstead'] {
  const treated = plan.actives.some((x) => has<Active>(['benzoyl-peroxide', 'retinoid', 'prescription-retinoid'], x.active));
  return plan.instead.map((concern) => ({
    concern,
    text: say(
      concern === 'stubborn-pigmentation'
        ? T.INSTEAD_PIGMENTATION
        : concern === 'acne-scars'
          ? T.INSTEAD_SCARS
          : // Bumps with rosacea may not be acne, and acne products can irritate it: no product named.
            plan.condition
            ? T.INSTEAD_BREAKOUTS_CONDITION
            : // Already on an acne treatment: no second product named (adapalene is a retinoid too).
              plan.breakoutProducts && !treated
                ? T.INSTEAD_BREAKOUTS_ASK
                : T.INSTEAD_BREAKOUTS_SEE,
    ),
  }));
}
