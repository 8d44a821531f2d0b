/** docs/rules.md items 6 and 8, read from the plan: pairings from the reader's own actives, and buying. */
import * as T from './result-text.js';
import { ACTIVE_TEXT, PAIRS, listNames, type Line, type PairIngredient } from './content.js';
import type { Active } from './options.js';
import type { Recommendation } from './result.js';
import { type Words, capitalize, has, names } from './situation.js';

type Conflict = [Active, Active, Line];
const CONFLICTS: readonly Conflict[] = [
  ['retinoid', 'exfoliating-acids', T.CONFLICT_RETINOID_ACIDS],
  ['prescription-retinoid', 'exfoliating-acids', T.CONFLICT_PRESCRIPTION_ACIDS],
  // AAD acne guidance: benzoyl peroxide breaks down tretinoin; different times of day.
  ['benzoyl-peroxide', 'prescription-retinoid', T.CONFLICT_PEROXIDE_TRETINOIN],
  ['retinoid', 'prescription-retinoid', T.CONFLICT_TWO_RETINOIDS],
];

/** "retinoid", "retinoids and acids": the reader's own night actives, by family. */
function nightNames(nights: readonly Active[]): string {
  const retinoids = nights.filter((x) => x !== 'exfoliating-acids');
  const family = retinoids.length > 1 ? ['retinoids'] : retinoids.length ? [names(retinoids)] : [];
  return listNames([...family, ...(nights.includes('exfoliating-acids') ? ['acids'] : [])]);
}

export function pairingsFor({ d, plan, say }: Words): Recommendation['pairings'] {
  const used = plan.actives.map((x) => x.active);
  const serum = plan.serum !== 'none';
  const yours = (x: PairIngredient) => has<string>(used, x);
  // Seed 000: they "support hydration, calmness, and barrier integrity". "Pairs well" names the
  // reader's own; new ones only to a reader who has none, where a serum is on the table and the
  // reader does not keep a minimal routine (v3, "No overclaiming").
  const shown = serum || d.verdict === 'not-now';
  const offer = serum && plan.newProducts && !PAIRS.some(yours);
  const pairsWell = PAIRS.filter((x) => shown && (yours(x) || offer))
    .map((ingredient) => ({ ingredient, yours: yours(ingredient), text: ACTIVE_TEXT[ingredient as 'niacinamide']?.label ?? capitalize(ingredient) }));
  if (pairsWell.length) say(T.PAIRS_WELL, '');
  // How to fit the serum around retinoids and acids: only where a serum is on the table (seed 000; DermNet).
  const nights = plan.actives.filter((x) => x.time === 'evening').map((x) => x.active);
  const withCare = serum && nights.length ? [{ active: nights[0]!, actives: nights, text: say(T.WITH_CARE, nightNames(nights)) }] : [];
  // Every conflict the reader has, with exactly the actives in it; paused ones too, for later.
  const conflicts = CONFLICTS.filter(([x, y]) => has(used, x) && has(used, y)).map(([x, y, id]) => ({
    actives: [x, y] as [Active, Active],
    text: say(id),
  }));
  return { pairsWell, withCare, conflicts, oneAtATime: say(T.ONE_AT_A_TIME) };
}

const BUYING_LINE = {
  sourcing: T.BUYING_SOURCING,
  claims: T.BUYING_CLAIMS,
  'fragrance-free': T.BUYING_FRAGRANCE_FREE,
  price: T.BUYING_PRICE,
  'one-product': T.BUYING_ONE_PRODUCT,
};
const BUYING = Object.keys(BUYING_LINE) as Array<keyof typeof BUYING_LINE>;

/** Item 8 (seed 001, "How to Choose One"): only where a serum is on the table. */
export function buyingFor({ plan, say }: Words): Recommendation['buying'] {
  if (plan.serum === 'none') return [];
  return BUYING.map((id) => {
    const stressed = id === 'fragrance-free' && plan.patchTest;
    return { id, stressed, text: say(stressed ? T.BUYING_FRAGRANCE_FREE_STRESSED : BUYING_LINE[id]) };
  });
}
