/**
 * docs/rules.md item 5: where the serum goes, with a place for every active
 * the reader uses; the calm basics for `not-now`; and, where no serum is on
 * the table, the reader's own routine and what helps instead.
 */
import { ACTIVE_NAME, HELPS_BREAKOUTS_TREATED, HELPS_INSTEAD, ROUTINE, listNames } from './content.js';
import type { Active } from './options.js';
import type { Recommendation, RoutineStep } from './result.js';
import { type Situation, has, nightActives, strongActives, targetedConcerns } from './situation.js';

type Routine = Recommendation['routine'];

const step = (id: string, text: string, actives: Active[] = []): RoutineStep => ({ id, text, actives });
const names = (actives: readonly Active[]) => listNames(actives.map((x) => ACTIVE_NAME[x]));

// Water-based serums go after the exosome serum in the morning, vitamin C among them (seed 000 placement).
const WATER_SERUMS: readonly Active[] = ['vitamin-c', 'niacinamide', 'hyaluronic-acid', 'peptides'];
const NIGHT_SHORT: Partial<Record<Active, string>> = {
  retinoid: 'retinoid',
  'prescription-retinoid': 'prescription retinoid',
  'exfoliating-acids': 'acid',
};

/** Morning: cleanse, [serum], water-based serums, benzoyl peroxide, moisturizer, sunscreen last. */
function morning(s: Situation, withSerum: boolean): RoutineStep[] {
  const uses = (x: Active) => has(s.a.actives, x);
  const water = s.a.actives.filter((x) => has(WATER_SERUMS, x));
  const steps = [step('cleanse', ROUTINE.cleanseMorning)];
  if (withSerum) steps.push(step('exosome-serum', ROUTINE.serumMorning));
  if (water.length) steps.push(step('other-serums', ROUTINE.waterSerums(names(water)), water));
  // Benzoyl peroxide in the morning, so it never meets tretinoin at night (AAD acne guidance).
  if (uses('benzoyl-peroxide')) steps.push(step('benzoyl-peroxide', ROUTINE.peroxide, ['benzoyl-peroxide']));
  steps.push(
    uses('ceramides')
      ? step('moisturizer', ROUTINE.ceramides(ROUTINE.moisturizerMorning), ['ceramides'])
      : step('moisturizer', ROUTINE.moisturizerMorning),
    step('sunscreen', ROUTINE.sunscreen),
  );
  return steps;
}

/** Evening: cleanse, one strong active on its nights, the serum on the others, moisturizer. */
function evening(s: Situation, withSerum: boolean): RoutineStep[] {
  const nights = nightActives(s.a);
  const steps = [step('cleanse', ROUTINE.cleanseEvening)];
  if (nights.length) {
    const line =
      nights.length === 1
        ? ROUTINE.nights(NIGHT_SHORT[nights[0]!]!, ACTIVE_NAME[nights[0]!])
        : ROUTINE.nightsMany(listNames(nights.map((x) => NIGHT_SHORT[x]!)).replace(/ and (?=[^,]*$)/, ' or '));
    steps.push(step('active-nights', (withSerum ? ROUTINE.night : ROUTINE.nightKeep)(line), nights));
  }
  if (withSerum) {
    steps.push(step('exosome-serum', nights.length ? ROUTINE.serumOtherNights : ROUTINE.serumEveryNight));
  }
  steps.push(step('moisturizer', ROUTINE.moisturizerEvening));
  return steps;
}

export function routineFor(s: Situation): Routine {
  if (s.serum) return { kind: 'serum', morning: morning(s, true), evening: evening(s, true), notes: [] };
  if (s.verdict !== 'not-now') return { kind: 'basics', morning: morning(s, false), evening: evening(s, false), notes: [] };
  // not-now: the calm basics, and when to come back (rows 1 to 4); strong actives are paused in the next steps.
  const strong = strongActives(s.a);
  const notes = [ROUTINE.comeBack[s.deciding]!];
  if (strong.length) notes.push(ROUTINE.restart(names(strong)));
  return {
    kind: 'basics',
    morning: [
      step('cleanse', ROUTINE.cleanseMorning),
      step('moisturizer', ROUTINE.moisturizerMorning),
      step('sunscreen', ROUTINE.sunscreen),
    ],
    evening: [step('cleanse', ROUTINE.cleanseEvening), step('moisturizer', ROUTINE.moisturizerEvening)],
    notes,
  };
}

/** Row 6, and row 5 when patience gives row 6: per targeted concern (AAD acne, melasma, acne scars). */
export function helpsInsteadFor(s: Situation): Recommendation['helpsInstead'] {
  if (s.serum || s.verdict !== 'not-the-right-tool') return [];
  const treated = s.a.actives.some((x) => x === 'benzoyl-peroxide' || x === 'retinoid' || x === 'prescription-retinoid');
  return targetedConcerns(s.a).map((concern) => ({
    concern,
    text: concern === 'active-breakouts' && treated ? HELPS_BREAKOUTS_TREATED : HELPS_INSTEAD[concern]!,
  }));
}
