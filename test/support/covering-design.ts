/**
 * A covering design over the answer contract of docs/rules.md ("Inputs"):
 * a small set of answer sets in which every t-tuple of option values occurs
 * together at least once (t = 3 by default: every triple).
 *
 * The factors are the option values themselves:
 * - each of the 11 concerns and each of the 10 actives is a factor of its own
 *   with two levels, chosen or not (concerns and actives are multi-select
 *   sets, so "dullness and redness together, with acids, while irritated" is
 *   a tuple like any other);
 * - sensitivity (6 levels), skinNow (4) and expectations (3) are one factor each.
 *
 * The contract's constraints make some rows impossible, and the design
 * respects them instead of covering them: `just-curious` and `none` stand
 * alone, so a tuple that chooses one of them beside another option of the
 * same field is infeasible and not required; every list holds at least one
 * option, which any tuple can meet (a tuple fixes at most t of 10 options).
 *
 * Built greedily (AETG's shape): take the first tuple not yet covered, fix
 * it, then give every other factor the level that covers the most uncovered
 * tuples with the factors already set, in a seeded random order; keep the
 * best of a few such candidates. Deterministic for a given seed.
 * `uncoveredTuples` re-checks a design from the answer sets alone.
 */
import {
  ACTIVES,
  CONCERNS,
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  type Active,
  type Answers,
  type Concern,
} from '../../src/rules/index.js';

interface Factor {
  name: string;
  levels: number;
  /** The field a presence factor belongs to, and the option it stands for. */
  list?: 'concerns' | 'actives';
  option?: string;
}

const EXCLUSIVE: Record<'concerns' | 'actives', string> = { concerns: 'just-curious', actives: 'none' };

const FACTORS: Factor[] = [
  ...CONCERNS.map((option) => ({ name: `concerns:${option}`, levels: 2, list: 'concerns' as const, option })),
  ...ACTIVES.map((option) => ({ name: `actives:${option}`, levels: 2, list: 'actives' as const, option })),
  { name: 'sensitivity', levels: SENSITIVITIES.length },
  { name: 'skinNow', levels: SKIN_NOW.length },
  { name: 'expectations', levels: EXPECTATIONS.length },
];

/** Whether two factor levels may stand in one valid answer set. */
function compatible(f: number, x: number, g: number, y: number): boolean {
  const a = FACTORS[f]!;
  const b = FACTORS[g]!;
  if (!a.list || a.list !== b.list || x === 0 || y === 0) return true;
  // Two chosen options of one list: fine unless one of them must stand alone.
  return a.option !== EXCLUSIVE[a.list] && b.option !== EXCLUSIVE[b.list];
}

/** A seeded PRNG (mulberry32), so the design is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function combinations(n: number, t: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === t) return void out.push(chosen);
    for (let i = start; i < n; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

/** Every feasible tuple of t factor levels, with an index for each. */
function tuplesOf(t: number) {
  const groups = combinations(FACTORS.length, t);
  /** For each factor group, the offset of its first tuple; tuples of a group are its levels in mixed radix. */
  const offsets: number[] = [];
  let total = 0;
  for (const group of groups) {
    offsets.push(total);
    total += group.reduce((n, f) => n * FACTORS[f]!.levels, 1);
  }
  const feasible = new Uint8Array(total);
  groups.forEach((group, gi) => {
    const size = group.reduce((n, f) => n * FACTORS[f]!.levels, 1);
    for (let code = 0; code < size; code++) {
      const levels = levelsOf(group, code);
      let ok = true;
      for (let i = 0; i < t && ok; i++) for (let j = i + 1; j < t && ok; j++) ok = compatible(group[i]!, levels[i]!, group[j]!, levels[j]!);
      feasible[offsets[gi]! + code] = ok ? 1 : 0;
    }
  });
  return { groups, offsets, feasible, total };
}

function levelsOf(group: number[], code: number): number[] {
  const levels: number[] = [];
  for (let i = group.length - 1; i >= 0; i--) {
    const n = FACTORS[group[i]!]!.levels;
    levels[i] = code % n;
    code = Math.floor(code / n);
  }
  return levels;
}

const codeOf = (group: number[], row: ArrayLike<number>) => group.reduce((code, f) => code * FACTORS[f]!.levels + row[f]!, 0);

/** The answer set a row of factor levels stands for (the row must be valid). */
function answersOf(row: ArrayLike<number>): Answers {
  const concerns = CONCERNS.filter((_, i) => row[i] === 1) as Concern[];
  const actives = ACTIVES.filter((_, i) => row[CONCERNS.length + i] === 1) as Active[];
  const at = CONCERNS.length + ACTIVES.length;
  return {
    concerns,
    actives,
    sensitivity: SENSITIVITIES[row[at]!]!,
    skinNow: SKIN_NOW[row[at + 1]!]!,
    expectations: EXPECTATIONS[row[at + 2]!]!,
  };
}

