import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXPECTATIONS,
  SENSITIVITIES,
  SKIN_NOW,
  SUPPORTIVE_CONCERNS,
  TARGETED_CONCERNS,
  recommend,
  type Answers,
  type Referral,
  type Verdict,
} from '../../src/rules/index.js';
import { ALL_CONCERN_SETS } from '../support/answer-space.js';
import { sweep } from '../support/budget.js';
import { coveringDesign } from '../support/covering-design.js';
import {
  SPEC_SUPPORTIVE_CONCERNS,
  SPEC_TARGETED_CONCERNS,
  brokenInvariants,
  specVerdict,
  type SpecDecision,
} from '../support/invariants.js';

const base: Answers = { concerns: ['dehydration'], actives: ['none'], sensitivity: 'rarely', skinNow: 'calm', expectations: 'weeks' };
const reader = (change: Partial<Answers>): Answers => ({ ...base, ...change });

/** Every concern set with every sensitivity, skin state and expectation: all the table reads (73,728 sets). */
function* decisionSpace(): Generator<Answers> {
  for (const concerns of sweep(ALL_CONCERN_SETS))
    for (const sensitivity of SENSITIVITIES)
      for (const skinNow of SKIN_NOW)
        for (const expectations of EXPECTATIONS) yield { concerns, actives: ['none'], sensitivity, skinNow, expectations };
}

/**
 * A rule-list implementation of the precedence table, shaped like
 * src/rules/recommend.ts (ordered rows, the first match decides), to be
 * broken on purpose below: each mutant is a mistake an implementation could
 * make, and the reference model must catch it.
 */
interface Row {
  row: number;
  when: (a: Answers) => boolean;
  verdict: Verdict;
  referral: (a: Answers) => Referral;
}
const targeted = (a: Answers) => a.concerns.some((c) => TARGETED_CONCERNS.includes(c));
const supportive = (a: Answers) => a.concerns.some((c) => SUPPORTIVE_CONCERNS.includes(c));
const ROWS: Row[] = [
  { row: 1, when: (a) => a.skinNow === 'recent-procedure', verdict: 'not-now', referral: () => 'practitioner' },
  { row: 2, when: (a) => a.sensitivity === 'diagnosed-flaring', verdict: 'not-now', referral: () => 'dermatologist' },
  { row: 3, when: (a) => a.skinNow === 'irritated', verdict: 'not-now', referral: () => 'none' },
  { row: 4, when: (a) => a.sensitivity === 'most-products', verdict: 'not-now', referral: () => 'none' },
  { row: 5, when: (a) => a.expectations === 'days', verdict: 'not-the-right-tool', referral: () => 'none' },
  { row: 6, when: (a) => targeted(a) && !supportive(a), verdict: 'not-the-right-tool', referral: () => 'dermatologist' },
  { row: 7, when: (a) => a.concerns.includes('just-curious'), verdict: 'optional', referral: () => 'none' },
  {
    row: 8,
    when: (a) => a.sensitivity === 'often' || a.sensitivity === 'diagnosed-controlled' || a.skinNow === 'tight-or-flaky' || (targeted(a) && supportive(a)),
    verdict: 'fits-with-care',
    referral: (a) => (a.sensitivity === 'diagnosed-controlled' || targeted(a) ? 'dermatologist' : 'none'),
  },
  { row: 9, when: () => true, verdict: 'good-fit', referral: () => 'none' },
];

function decide(rows: Row[], a: Answers, referralOf = (matched: Row[]) => matched.map((r) => r.referral(a)).find((x) => x !== 'none') ?? 'none'): SpecDecision {
  const matched = rows.filter((r) => r.when(a));
  const first = matched[0]!;
  const referral = referralOf(matched);
  if (first.row !== 5) return { verdict: first.verdict, referral };
  return { verdict: first.verdict, referral, ifPatient: matched.find((r) => r.row > 5)!.verdict };
}

const swap = (i: number, j: number) => ROWS.map((r, k) => (k === i ? ROWS[j]! : k === j ? ROWS[i]! : r));
const without = (row: number) => ROWS.filter((r) => r.row !== row);
const replace = (row: number, change: Partial<Row>) => ROWS.map((r) => (r.row === row ? { ...r, ...change } : r));

