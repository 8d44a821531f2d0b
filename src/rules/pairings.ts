/** docs/rules.md items 6 and 8, read from the plan: pairings from the reader's own actives, and buying. */
import { list } from '../messages/locale.js';
import { NIGHT_NAME } from '../messages/names.js';
import type { MessageId } from '../messages/result.js';
import { SUPPORTIVE_ACTIVES, type Active } from './options.js';
import type { Recommendation } from './result.js';
import { type Words, has, names } from './situation.js';

type Conflict = [Active, Active, MessageId];
const CONFLICTS: readonly Conflict[] = [
  ['retinoid', 'exfoliating-acids', 'conflict.retinoid-acids'],
  ['prescription-retinoid', 'exfoliating-acids', 'conflict.prescription-acids'],
  // AAD acne guidance: benzoyl peroxide breaks down tretinoin; different times of day.
  ['benzoyl-peroxide', 'prescription-retinoid', 'conflict.peroxide-prescription'],
  ['retinoid', 'prescription-retinoid', 'conflict.two-retinoids'],
];

/** "retinoid", "retinoids and acids": the reader's own night actives, by family. */
function nightNames(nights: readonly Active[]): string {
  const retinoids = nights.filter((x) => x !== 'exfoliating-acids');
  const family = retinoids.length > 1 ? [NIGHT_NAME.retinoids()] : retinoids.length ? [names(retinoids)] : [];
  return list([...family, ...(nights.includes('exfoliating-acids') ? [NIGHT_NAME.acids()] : [])]);
}

export function pairingsFor({ plan, say }: Words): Recommendation['pairings'] {
  const used = plan.actives.map((x) => x.active);
  const serum = plan.serum !== 'none';
  // Seed 000: they "support hydration, calmness, and barrier integrity". Only the reader's own, and
  // only where a serum is on the table; a reader with none is told a moisturizer and sunscreen are
  // enough (v4 "One product"; seed 001: "one thoughtful product is enough").
  const own = used.filter((x) => has(SUPPORTIVE_ACTIVES, x));
  const pairsWell = !serum ? null : own.length ? { actives: own, text: say('pairs.well', names(own)) } : { actives: [], text: say('pairs.enough') };
  // How to fit the serum around retinoids and acids: only where a serum is on the table (seed 000; DermNet).
  // Not for actives a dermatologist or prescriber decides about: how to use them is theirs to say.
  const nights = plan.actives.filter((x) => x.time === 'evening' && x.action !== 'ask').map((x) => x.active);
  const withCare = serum && nights.length ? [{ active: nights[0]!, actives: nights, text: say('pairs.with-care', nightNames(nights)) }] : [];
  // Every conflict the reader has, with exactly the actives in it; paused ones too, for later.
  const conflicts = CONFLICTS.filter(([x, y]) => has(used, x) && has(used, y)).map(([x, y, id]) => ({
    actives: [x, y] as [Active, Active],
    text: say(id),
  }));
  return { pairsWell, withCare, conflicts, oneAtATime: say('pairs.one-at-a-time') };
}

const BUYING = ['sourcing', 'claims', 'fragrance-free', 'price', 'one-product'] as const;

/** Item 8 (seed 001, "How to Choose One"): only where a serum is on the table. */
export function buyingFor({ plan, say }: Words): Recommendation['buying'] {
  if (plan.serum === 'none') return [];
  return BUYING.map((id) => {
    const stressed = id === 'fragrance-free' && plan.patchTest;
    return { id, stressed, text: say(stressed ? 'buying.fragrance-free.stressed' : `buying.${id}`) };
  });
}
