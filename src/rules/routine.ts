/**
 * docs/rules.md item 5, read from the plan: where the serum goes, with a
 * place for every active the reader keeps; the calm basics and when to come
 * back for `not-now`; the reader's own routine and what helps instead where
 * no serum is on the table.
 */
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
  const less = nights.some((x) => x.action === 'reduce' || x.action === 'ask') ? ', less often' : '';
  const asked = nights.some((x) => x.action === 'ask') ? ', as your prescriber advises' : '';
  return what + less + asked;
}

function morning({ plan, say }: Words, withSerum: boolean): RoutineStep[] {
  const kept = plan.actives.filter((x) => x.time === 'morning');
  const water = kept.map((x) => x.active).filter((x) => has(WATER_SERUMS, x));
  const peroxide = kept.find((x) => x.active === 'benzoyl-peroxide');
  const steps = [step('cleanse', say('routine-cleanse-morning'))];
  if (withSerum) steps.push(step('exosome-serum', say('routine-serum-morning')));
  if (water.length) steps.push(step('other-serums', say('routine-water-serums', names(water)), water));
  // Benzoyl peroxide in the morning, so it never meets tretinoin at night (AAD acne guidance).
  if (peroxide) {
    steps.push(step('benzoyl-peroxide', say(peroxide.action === 'keep' ? 'routine-peroxide' : 'routine-peroxide-less'), ['benzoyl-peroxide']));
  }
  steps.push(moisturizer(kept, say), step('sunscreen', say('routine-sunscreen')));
  return steps;
}

const moisturizer = (kept: readonly ActivePlan[], say: Words['say']) =>
  kept.some((x) => x.active === 'ceramides')
    ? step('moisturizer', say('routine-ceramides'), ['ceramides'])
    : step('moisturizer', say('routine-moisturize-morning'));

function evening({ plan, say }: Words, withSerum: boolean): RoutineStep[] {
  const nights = plan.actives.filter((x) => x.time === 'evening');
  const steps = [step('cleanse', say('routine-cleanse-evening'))];
  if (nights.length) {
    const line = nightLine(nights);
    steps.push(step('active-nights', withSerum ? say('routine-nights-serum', line) : say('routine-nights', line), nights.map((x) => x.active)));
  }
  if (withSerum) steps.push(step('exosome-serum', say(nights.length ? 'routine-serum-other-nights' : 'routine-serum-every-night')));
  steps.push(step('moisturizer', say('routine-moisturize-evening')));
  return steps;
}

/** `not-now`: the calm basics, what the reader keeps, and when to come back (rows 1 to 4; v3). */
function basics(w: Words): Routine {
  const { plan, say } = w;
  const kept = plan.actives.filter((x) => x.action === 'keep');
  const serums = kept.map((x) => x.active).filter((x) => x !== 'ceramides');
  const paused = actives(plan, 'pause');
  const notes = [say('routine-come-back', listNames(plan.comeBack.map((c) => COME_BACK_TEXT[c])))];
  // Restart one at a time, never all at once (v3, "What to pause").
  if (paused.length) notes.push(say(paused.length > 1 ? 'routine-restart-each' : 'routine-restart', names(paused)));
  return {
    kind: 'basics',
    morning: [
      step('cleanse', say('routine-cleanse-morning')),
      ...(serums.length ? [step('other-serums', say('routine-kept-serums', names(serums)), serums)] : []),
      moisturizer(kept, say),
      step('sunscreen', say('routine-sunscreen')),
    ],
    evening: [step('cleanse', say('routine-cleanse-evening')), step('moisturizer', say('routine-moisturize-evening'))],
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
        ? 'instead-pigmentation'
        : concern === 'acne-scars'
          ? 'instead-scars'
          : // Bumps with rosacea may not be acne, and acne products can irritate it: no product named.
            plan.condition
            ? 'instead-breakouts-condition'
            : treated
              ? 'instead-breakouts-treated'
              : plan.breakoutProducts
                ? 'instead-breakouts-ask'
                : 'instead-breakouts-see',
    ),
  }));
}