const MUTANTS: Array<[string, (a: Answers) => SpecDecision]> = [
  ['rows 1 and 2 swapped (the dermatologist before the clinic)', (a) => decide(swap(0, 1), a)],
  ['rows 4 and 5 swapped (days before most-products)', (a) => decide(swap(3, 4), a)],
  ['rows 5 and 6 swapped (targeted concerns before days: no ifPatient)', (a) => decide(swap(4, 5), a)],
  ['rows 7 and 8 swapped (care before curiosity)', (a) => decide(swap(6, 7), a)],
  ['row 2 dropped (a flare is not a hold-off)', (a) => decide(without(2), a)],
  ['row 4 dropped', (a) => decide(without(4), a)],
  ['row 7 dropped (just-curious falls through)', (a) => decide(without(7), a)],
  ['row 8 without tight-or-flaky', (a) => decide(replace(8, { when: (x) => x.sensitivity === 'often' || x.sensitivity === 'diagnosed-controlled' || (targeted(x) && supportive(x)) }), a)],
  ['row 8 refers only diagnosed-controlled readers', (a) => decide(replace(8, { referral: (x) => (x.sensitivity === 'diagnosed-controlled' ? 'dermatologist' : 'none') }), a)],
  ['row 6 for any targeted concern', (a) => decide(replace(6, { when: targeted }), a)],
  ['the referral of the deciding row only', (a) => decide(ROWS, a, (matched) => matched[0]!.referral(a))],
  ['the referral of the last matching row that has one', (a) => decide(ROWS, a, (matched) => matched.map((r) => r.referral(a)).findLast((x) => x !== 'none') ?? 'none')],
  ['ifPatient is always good-fit', (a) => {
    const d = decide(ROWS, a);
    return d.ifPatient ? { ...d, ifPatient: 'good-fit' } : d;
  }],
];

const same = (x: SpecDecision, y: SpecDecision) => x.verdict === y.verdict && x.referral === y.referral && x.ifPatient === y.ifPatient;

describe('the reference model of the precedence table (test/support/invariants.ts specVerdict)', () => {
  it('uses the groups of docs/rules.md, which the implementation shares', () => {
    expect([...SPEC_SUPPORTIVE_CONCERNS].sort()).toEqual([...SUPPORTIVE_CONCERNS].sort());
    expect([...SPEC_TARGETED_CONCERNS].sort()).toEqual([...TARGETED_CONCERNS].sort());
  });

  it("gives the spec's own examples", () => {
    // "a reader with diagnosed, controlled rosacea who wants results in days gets not-the-right-tool from rule 5 and the dermatologist referral from rule 8"
    expect(specVerdict(reader({ sensitivity: 'diagnosed-controlled', expectations: 'days' }))).toEqual({ verdict: 'not-the-right-tool', referral: 'dermatologist', ifPatient: 'fits-with-care' });
    // "flaring eczema after a procedure: the clinic first"
    expect(specVerdict(reader({ skinNow: 'recent-procedure', sensitivity: 'diagnosed-flaring' }))).toEqual({ verdict: 'not-now', referral: 'practitioner' });
    // Strong actives alone do not lower the verdict.
    expect(specVerdict(reader({ actives: ['retinoid', 'exfoliating-acids'] }))).toEqual({ verdict: 'good-fit', referral: 'none' });
    expect(specVerdict(reader({ concerns: ['acne-scars'], skinNow: 'irritated' }))).toEqual({ verdict: 'not-now', referral: 'dermatologist' });
    expect(specVerdict(reader({ concerns: ['acne-scars'], expectations: 'days' }))).toEqual({ verdict: 'not-the-right-tool', referral: 'dermatologist', ifPatient: 'not-the-right-tool' });
    expect(specVerdict(reader({ concerns: ['just-curious'], skinNow: 'tight-or-flaky' }))).toEqual({ verdict: 'optional', referral: 'none' });
  });

  it('agrees with recommend() on every concern set, sensitivity, skin state and expectation (the whole table)', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const a of decisionSpace()) {
      count++;
      const r = recommend(a);
      const got: SpecDecision = { verdict: r.verdict, referral: r.referral, ...(r.ifPatient ? { ifPatient: r.ifPatient } : {}) };
      if (!same(got, specVerdict(a)) && wrong.length < 5) wrong.push(JSON.stringify(a));
    }
    expect(wrong).toEqual([]);
    expect(count).toBe(sweep(ALL_CONCERN_SETS).length * 72);
  });

  it('agrees with the unbroken rule list (so the mutants below differ from it only by their mistake)', () => {
    for (const a of decisionSpace()) if (!same(decide(ROWS, a), specVerdict(a))) throw new Error(JSON.stringify(a));
  });

  describe('catches a deliberately wrong implementation (mutation check)', () => {
    let design: Answers[] = [];
    beforeAll(() => void (design = coveringDesign()));
    for (const [name, mutant] of MUTANTS) {
      it(name, () => {
        let caught: Answers | undefined;
        for (const a of decisionSpace()) {
          if (!same(mutant(a), specVerdict(a))) {
            caught = a;
            break;
          }
        }
        expect(caught, 'no answer set tells this mutant from the model').toBeDefined();
        // The invariant checker, fed the mutant's decision, reports it.
        const wrong = { ...recommend(caught!), ...mutant(caught!) };
        if (!mutant(caught!).ifPatient) delete (wrong as { ifPatient?: Verdict }).ifPatient;
        expect(brokenInvariants(caught!, wrong)).toContainEqual(expect.stringMatching(/spec says/));
        // Reported for the record: does the 3-wise design alone hold a case that tells them apart?
        const inDesign = design.filter((a) => !same(mutant(a), specVerdict(a))).length;
        console.log(`mutant "${name}": first told apart by ${JSON.stringify(caught)}; ${inDesign} of ${design.length} rows of the covering design tell it apart`);
      });
    }
  });
});
