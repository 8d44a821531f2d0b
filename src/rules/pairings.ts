/** docs/rules.md items 6 and 8: pairings from the reader's own actives, and buying. */
import {
  ACTIVE_NAME,
  BUYING,
  CONFLICT,
  FRAGRANCE_STRESSED,
  ONE_AT_A_TIME,
  PAIR_NAME,
  WITH_CARE,
  type PairIngredient,
} from './content.js';
import { type Active, SUPPORTIVE_ACTIVES } from './options.js';
import type { Recommendation } from './result.js';
import { type Situation, has, nightActives } from './situation.js';

const PAIRS = Object.keys(PAIR_NAME) as PairIngredient[];

export function pairingsFor(s: Situation): Recommendation['pairings'] {
  const uses = (x: Active) => has(s.a.actives, x);
  const yours = (x: PairIngredient) => has(SUPPORTIVE_ACTIVES, x as Active) && uses(x as Active);
  // Seed 000: they "support hydration, calmness, and barrier integrity". Where the serum is for
  // later (not now, or only with patience) the list shrinks to what the reader uses (item 6).
  const pairsWell = PAIRS.filter((x) => (s.serum && s.verdict !== 'not-the-right-tool') || yours(x))
    .map((ingredient) => ({
      ingredient,
      yours: yours(ingredient),
      text: PAIR_NAME[ingredient],
    }))
    .sort((x, y) => Number(y.yours) - Number(x.yours));

  // Retinoids and acids, said once (seed 000; DermNet retinoid irritation).
  const nights = nightActives(s.a);
  const withCare = nights.length
    ? [{ active: nights[0]!, actives: nights, text: (s.serum ? WITH_CARE.serum : WITH_CARE.later)(nights.length > 1 ? WITH_CARE.many : `Your ${ACTIVE_NAME[nights[0]!]}`) }]
    : [];

  const conflicts: Recommendation['pairings']['conflicts'] = [];
  const retinoids = (['retinoid', 'prescription-retinoid'] as const).filter(uses);
  if (retinoids.length && uses('exfoliating-acids')) {
    const names = retinoids.length > 1 ? 'Your retinoids' : `Your ${ACTIVE_NAME[retinoids[0]!]}`;
    conflicts.push({ actives: [retinoids[0]!, 'exfoliating-acids'], text: CONFLICT.retinoidAcids(names) });
  }
  // AAD acne guidance: benzoyl peroxide breaks down tretinoin; different times of day.
  if (uses('benzoyl-peroxide') && uses('prescription-retinoid')) {
    conflicts.push({ actives: ['benzoyl-peroxide', 'prescription-retinoid'], text: CONFLICT.peroxideTretinoin });
  }
  if (uses('retinoid') && uses('prescription-retinoid')) {
    conflicts.push({ actives: ['retinoid', 'prescription-retinoid'], text: CONFLICT.twoRetinoids });
  }
  return { pairsWell, withCare, conflicts, oneAtATime: ONE_AT_A_TIME };
}

/** Item 8 (seed 001, "How to Choose One"): only where a serum is on the table. */
export function buyingFor(s: Situation): Recommendation['buying'] {
  if (!s.serum) return [];
  const stressed = s.a.sensitivity !== 'rarely';
  return (['sourcing', 'claims', 'fragrance-free', 'price', 'one-product'] as const).map((id) => ({
    id,
    stressed: id === 'fragrance-free' && stressed,
    text: id === 'fragrance-free' && stressed ? FRAGRANCE_STRESSED : BUYING[id],
  }));
}