/** The factor levels of an answer set. */
function rowOf(a: Answers): number[] {
  return [
    ...CONCERNS.map((c) => (a.concerns.includes(c) ? 1 : 0)),
    ...ACTIVES.map((x) => (a.actives.includes(x) ? 1 : 0)),
    SENSITIVITIES.indexOf(a.sensitivity),
    SKIN_NOW.indexOf(a.skinNow),
    EXPECTATIONS.indexOf(a.expectations),
  ];
}

/**
 * A t-wise covering design of valid answer sets. `t` = 2 (every pair) or 3
 * (every triple, the default); `candidates` per row trades size for time.
 */
export function coveringDesign(t = 3, seed = 20_261_128, candidates = 4): Answers[] {
  const { groups, offsets, feasible, total } = tuplesOf(t);
  const covered = new Uint8Array(total);
  // Infeasible tuples count as covered: no valid answer set holds them.
  let left = 0;
  for (let i = 0; i < total; i++) if (!feasible[i]) covered[i] = 1;
  else left++;
  /** For each factor, the groups it is in. */
  const groupsWith = FACTORS.map((_, f) => groups.map((g, gi) => (g.includes(f) ? gi : -1)).filter((gi) => gi >= 0));
  const next = random(seed);
  const rows: Answers[] = [];
  let cursor = 0;

  while (left > 0) {
    while (covered[cursor]) cursor++;
    // The group and levels of the first uncovered tuple.
    const gi = offsets.findIndex((o, i) => o <= cursor && (i + 1 === offsets.length || offsets[i + 1]! > cursor));
    const anchor = groups[gi]!;
    const anchorLevels = levelsOf(anchor, cursor - offsets[gi]!);
    let best: Int8Array | undefined;
    let bestGain = -1;
    for (let c = 0; c < candidates; c++) {
      const row = new Int8Array(FACTORS.length).fill(-1);
      anchor.forEach((f, i) => (row[f] = anchorLevels[i]!));
      const order = FACTORS.map((_, f) => f).filter((f) => row[f] === -1);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const f of order) {
        let pick = -1;
        let pickGain = -1;
        for (let level = 0; level < FACTORS[f]!.levels; level++) {
          if (!FACTORS.every((_, g) => row[g] === -1 || g === f || compatible(f, level, g, row[g]!))) continue;
          row[f] = level;
          let gain = 0;
          for (const gj of groupsWith[f]!) {
            const group = groups[gj]!;
            if (group.some((g) => row[g] === -1)) continue;
            if (!covered[offsets[gj]! + codeOf(group, row)]) gain++;
          }
          row[f] = -1;
          if (gain > pickGain || (gain === pickGain && next() < 0.5)) [pick, pickGain] = [level, gain];
        }
        row[f] = pick;
      }
      // Every list holds at least one option: choose a free one if none was.
      for (const list of ['concerns', 'actives'] as const) {
        const members = FACTORS.map((x, f) => (x.list === list ? f : -1)).filter((f) => f >= 0);
        if (members.some((f) => row[f] === 1)) continue;
        const free = members.find((f) => !anchor.includes(f) && FACTORS[f]!.option !== EXCLUSIVE[list])!;
        row[free] = 1;
      }
      let gain = 0;
      groups.forEach((group, gj) => {
        if (!covered[offsets[gj]! + codeOf(group, row)]) gain++;
      });
      if (gain > bestGain) [best, bestGain] = [row, gain];
    }
    groups.forEach((group, gj) => {
      const i = offsets[gj]! + codeOf(group, best!);
      if (!covered[i]) {
        covered[i] = 1;
        left--;
      }
    });
    rows.push(answersOf(best!));
  }
  return rows;
}

/**
 * The feasible t-tuples that no answer set of `design` holds, read from the
 * answer sets themselves (so the check does not trust the construction).
 */
export function uncoveredTuples(design: readonly Answers[], t = 3): string[] {
  const { groups, offsets, feasible, total } = tuplesOf(t);
  const seen = new Uint8Array(total);
  for (const a of design) {
    const row = rowOf(a);
    groups.forEach((group, gi) => (seen[offsets[gi]! + codeOf(group, row)] = 1));
  }
  const missing: string[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi]!;
    const size = group.reduce((n, f) => n * FACTORS[f]!.levels, 1);
    for (let code = 0; code < size; code++) {
      if (feasible[offsets[gi]! + code] && !seen[offsets[gi]! + code]) {
        const levels = levelsOf(group, code);
        missing.push(group.map((f, i) => `${FACTORS[f]!.name}=${levels[i]}`).join(' '));
      }
    }
  }
  return missing;
}

/** How many feasible t-tuples the design must hold. */
export function feasibleTupleCount(t = 3): number {
  return tuplesOf(t).feasible.reduce((n, x) => n + x, 0);
}
