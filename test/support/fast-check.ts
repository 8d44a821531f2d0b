/**
 * fast-check with a fixed seed for every property of the Vitest projects, so
 * a failure seen anywhere is the same failure on every machine, and a run's
 * time does not depend on luck. `FC_SEED=... npm run test:unit` explores
 * other cases (a failure prints its seed and path to replay it).
 */
import fc from 'fast-check';

export const FC_SEED = Number(process.env.FC_SEED ?? 20_261_128);
fc.configureGlobal({ seed: FC_SEED, numRuns: 100 });
