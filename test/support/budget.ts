/**
 * How much each property runs. `npm run mutation` (scripts/mutation.mjs)
 * sets EXOSOME_MUTATION=1: there every surviving mutant reruns every test
 * that reaches it, so properties run a twentieth of their cases, the
 * exhaustive sweeps a thirteenth of the concern sets, and the fuzzers do not
 * insist on reaching every branch. `npm test` runs them whole.
 */
export const MUTATION = process.env.EXOSOME_MUTATION === '1';

/** fast-check's numRuns for a property: `n` in `npm test`, n / 20 (at least `least`) under mutation. */
export const runs = (n: number, least = 50) => (MUTATION ? Math.max(least, Math.ceil(n / 20)) : n);

/** Every item, or under mutation every 13th and the last (a stride prime to the concerns' bit layout; the last is `just-curious`). */
export const sweep = <T>(items: readonly T[]): readonly T[] =>
  MUTATION ? items.filter((_, i) => i % 13 === 0 || i === items.length - 1) : items;
