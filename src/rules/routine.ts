/**
 * docs/rules.md item 5, read from the plan: where the serum goes, with a
 * place for every active the reader keeps; the calm basics and when to come
 * back for `not-now`; the reader's own routine and what helps instead where
 * no serum is on the table.
 */
import { isOne, list } from '../messages/locale.js';
import { NIGHT_NAME } from '../messages/names.js';
import type { MessageId } from '../messages/result.js';
import type { Active } from './options.js';
import { MOISTURIZING, type ActivePlan } from './plan.js';
import type { Recommendation, RoutineStep } from './result.js';
import { type Words, actives, has, names } from './situation.js';

type Routine = Recommendation['routine'];

const step = (id: string, text: string, held: Active[] = []): RoutineStep => ({ id, text, actives: held });

// Water-based serums go after the exosome serum in the morning, vitamin C among them (seed 000 placement);
// hyaluronic acid and ceramides belong to the moisturizer step (v4).
const WATER_SERUMS: readonly Active[] = ['vitamin-c', 'niacinamide', 'peptides'];

/** "On your retinoid or acid nights, use one a night, instead of the serum. Use them less often than now, …" */
function nightLine({ plan, say }: Words, nights: readonly ActivePlan[], withSerum: boolean): string {
  // Two retinoids share one place while the reader asks which to keep (item 6; v3 "choose one").
  const families = [...new Set(nights.map((x): keyof typeof NIGHT_NAME => (x.action === 'choose-one' ? 'retinoid' : (x.active as keyof typeof NIGHT_NAME))))];
  const named = list(families.map((f) => NIGHT_NAME[f]()), 'or');
  const one = isOne(families.length);
  const where = withSerum
    ? say(one ? 'routine.nights.one.serum' : 'routine.nights.other.serum', named)
    : say(one ? 'routine.nights.one' : 'routine.nights.other', named);
  const reduced = nights.filter((x) => x.action === 'reduce').map((x) => x.active);
  const asked = nights.some((x) => x.action === 'ask');
  return [
    where,
    reduced.length ? say('routine.nights.less', names(reduced)) : '',
    // Diagnosed skin: the dermatologist decides (v4); otherwise only a prescription is asked about.
    asked ? say(plan.condition ? 'routine.nights.dermatologist' : 'routine.nights.prescriber') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Moisturize, with the reader's hyaluronic acid and ceramides where they use them (v4). */
function moisturizer({ plan, say }: Words): RoutineStep {
  const own = plan.actives.filter((x) => has(MOISTURIZING, x.active)).map((x) => x.active);
  if (!own.length) return step('moisturizer', say('routine.moisturize'));
  // After a procedure, what goes on the skin is the aftercare plan's call.
  const aftercare = plan.comeBack.includes('healed');
  return step('moisturizer', say(aftercare ? 'routine.moisturize.with.aftercare' : 'routine.moisturize.with', names(own)), own);
}

function morning(w: Words, withSerum: boolean): RoutineStep[] {
  const { plan, say } = w;
  const kept = plan.actives.filter((x) => x.time === 'morning');
  const water = kept.map((x) => x.active).filter((x) => has(WATER_SERUMS, x));
  const peroxide = kept.find((x) => x.active === 'benzoyl-peroxide');
  const steps = [step('cleanse', say('routine.cleanse.morning'))];
  if (withSerum) steps.push(step('exosome-serum', say('routine.serum.morning')));
  if (water.length) steps.push(step('other-serums', say('routine.water-serums', names(water)), water));
  // Benzoyl peroxide in the morning, so it never meets tretinoin at night (AAD acne guidance).
  if (peroxide) {
    const id = peroxide.action === 'keep' ? 'routine.peroxide' : peroxide.action === 'ask' ? 'routine.peroxide.dermatologist' : 'routine.peroxide.less';
    steps.push(step('benzoyl-peroxide', say(id), ['benzoyl-peroxide']));
  }
  steps.push(moisturizer(w), step('sunscreen', say('routine.sunscreen')));
  return steps;
}

function evening(w: Words, withSerum: boolean): RoutineStep[] {
  const { plan, say } = w;
  const nights = plan.actives.filter((x) => x.time === 'evening');
  const steps = [step('cleanse', say('routine.cleanse.evening'))];
  if (nights.length) steps.push(step('active-nights', nightLine(w, nights, withSerum), nights.map((x) => x.active)));
  if (withSerum) steps.push(step('exosome-serum', say(nights.length ? 'routine.serum.other-nights' : 'routine.serum.every-night')));
  steps.push(step('moisturizer', say('routine.moisturize.evening')));
  return steps;
}

/** Come back once every condition holds, and restart paused actives one at a time (rows 1 to 4; v3). */
function comeBackNotes({ plan, say }: Words): string[] {
  const notes = [say('routine.come-back', list(plan.comeBack.map((c) => say(`come-back.${c}`))))];
  const paused = actives(plan, 'pause');
  if (paused.length) notes.push(say(has(paused, 'prescription-retinoid') ? 'routine.restart.prescription' : 'routine.restart', names(paused)));
  return notes;
}

/** `not-now`: the calm basics, the moisturizing ingredients the reader keeps, and when to come back. */
function basics(w: Words): Routine {
  const { say } = w;
  return {
    kind: 'basics',
    morning: [step('cleanse', say('routine.cleanse.morning')), moisturizer(w), step('sunscreen', say('routine.sunscreen'))],
    evening: [step('cleanse', say('routine.cleanse.evening')), step('moisturizer', say('routine.moisturize.evening'))],
    notes: comeBackNotes(w),
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
  const breakouts = (): MessageId =>
    // Bumps with rosacea may not be acne, and acne products can irritate it: no product named.
    plan.condition
      ? 'instead.breakouts.condition'
      : // Already on an acne treatment: no second product named (adapalene is a retinoid too).
        plan.breakoutProducts && !treated
        ? 'instead.breakouts.ask'
        : // "A treatment your skin tolerates" only for skin that reacts often or more (v4).
          plan.reactive
          ? 'instead.breakouts.see.reactive'
          : 'instead.breakouts.see';
  return plan.instead.map((concern) => ({
    concern,
    text: say(concern === 'stubborn-pigmentation' ? 'instead.pigmentation' : concern === 'acne-scars' ? 'instead.scars' : breakouts()),
  }));
}
